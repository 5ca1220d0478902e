package org.casebook.query.reporting;

import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.casebook.journal.Commit;
import org.casebook.journal.JournalHead;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.kernel.EventType;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.reporting.FindReportFingerprint;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportFingerprint;
import org.casebook.query.InvalidQuery;
import org.casebook.query.history.AsOf;
import org.casebook.query.history.TimeTravel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds reports from the journal as it stood at a position: the record up to there is folded, and nothing after
 * it is read, so the same report asked for at the same position is always the same.
 */
@Component
public class Reports {

    private static final int SEARCH_WINDOW = 64;

    private final JournalStorageEngine journal;
    private final TimeTravel timeTravel;
    private final Month fiscalYearStart;

    public Reports(JournalStorageEngine journal, TimeTravel timeTravel,
                   @Value("${casebook.reports.fiscal-year-start:OCTOBER}") Month fiscalYearStart) {
        this.journal = journal;
        this.timeTravel = timeTravel;
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

    /** When the record stood as at {@code point}: when its last commit was recorded (null for an empty journal). */
    public Instant stoodAt(ReportPoint point) {
        if (point.position() == 0) {
            return null;
        }
        return journal.commitStore().containing(point.position(), SEARCH_WINDOW).map(Commit::recordedAt)
                      .orElseThrow(() -> new IllegalStateException("no commit holds position " + point.position()));
    }

    /** What a submission records of the report it submits. */
    @QueryHandler
    ReportFingerprint handle(FindReportFingerprint query) {
        if (!"activity".equals(query.type())) {
            throw new InvalidQuery("type", "the reports are: activity");
        }
        ReportPoint point = point(query.asOf());
        ActivityReport report = activity(period(query.period()), point, query.edition());
        return new ReportFingerprint(point.position(), point.hash(), ReportFiles.digests(report, stoodAt(point)));
    }

    /** A submission as read now: the record of it, whether it rebuilds identically, and its amendment, if any. */
    public record Reading(Submission submission, boolean verified, Amendment amendment) {
    }

    /**
     * Builds a submitted report again where it was built (it must give the files submitted) and at the head; if
     * the figures differ, the reading carries them as an amendment with the entries recorded since.
     */
    public Reading reading(Submission submission) {
        FiscalPeriod period = period(submission.period());
        ActivityReport submitted = activity(period, point(submission.builtFrom().position()), submission.edition());
        boolean verified = submitted.builtFrom().equals(submission.builtFrom())
                && ReportFiles.digests(submitted, stoodAt(submitted.builtFrom())).equals(submission.files());
        ReportPoint head = point(null);
        if (head.equals(submission.builtFrom())) {
            return new Reading(submission, verified, null);
        }
        List<Amendment.Change> changes = Amendment.changes(submitted, activity(period, head, submission.edition()));
        return new Reading(submission, verified, changes.isEmpty() ? null
                : new Amendment(head, changes, entriesAfter(submission.builtFrom(), period)));
    }

    /** The entries recorded after {@code from} that took effect before the period's end. */
    public List<Amendment.LaterEntry> entriesAfter(ReportPoint from, FiscalPeriod period) {
        List<Amendment.LaterEntry> later = new ArrayList<>();
        Instant end = period.end().atStartOfDay().toInstant(ZoneOffset.UTC);
        try (Stream<? extends TrackedEventMessage<?>> events = journal.readEvents(
                from.position() == 0 ? null : new GlobalSequenceTrackingToken(from.position()), false)) {
            events.forEach(event -> {
                Instant effective = effectiveAt(event);
                if (effective.isBefore(end)) {
                    later.add(new Amendment.LaterEntry(
                            event.trackingToken().position().orElseThrow(), event.getIdentifier(),
                            event.getPayloadType().getAnnotation(EventType.class).name(),
                            event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null,
                            effective, event.getTimestamp(), (String) event.getMetaData().get(RecordMetadata.USER)));
                }
            });
        }
        return later;
    }

    public ActivityReport activity(FiscalPeriod period, ReportPoint point, ReportEdition edition) {
        ActivityFold fold = new ActivityFold(period, edition == ReportEdition.SBU);
        readUpTo(point, event -> fold.apply(event.getPayload(), event.getIdentifier(), effectiveAt(event),
                                            event.trackingToken().position().orElseThrow()));
        return fold.result(point);
    }

    /** The notification of allocation or obligation {@code entry} of a funding source; empty if it has none. */
    public Optional<NotificationReport> notification(String sourceId, String entry, ReportPoint point,
                                                     ReportEdition edition) {
        NotificationFold fold = new NotificationFold(sourceId, entry, edition == ReportEdition.SBU);
        readUpTo(point, event -> fold.apply(event.getPayload(), effectiveAt(event)));
        return Optional.ofNullable(fold.result(point));
    }

    /** The summary of a case over its life, as its record stood at the point; empty if it was not opened by then. */
    public Optional<CaseSummaryReport> caseSummary(String caseId, ReportPoint point, ReportEdition edition) {
        return timeTravel.caseFile(caseId, AsOf.position(point.position()))
                         .map(file -> CaseSummaryReport.of(file, point, edition == ReportEdition.SBU));
    }

    /** Every entry up to the point, in journal order; nothing after it is read. */
    private void readUpTo(ReportPoint point, Consumer<TrackedEventMessage<?>> each) {
        try (Stream<? extends TrackedEventMessage<?>> events = journal.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                if (event.trackingToken().position().orElseThrow() > point.position()) {
                    return;
                }
                each.accept(event);
            }
        }
    }

    private static Instant effectiveAt(TrackedEventMessage<?> event) {
        Object effective = event.getMetaData().get(RecordMetadata.EFFECTIVE_AT);
        return effective == null ? event.getTimestamp() : Instant.parse(effective.toString());
    }
}
