package org.casebook.query.reporting;

import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.kernel.EventType;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.CrisisId;
import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.kernel.reporting.FindReportFingerprint;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportFingerprint;
import org.casebook.kernel.reporting.ReportSubmitted;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewProgress;
import org.casebook.query.Views;
import org.casebook.query.history.AsOf;
import org.casebook.query.history.CaseHistory;
import org.casebook.query.history.TimeTravel;
import org.springframework.stereotype.Component;

/**
 * Builds reports from the journal as it stood at a position: the record up to there is folded, and nothing after
 * it is read, so the same report asked for at the same position is always the same.
 */
@Component
public class Reports {

    private final JournalStorageEngine journal;
    private final ReportPoints points;
    private final ActivityLedgers ledgers;
    private final TimeTravel timeTravel;
    private final ViewProgress progress;
    private final Month fiscalYearStart;

    /** {@code progress} null: no view is being kept (the command line reads a stopped server's store). */
    public Reports(JournalStorageEngine journal, ReportPoints points, ActivityLedgers ledgers, TimeTravel timeTravel,
                   ViewProgress progress, ReportSettings settings) {
        this.journal = journal;
        this.points = points;
        this.ledgers = ledgers;
        this.timeTravel = timeTravel;
        this.progress = progress;
        this.fiscalYearStart = settings.fiscalYearStart();
    }

    /** Reports built outside a server (the command line, benchmarks). */
    public static Reports offline(JournalStorageEngine journal, MongoDatabase database, JournalSerializer serializer,
                                  ReportSettings settings) {
        ReportPoints points = new ReportPoints(journal);
        return new Reports(journal, points, new ActivityLedgers(journal, points, database, settings),
                           new TimeTravel(CaseHistory.live(database, serializer)), null, settings);
    }

    public FiscalPeriod period(String label) {
        return FiscalPeriod.parse(label, fiscalYearStart);
    }

    /** The journal's head, or {@code asOf} taken back to the end of a commit: see {@link ReportPoints}. */
    public ReportPoint point(Long asOf) {
        return points.point(asOf);
    }

    public Instant stoodAt(ReportPoint point) {
        return points.stoodAt(point);
    }

    /** What a submission records of the report it submits. */
    @QueryHandler
    ReportFingerprint handle(FindReportFingerprint query) {
        Report report = build(query.type(), query.period(), query.subject(), query.asOf(), query.edition());
        ReportPoint point = report.builtFrom();
        return new ReportFingerprint(point.position(), point.hash(),
                                     ReportFiles.digests(report, stoodAt(point), ReportLayout.CURRENT),
                                     ReportLayout.CURRENT.revision());
    }

    /**
     * A report of any type as the record stood at {@code asOf} (null: the head): an activity report of a period, or
     * a report on a subject (a funds notification's {@code sourceId/entry}, a case summary's case id).
     */
    public Report build(String type, String period, String subject, Long asOf, ReportEdition edition) {
        return build(type, period, subject, asOf, edition, ReportLayout.CURRENT);
    }

    /** The same, made by the rules of {@code layout} (those a submission was made by, to build it again). */
    public Report build(String type, String period, String subject, Long asOf, ReportEdition edition,
                        ReportLayout layout) {
        return switch (type == null ? "" : type) {
            case "activity" -> activity(period(period), asOf, edition, layout);
            case "notification" -> {
                int slash = subject == null ? -1 : subject.lastIndexOf('/');
                if (slash < 1) {
                    throw new InvalidInput("subject", "a notification is on a source and an entry, sourceId/entry");
                }
                String source = subject.substring(0, slash);
                String entry = subject.substring(slash + 1);
                yield notification(source, entry, point(asOf), edition, layout)
                        .orElseThrow(() -> UnknownRecord.saying(Kind.ENTRY, "funding source " + source
                                + " has no allocation or obligation " + entry));
            }
            case "case" -> {
                if (!CrisisId.isValid(subject)) {
                    throw new UnknownRecord(Kind.CASE, subject);
                }
                yield caseSummary(subject, point(asOf), edition, layout)
                        .orElseThrow(() -> new UnknownRecord(Kind.CASE, subject));
            }
            default -> throw new InvalidInput("type", "the reports are: activity, notification, case");
        };
    }

    /** A submission as read now: the record of it, whether it rebuilds identically, and its amendment, if any. */
    public record Reading(Submission submission, boolean verified, Amendment amendment) {
    }

