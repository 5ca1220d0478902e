package org.casebook.query.reporting;

import java.time.Instant;
import java.time.Month;
import java.util.Iterator;
import java.util.stream.Stream;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.casebook.journal.Commit;
import org.casebook.journal.JournalHead;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.kernel.RecordMetadata;
import org.casebook.query.InvalidQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds activity reports from the journal as it stood at a position: the whole record up to there is folded,
 * and nothing after it is read, so the same period and position always give the same report.
 */
@Component
public class ActivityReports {

    private static final int SEARCH_WINDOW = 64;

    private final JournalStorageEngine journal;
    private final Month fiscalYearStart;

    public ActivityReports(JournalStorageEngine journal,
                           @Value("${casebook.reports.fiscal-year-start:OCTOBER}") Month fiscalYearStart) {
        this.journal = journal;
        this.fiscalYearStart = fiscalYearStart;
    }

    public FiscalPeriod period(String label) {
        return FiscalPeriod.parse(label, fiscalYearStart);
    }

    /**
     * The point to build from: the journal's head, or {@code asOf}, taken back to the end of the last commit that
     * ends there or before (a commit is never split).
     */
    public ReportPoint point(Long asOf) {
        JournalHead head = journal.head();
        if (asOf == null || asOf == head.position()) {
            return new ReportPoint(head.position(), head.hash());
        }
        if (asOf > head.position()) {
            throw new InvalidQuery("asOf", "the journal ends at position " + head.position());
        }
        if (asOf < 1) {
            return new ReportPoint(0, JournalHead.EMPTY.hash());
        }
        Commit commit = journal.commitStore().containing(asOf, SEARCH_WINDOW).orElseThrow(
                () -> new IllegalStateException("no commit holds position " + asOf + " below the head"));
        return commit.lastPosition() == asOf ? new ReportPoint(asOf, commit.hash()) : point(commit.position() - 1);
    }

    public ActivityReport activity(FiscalPeriod period, ReportPoint point, boolean sbuEdition) {
        ActivityFold fold = new ActivityFold(period, sbuEdition);
        try (Stream<? extends TrackedEventMessage<?>> events = journal.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                long position = event.trackingToken().position().orElseThrow();
                if (position > point.position()) {
                    break;
                }
                Object effective = event.getMetaData().get(RecordMetadata.EFFECTIVE_AT);
                fold.apply(event.getPayload(), event.getIdentifier(),
                           effective == null ? event.getTimestamp() : Instant.parse(effective.toString()), position);
            }
        }
        return fold.result(point);
    }
}
