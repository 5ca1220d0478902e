package org.casebook.query.reporting.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.funds.Amount;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportType;
import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.ReportLayout;
import org.casebook.query.reporting.activity.ActivityLedger.CaseLine;
import org.casebook.query.reporting.activity.ActivityLedger.DecisionLine;
import org.casebook.query.reporting.activity.ActivityLedger.DeploymentLine;
import org.casebook.query.reporting.activity.ActivityLedger.HandoverLine;
import org.casebook.query.reporting.activity.ActivityLedger.Movement;
import org.casebook.query.reporting.activity.ActivityLedger.StageLine;
import org.casebook.query.reporting.activity.ActivityReport.CaseCounts;
import org.casebook.query.reporting.activity.ActivityReport.CaseRow;
import org.casebook.query.reporting.activity.ActivityReport.DaysRow;
import org.casebook.query.reporting.activity.ActivityReport.DecisionRow;
import org.casebook.query.reporting.activity.ActivityReport.HandoverRow;
import org.casebook.query.reporting.activity.ActivityReport.MoneyRow;
import org.casebook.query.reporting.activity.ActivityReport.OverdueRow;
import org.casebook.query.reporting.activity.ActivityReport.RiskRow;
import org.casebook.query.reporting.activity.ActivityReport.SourceRow;

/**
 * The activity report of one period, from a ledger of the record (the ledger serves every period; the tally picks
 * the period's facts). Entries count by when they took effect (their effective date, UTC), so a late entry lands in
 * the period it belongs to. Pure: no storage, no clock.
 */
record ActivityTally(ActivityLedger ledger, FiscalPeriod period, ReportEdition edition, ReportLayout layout) {

    /** Part of what the report is, not configuration: a report must come out the same whenever it is built. */
    static final long ASSESSMENT_MAX_AGE_DAYS = 90;
    private static final Comparator<StageLine> LATEST = Comparator.comparing(StageLine::effectiveAt)
                                                                  .thenComparingLong(StageLine::position);

