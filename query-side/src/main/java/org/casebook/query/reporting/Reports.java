package org.casebook.query.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import com.mongodb.client.MongoDatabase;
import org.axonframework.queryhandling.QueryHandler;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.kernel.reporting.FindReportFingerprint;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportFingerprint;
import org.casebook.kernel.reporting.ReportSubject;
import org.casebook.kernel.reporting.ReportType;
import org.casebook.query.history.CaseHistory;
import org.casebook.query.history.TimeTravel;
import org.casebook.query.reporting.activity.ActivityLedger;
import org.casebook.query.reporting.activity.ActivityLedgers;
import org.casebook.query.reporting.activity.ActivityReport;
import org.casebook.query.reporting.activity.FiscalPeriod;
import org.casebook.query.reporting.casesummary.CaseSummaries;
import org.casebook.query.reporting.notification.NotificationReports;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Builds reports from the journal as it stood at a position: the record up to there is folded, and nothing after
 * it is read, so the same report asked for at the same position is always the same. Each type of report is built
 * in its own package ({@code activity}, {@code notification}, {@code casesummary}); this sends a subject to its
 * builder.
 */
@Component
public record Reports(ReportPoints points, ActivityLedgers ledgers, NotificationReports notifications,
                      CaseSummaries caseSummaries, ReportSettings settings, MeterRegistry meters) {

    /** How long building a report took, by its type (casebook_report_build_seconds; see docs/operations.md). */
    public static final String BUILD_TIMER = "casebook.report.build";

    /** Reports built outside a server (the command line, benchmarks). */
    public static Reports offline(JournalStorageEngine journal, MongoDatabase database, JournalSerializer serializer,
                                  ReportSettings settings) {
        ReportPoints points = new ReportPoints(journal);
        ActivityLedgers ledgers = new ActivityLedgers(journal, points, database, settings);
        return new Reports(points, ledgers, new NotificationReports(journal),
                           new CaseSummaries(journal, new TimeTravel(CaseHistory.live(database, serializer)), ledgers,
                                             null),
                           settings, Metrics.globalRegistry);
    }

    public FiscalPeriod period(String label) {
        return FiscalPeriod.parse(label, settings.fiscalYearStart());
    }

    /**
     * The fiscal years and quarters in which something an activity report counts took effect, as the record stood
     * at {@code asOf} (null: the head): the latest year first, each followed by its quarters, latest first.
     */
    public List<FiscalPeriod> periodsWithEntries(Long asOf) {
        SortedSet<LocalDate> days = ledgers.read(point(asOf), ActivityLedger::daysWithEntries);
        Month start = settings.fiscalYearStart();
        Set<FiscalPeriod> periods = new TreeSet<>(Comparator.comparing((FiscalPeriod p) -> FiscalPeriod.yearOf(
                p.start(), start).start()).reversed().thenComparing(p -> !p.wholeYear())
                .thenComparing(FiscalPeriod::start, Comparator.reverseOrder()));
        days.forEach(day -> {
            periods.add(FiscalPeriod.yearOf(day, start));
            periods.add(FiscalPeriod.quarterOf(day, start));
        });
        return List.copyOf(periods);
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
        Report report = build(query.subject(), query.asOf(), query.edition());
        ReportPoint point = report.builtFrom();
        return new ReportFingerprint(point.position(), point.hash(),
                                     ReportFiles.digests(report, stoodAt(point), ReportLayout.CURRENT),
                                     ReportLayout.CURRENT.revision());
    }

    /** The report on a subject as the record stood at {@code asOf} (null: the head). */
    public Report build(ReportSubject subject, Long asOf, ReportEdition edition) {
        return build(subject, asOf, edition, ReportLayout.CURRENT);
    }

    /** The same, made by the rules of {@code layout} (those a submission was made by, to build it again). */
    public Report build(ReportSubject subject, Long asOf, ReportEdition edition, ReportLayout layout) {
        return Timer.builder(BUILD_TIMER).description("Building a report from the journal")
                    .tag("type", subject.type().word()).register(meters)
                    .record(() -> buildUntimed(subject, asOf, edition, layout));
    }

    private Report buildUntimed(ReportSubject subject, Long asOf, ReportEdition edition, ReportLayout layout) {
        if (subject instanceof ReportSubject.Period period) {
            return activity(period(period.period()), asOf, edition, layout);
        }
        if (subject instanceof ReportSubject.Notification notification) {
            return notifications.build(notification, point(asOf), edition, layout).orElseThrow(
                    () -> UnknownRecord.saying(Kind.ENTRY, "funding source " + notification.sourceId()
                            + " has no allocation or obligation " + notification.entry()));
        }
        ReportSubject.Case kase = (ReportSubject.Case) subject;
        if (!CaseId.isValid(kase.caseId())) {
            throw new UnknownRecord(Kind.CASE, kase.caseId());
        }
        return caseSummaries.build(kase, point(asOf), edition, layout)
                            .orElseThrow(() -> new UnknownRecord(Kind.CASE, kase.caseId()));
    }

    /**
     * A report named by words, as a submission records them ({@link ReportSubject#of}): its type, the period of an
     * activity report, the subject of the others ({@code sourceId/entry}, a case's id).
     */
    public Report build(String type, String period, String subject, Long asOf, ReportEdition edition) {
        return build(type, period, subject, asOf, edition, ReportLayout.CURRENT);
    }

    public Report build(String type, String period, String subject, Long asOf, ReportEdition edition,
                        ReportLayout layout) {
        ReportType named = ReportType.named(type).orElseThrow(() -> new InvalidInput("type", ReportType.NAMES));
        ReportSubject about;
        try {
            about = ReportSubject.of(named, period, subject);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("subject", e.getMessage());
        }
        return build(about, asOf, edition, layout);
    }

    /** The activity report of a period as the record stood at {@code asOf} (null: the head). */
    public ActivityReport activity(FiscalPeriod period, Long asOf, ReportEdition edition) {
        return activity(period, asOf, edition, ReportLayout.CURRENT);
    }

    public ActivityReport activity(FiscalPeriod period, Long asOf, ReportEdition edition, ReportLayout layout) {
        return ledgers.report(asOf, period, edition, layout);
    }
}
