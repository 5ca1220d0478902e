package org.casebook.query.reporting.submission;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.kernel.EventType;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.reporting.ReportSubmitted;
import org.casebook.query.RecordedEntry;
import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.ReportFiles;
import org.casebook.query.reporting.ReportPoint;
import org.casebook.query.reporting.Reports;
import org.casebook.query.reporting.casesummary.CaseSummaryReport;
import org.casebook.query.reporting.notification.NotificationReport;
import org.springframework.stereotype.Component;

/**
 * Reads a submission: builds its report again where it was built (it must give the files submitted) and at the
 * head; if the figures differ, the reading carries them as an {@link Amendment} with the entries recorded since.
 */
@Component
public record Amendments(Reports reports, JournalStorageEngine journal) {

    /** A submission as read now: the record of it, whether it rebuilds identically, and its amendment, if any. */
    public record Reading(Submission submission, boolean verified, Amendment amendment) {
    }

    public Reading reading(Submission submission) {
        Report submitted = reports.build(submission.about(), submission.builtFrom().position(), submission.edition(),
                                         submission.fileLayout());
        boolean verified = submitted.builtFrom().equals(submission.builtFrom())
                && ReportFiles.digests(submitted, reports.stoodAt(submitted.builtFrom()), submission.fileLayout())
                              .equals(submission.files());
        Report now = reports.build(submission.about(), null, submission.edition(), submission.fileLayout());
        ReportPoint head = now.builtFrom();
        if (head.equals(submission.builtFrom())) {
            return new Reading(submission, verified, null);
        }
        List<Amendment.Change> changes = Amendment.changes(submitted, now);
        return new Reading(submission, verified, changes.isEmpty() ? null
                : new Amendment(head, changes, entriesAfter(submission, submitted, head.position())));
    }

    /**
     * The entries recorded after a submitted report was built, up to {@code to}, that can have changed it: for an
     * activity report, those that took effect before the period's end; for the others, the entries of the streams
     * they read.
     */
    private List<Amendment.LaterEntry> entriesAfter(Submission submission, Report submitted, long to) {
        long from = submission.builtFrom().position();
        if (submitted instanceof NotificationReport notification) {
            return entriesAfter(from, to, Instant.MAX, notification.sourceId(), notification.caseId());
        }
        if (submitted instanceof CaseSummaryReport summary) {
            return entriesAfter(from, to, Instant.MAX, summary.caseId());
        }
        Instant end = reports.period(submission.period()).end().atStartOfDay().toInstant(ZoneOffset.UTC);
        try (Stream<TrackedEventMessage<?>> events = journal.readRange(from, to)) {
            return laterEntries(events, from, end);
        }
    }

    private List<Amendment.LaterEntry> entriesAfter(long from, long to, Instant before, String... streamIds) {
        List<Amendment.LaterEntry> later = new ArrayList<>();
        for (String streamId : streamIds) {
            try (Stream<TrackedEventMessage<?>> events = journal.readTrackedEvents(streamId, to)) {
                later.addAll(laterEntries(events, from, before));
            }
        }
        later.sort(Comparator.comparingLong(Amendment.LaterEntry::position));
        return later;
    }

    /** Of the events read, those after {@code from} that took effect before {@code before}. */
    private static List<Amendment.LaterEntry> laterEntries(Stream<TrackedEventMessage<?>> events, long from,
                                                           Instant before) {
        List<Amendment.LaterEntry> later = new ArrayList<>();
        events.forEach(event -> {
            long position = event.trackingToken().position().orElseThrow();
            Instant effective = RecordedEntry.effectiveAt(event);
            // a submission of a report changes no report, its own amendment least of all
            if (position > from && effective.isBefore(before) && !(event.getPayload() instanceof ReportSubmitted)) {
                later.add(new Amendment.LaterEntry(
                        position, event.getIdentifier(), event.getPayloadType().getAnnotation(EventType.class).name(),
                        event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null,
                        effective, event.getTimestamp(), (String) event.getMetaData().get(RecordMetadata.USER)));
            }
        });
        return later;
    }
}