    ActivityReport result() {
        Instant end = period.end().atStartOfDay().toInstant(ZoneOffset.UTC);
        List<CaseRow> caseRows = new ArrayList<>();
        List<OverdueRow> overdue = new ArrayList<>();
        int opened = 0;
        int closed = 0;
        int active = 0;
        for (Map.Entry<String, CaseLine> found : ledger.cases().entrySet()) {
            CaseLine line = found.getValue();
            if (!line.openedOn().isBefore(period.end())) {
                continue;
            }
            // Opened before the period's end, so its opening stage is among these.
            Stage atEnd = line.stages().stream().filter(s -> s.effectiveAt().isBefore(end)).max(LATEST)
                              .orElseThrow().stage();
            boolean openedInPeriod = period.contains(line.openedOn());
            boolean closedInPeriod = line.stages().stream().anyMatch(
                    s -> s.stage() == Stage.CLOSED && period.contains(day(s.effectiveAt())));
            opened += openedInPeriod ? 1 : 0;
            closed += closedInPeriod ? 1 : 0;
            active += atEnd != Stage.CLOSED ? 1 : 0;
            if (atEnd != Stage.CLOSED || openedInPeriod || closedInPeriod) {
                caseRows.add(new CaseRow(found.getKey(), text(line.title(), line.sensitivity()), line.country(),
                                         line.sensitivity().name(), atEnd.name(), line.openedOn(), openedInPeriod,
                                         closedInPeriod));
            }
            if (atEnd == Stage.OPERATIONS && assessmentOverdue(line, end)) {
                overdue.add(new OverdueRow(found.getKey(), "assessment-overdue", "no assessment in the last "
                        + ASSESSMENT_MAX_AGE_DAYS + " days before the period's end"));
            }
        }
        List<RiskRow> risks = new ArrayList<>();
        for (HandoverLine handover : ledger.handovers()) {
            boolean pendingAtEnd = handover.proposedAt().isBefore(end)
                    && (handover.endedAt() == null || !handover.endedAt().isBefore(end));
            String caseId = handover.caseId();
            // Until layout 4 a risk was listed only while its handover was pending; from it on, a risk taken on
            // by an acceptance stays open until it is recorded as closed.
            boolean acceptedBeforeEnd = layout.readable() && ledger.accepted().stream().anyMatch(
                    a -> a.caseId().equals(caseId) && a.handoverId().equals(handover.handoverId())
                            && a.acceptedOn().isBefore(period.end()));
            if (!pendingAtEnd && !acceptedBeforeEnd) {
                continue;
            }
            boolean escalated = pendingAtEnd && handover.escalatedAt() != null
                    && handover.escalatedAt().isBefore(end);
            Sensitivity sensitivity = ledger.cases().get(caseId).sensitivity();
            for (int number = 1; number <= handover.risks().size(); number++) {
                Instant closedAt = ledger.riskClosedAt(caseId, handover.handoverId(), number);
                if (layout.readable() && closedAt != null && closedAt.isBefore(end)) {
                    continue;
                }
                risks.add(new RiskRow(caseId, handover.handoverId(), text(handover.risks().get(number - 1),
                                                                          sensitivity), escalated));
            }
            if (escalated) {
                overdue.add(new OverdueRow(caseId, "handover-escalated", "handover " + handover.handoverId()
                        + " to " + handover.toBody() + " unanswered"));
            }
        }
        if (layout.notificationsAsSent()) {
            overdue.addAll(unansweredWaivers());
        }
        List<HandoverRow> completed = ledger.accepted().stream()
                .filter(a -> period.contains(layout.handoversCompleteWhenEffective() ? a.effectiveOn() : a.acceptedOn()))
                .map(a -> new HandoverRow(a.caseId(), a.handoverId(), a.fromBody(), a.toBody(), a.scope(),
                                          a.acceptedOn(), a.effectiveOn())).toList();
        return new ActivityReport(ReportType.ACTIVITY, period.label(), period.start(), period.end(),
                                  edition, ledger.at(),
                                  new CaseCounts(opened, closed, active), caseRows, decisionRows(),
                                  personDays(d -> ledger.responders().get(d.responderId()).component()),
                                  personDays(d -> ledger.responders().get(d.responderId()).agency()),
                                  personDays(DeploymentLine::sector), sourceRows(),
                                  moneyBy(m -> ledger.cases().get(m.caseId()).country()), moneyBy(Movement::sector),
                                  completed, risks, overdue);
    }