    /**
     * Builds a submitted report again where it was built (it must give the files submitted) and at the head; if
     * the figures differ, the reading carries them as an amendment with the entries recorded since.
     */
    public Reading reading(Submission submission) {
        Report submitted = build(submission.type(), submission.period(), submission.subject(),
                                 submission.builtFrom().position(), submission.edition(), submission.fileLayout());
        boolean verified = submitted.builtFrom().equals(submission.builtFrom())
                && ReportFiles.digests(submitted, stoodAt(submitted.builtFrom()), submission.fileLayout())
                              .equals(submission.files());
        Report now = build(submission.type(), submission.period(), submission.subject(), null, submission.edition(),
                           submission.fileLayout());
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
        Instant end = period(submission.period()).end().atStartOfDay().toInstant(ZoneOffset.UTC);
        try (Stream<? extends TrackedEventMessage<?>> events = journal.readEvents(
                from == 0 ? null : new GlobalSequenceTrackingToken(from), false)) {
            return laterEntries(events, from, to, end);
        }
    }

    private List<Amendment.LaterEntry> entriesAfter(long from, long to, Instant before, String... streamIds) {
        List<Amendment.LaterEntry> later = new ArrayList<>();
        for (String streamId : streamIds) {
            try (Stream<? extends TrackedEventMessage<?>> events = journal.readTrackedEvents(streamId)) {
                later.addAll(laterEntries(events, from, to, before));
            }
        }
        later.sort(Comparator.comparingLong(Amendment.LaterEntry::position));
        return later;
    }

    /** The entries in {@code (from, to]} that took effect before {@code before}; the events come in journal order. */
    private static List<Amendment.LaterEntry> laterEntries(Stream<? extends TrackedEventMessage<?>> events, long from,
                                                           long to, Instant before) {
        List<Amendment.LaterEntry> later = new ArrayList<>();
        events.takeWhile(event -> event.trackingToken().position().orElseThrow() <= to).forEach(event -> {
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

    /** The activity report of a period as the record stood at {@code asOf} (null: the head). */
    public ActivityReport activity(FiscalPeriod period, Long asOf, ReportEdition edition) {
        return activity(period, asOf, edition, ReportLayout.CURRENT);
    }

    public ActivityReport activity(FiscalPeriod period, Long asOf, ReportEdition edition, ReportLayout layout) {
        return ledgers.report(asOf, period, edition == ReportEdition.SBU, layout);
    }

    /** The notification of allocation or obligation {@code entry} of a funding source; empty if it has none. */
    public Optional<NotificationReport> notification(String sourceId, String entry, ReportPoint point,
                                                     ReportEdition edition, ReportLayout layout) {
        NotificationFold fold = new NotificationFold(sourceId, entry, edition == ReportEdition.SBU,
                                                     layout.notificationsAsSent());
        Consumer<TrackedEventMessage<?>> apply = event -> fold.apply(event.getPayload(),
                                                                      RecordedEntry.effectiveAt(event));
        readUpTo(sourceId, point, apply);
        fold.caseId().ifPresent(caseId -> readUpTo(caseId, point, apply));
        return Optional.ofNullable(fold.result(point));
    }

    /** The summary of a case over its life, as its record stood at the point; empty if it was not opened by then. */
    public Optional<CaseSummaryReport> caseSummary(String caseId, ReportPoint point, ReportEdition edition,
                                                   ReportLayout layout) {
        if (progress != null) {
            progress.awaitPosition(Views.HISTORY, point.position()); // the case history must hold all up to the point
        }
        return timeTravel.caseFile(caseId, AsOf.position(point.position()))
                         .map(file -> CaseSummaryReport.of(file, point, edition == ReportEdition.SBU, layout,
                                                           layout.readable() ? caseRecord(caseId, point) : null));
    }

    /** The assessments (from the case's entries), deployments and money (from the ledger) of a case at the point. */
    private CaseRecord caseRecord(String caseId, ReportPoint point) {
        CaseRecord.Assessments assessments = new CaseRecord.Assessments();
        readUpTo(caseId, point, event -> assessments.apply(event.getPayload(), RecordedEntry.effectiveAt(event)));
        return ledgers.read(point, ledger -> CaseRecord.of(assessments.rows(), ledger, caseId));
    }

    /** The entries of one stream (a case, a funding source) up to the point, in order; nothing after it is read. */
    private void readUpTo(String streamId, ReportPoint point, Consumer<TrackedEventMessage<?>> each) {
        try (Stream<? extends TrackedEventMessage<?>> events = journal.readTrackedEvents(streamId)) {
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
}