    /**
     * From layout 5 on: each waiver of a notification's wait, in effect before the period's end, whose notification
     * was due before then and had not been transmitted by the period's end.
     */
    private List<OverdueRow> unansweredWaivers() {
        List<OverdueRow> rows = new ArrayList<>();
        for (ActivityLedger.WaiverLine waiver : ledger.waivers()) {
            LocalDate transmitted = ledger.transmittedOn(waiver.sourceId(), waiver.allocation());
            if (waiver.waivedOn().isBefore(period.end()) && waiver.notifyBy().isBefore(period.end())
                    && (transmitted == null || !transmitted.isBefore(period.end()))) {
                rows.add(new OverdueRow(waiver.caseId(), "notification-overdue", "the notification of "
                        + EntryNumber.shown(waiver.allocation()) + " of " + waiver.sourceId() + " was due by "
                        + waiver.notifyBy() + " after its wait was waived on " + waiver.waivedOn()
                        + "; not transmitted"));
            }
        }
        return rows;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private boolean assessmentOverdue(CaseLine line, Instant end) {
        Instant due = end.minus(ASSESSMENT_MAX_AGE_DAYS, ChronoUnit.DAYS);
        return line.assessedAt().stream().filter(at -> at.isBefore(end)).noneMatch(at -> !at.isBefore(due));
    }

    private List<DecisionRow> decisionRows() {
        List<DecisionLine> taken = new ArrayList<>();
        ledger.decisions().forEach(d -> {
            if (period.contains(d.takenOn())) {
                taken.add(d);
            }
        });
        taken.sort(Comparator.comparing(DecisionLine::takenOn));
        return taken.stream().map(d -> new DecisionRow(d.caseId(), d.decisionId(), d.takenOn(), d.decidingBody(),
                                                       layout.withholdsSbuAuthorities()
                                                               ? text(d.authority(), d.sensitivity()) : d.authority(),
                                                       text(d.text(), d.sensitivity()),
                                                       d.sensitivity().name(), d.supersededBy(), d.corrected()))
                    .toList();
    }

    private List<DaysRow> personDays(Function<DeploymentLine, String> key) {
        Map<String, Long> days = new TreeMap<>();
        long total = 0;
        LocalDate last = period.end().minusDays(1);
        for (DeploymentLine deployment : ledger.deployments()) {
            LocalDate from = deployment.start().isAfter(period.start()) ? deployment.start() : period.start();
            LocalDate to = deployment.end().isBefore(last) ? deployment.end() : last;
            if (!deployment.booked() || to.isBefore(from)) {
                continue;
            }
            long served = ChronoUnit.DAYS.between(from, to) + 1;
            days.merge(key.apply(deployment), served, Long::sum);
            total += served;
        }
        List<DaysRow> rows = new ArrayList<>();
        days.forEach((k, v) -> rows.add(new DaysRow(k, v)));
        rows.add(new DaysRow(Report.TOTAL, total));
        return rows;
    }

    private List<SourceRow> sourceRows() {
        Map<String, Map<String, Amount>> bySource = new HashMap<>();
        for (Movement m : ledger.movements()) {
            Map<String, Amount> sums = bySource.computeIfAbsent(m.sourceId(), k -> new HashMap<>());
            if (m.day().isBefore(period.end())) {
                sums.merge(m.kind() + "-to-date", m.amount(), Amount::plus);
            }
            if (period.contains(m.day())) {
                sums.merge(m.kind(), m.amount(), Amount::plus);
            }
        }
        List<SourceRow> rows = new ArrayList<>();
        Map<String, Amount> total = new HashMap<>();
        ledger.sources().forEach((id, source) -> {
            Map<String, Amount> sums = bySource.getOrDefault(id, Map.of());
            rows.add(new SourceRow(id, source.authority(), source.fiscalYear(), get(sums, "allocated"),
                                   get(sums, "obligated"), get(sums, "disbursed"), get(sums, "allocated-to-date"),
                                   get(sums, "obligated-to-date"), get(sums, "disbursed-to-date")));
            sums.forEach((k, v) -> total.merge(k, v, Amount::plus));
        });
        rows.add(new SourceRow(Report.TOTAL, "", 0, get(total, "allocated"), get(total, "obligated"),
                               get(total, "disbursed"), get(total, "allocated-to-date"),
                               get(total, "obligated-to-date"), get(total, "disbursed-to-date")));
        return rows;
    }

    private List<MoneyRow> moneyBy(Function<Movement, String> key) {
        Map<String, Map<String, Amount>> by = new TreeMap<>();
        Map<String, Amount> total = new HashMap<>();
        for (Movement m : ledger.movements()) {
            if (period.contains(m.day())) {
                by.computeIfAbsent(key.apply(m), k -> new HashMap<>()).merge(m.kind(), m.amount(), Amount::plus);
                total.merge(m.kind(), m.amount(), Amount::plus);
            }
        }
        List<MoneyRow> rows = new ArrayList<>();
        by.forEach((k, sums) -> rows.add(new MoneyRow(k, get(sums, "allocated"), get(sums, "obligated"),
                                                      get(sums, "disbursed"))));
        rows.add(new MoneyRow(Report.TOTAL, get(total, "allocated"), get(total, "obligated"),
                              get(total, "disbursed")));
        return rows;
    }

    private static String get(Map<String, Amount> sums, String kind) {
        return sums.getOrDefault(kind, Amount.ZERO).toString();
    }

    private String text(String text, Sensitivity sensitivity) {
        return sensitivity == Sensitivity.SBU && edition == ReportEdition.STANDARD ? Report.WITHHELD : text;
    }
}
