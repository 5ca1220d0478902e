package org.casebook.query.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.casebook.kernel.crisis.AssessmentRecorded;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.CrisisReopened;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.EntryCorrected;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.deployment.DeploymentApproved;
import org.casebook.kernel.deployment.DeploymentCancelled;
import org.casebook.kernel.deployment.DeploymentDeclined;
import org.casebook.kernel.deployment.DeploymentEnded;
import org.casebook.kernel.deployment.DeploymentExtended;
import org.casebook.kernel.deployment.DeploymentRequested;
import org.casebook.kernel.deployment.DeploymentWithdrawn;
import org.casebook.kernel.funds.Amount;
import org.casebook.kernel.funds.FundingSourceRegistered;
import org.casebook.kernel.funds.FundsAdjusted;
import org.casebook.kernel.funds.FundsAllocated;
import org.casebook.kernel.funds.FundsDisbursed;
import org.casebook.kernel.funds.FundsObligated;
import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.HandoverEscalated;
import org.casebook.kernel.handover.HandoverEvent;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.responder.ResponderRegistered;
import org.casebook.query.reporting.ActivityReport.CaseCounts;
import org.casebook.query.reporting.ActivityReport.CaseRow;
import org.casebook.query.reporting.ActivityReport.DaysRow;
import org.casebook.query.reporting.ActivityReport.DecisionRow;
import org.casebook.query.reporting.ActivityReport.HandoverRow;
import org.casebook.query.reporting.ActivityReport.MoneyRow;
import org.casebook.query.reporting.ActivityReport.OverdueRow;
import org.casebook.query.reporting.ActivityReport.RiskRow;
import org.casebook.query.reporting.ActivityReport.SourceRow;

/**
 * Folds the record, in journal order, into the activity report of one period. Entries count by when they took
 * effect (their effective date, UTC), so a late entry lands in the period it belongs to. Pure: no storage, no clock.
 */
final class ActivityFold {

    /** Part of what the report is, not configuration: a report must come out the same whenever it is built. */
    static final long ASSESSMENT_MAX_AGE_DAYS = 90;
    private static final Comparator<Stamped<Stage>> LATEST = Comparator.<Stamped<Stage>, Instant>comparing(
            Stamped::effectiveAt).thenComparingLong(Stamped::position);

    private record Stamped<T>(Instant effectiveAt, long position, T value) {
    }

    private static final class CaseState {
        CrisisOpened opened;
        LocalDate openedOn;
        final List<Stamped<Stage>> stages = new ArrayList<>();
        final List<Instant> assessedAt = new ArrayList<>();
        boolean closedInPeriod;
    }

    private record DecisionState(DecisionRecorded decision, LocalDate takenOn, String supersededBy,
                                 boolean corrected) {
    }

    private static final class DeploymentState {
        DeploymentRequested request;
        LocalDate start;
        LocalDate end;
        boolean booked;
    }

    private record Movement(String kind, String sourceId, String caseId, String sector, Amount amount,
                            LocalDate day) {
    }

    private record Handover(HandoverProposed proposal, Instant proposedAt, Instant endedAt, Instant escalatedAt) {
    }

    private final FiscalPeriod period;
    private final boolean sbuEdition;
    private final Map<String, CaseState> cases = new LinkedHashMap<>();
    private final Map<String, DecisionState> decisions = new LinkedHashMap<>();
    private final Map<String, String> decisionsByEvent = new HashMap<>();
    private final Map<String, ResponderRegistered> responders = new HashMap<>();
    private final Map<String, DeploymentState> deployments = new LinkedHashMap<>();
    private final Map<String, FundingSourceRegistered> sources = new TreeMap<>();
    private final Map<String, Movement> entries = new HashMap<>();
    private final List<Movement> movements = new ArrayList<>();
    private final Map<String, Handover> handovers = new LinkedHashMap<>();
    private final List<HandoverRow> completed = new ArrayList<>();

    ActivityFold(FiscalPeriod period, boolean sbuEdition) {
        this.period = period;
        this.sbuEdition = sbuEdition;
    }

    /** Takes one entry: its payload, its event id, when it took effect, and its journal position. */
    void apply(Object event, String eventId, Instant effectiveAt, long position) {
        LocalDate day = LocalDate.ofInstant(effectiveAt, ZoneOffset.UTC);
        if (event instanceof CrisisOpened e) {
            CaseState state = new CaseState();
            state.opened = e;
            state.openedOn = day;
            state.stages.add(new Stamped<>(effectiveAt, position, e.stage()));
            cases.put(e.crisisId().value(), state);
        } else if (event instanceof CrisisMovedToStage e) {
            cases.get(e.crisisId().value()).stages.add(new Stamped<>(effectiveAt, position, e.to()));
        } else if (event instanceof CrisisClosed e) {
            CaseState state = cases.get(e.crisisId().value());
            state.stages.add(new Stamped<>(effectiveAt, position, Stage.CLOSED));
            state.closedInPeriod |= period.contains(day);
        } else if (event instanceof CrisisReopened e) {
            cases.get(e.crisisId().value()).stages.add(new Stamped<>(effectiveAt, position, e.stage()));
        } else if (event instanceof AssessmentRecorded e) {
            cases.get(e.crisisId().value()).assessedAt.add(effectiveAt);
        } else if (event instanceof DecisionRecorded e) {
            String key = e.crisisId().value() + "/" + e.decisionId().value();
            decisions.put(key, new DecisionState(e, day, null, false));
            decisionsByEvent.put(eventId, key);
            if (e.supersedes() != null) {
                decisions.computeIfPresent(e.crisisId().value() + "/" + e.supersedes().value(),
                        (k, d) -> new DecisionState(d.decision(), d.takenOn(), e.decisionId().value(), d.corrected()));
            }
        } else if (event instanceof EntryCorrected e) {
            decisions.computeIfPresent(decisionsByEvent.getOrDefault(e.correctedEventId().value(), ""),
                    (k, d) -> new DecisionState(d.decision(), d.takenOn(), d.supersededBy(), true));
        } else if (event instanceof HandoverEvent e) {
            handover(e, effectiveAt, day);
        } else if (event instanceof ResponderRegistered e) {
            responders.put(e.responderId().value(), e);
        } else {
            people(event);
            money(event, day);
        }
    }

    private void handover(HandoverEvent event, Instant effectiveAt, LocalDate day) {
        String key = event.crisisId().value() + "/" + event.handoverId().value();
        if (event instanceof HandoverProposed proposed) {
            handovers.put(key, new Handover(proposed, effectiveAt, null, null));
            return;
        }
        Handover handover = handovers.get(key);
        if (event instanceof HandoverEscalated) {
            handovers.put(key, new Handover(handover.proposal(), handover.proposedAt(), null, effectiveAt));
            return;
        }
        handovers.put(key, new Handover(handover.proposal(), handover.proposedAt(), effectiveAt,
                                        handover.escalatedAt()));
        if (event instanceof HandoverAccepted accepted && period.contains(day)) {
            completed.add(new HandoverRow(accepted.crisisId().value(), accepted.handoverId().value(),
                                          accepted.fromBody().value(), accepted.toBody().value(),
                                          accepted.sectors().isEmpty() ? "whole case" : accepted.sectors().toString(),
                                          day, accepted.effectiveOn()));
        }
    }

    private void people(Object event) {
        if (event instanceof DeploymentRequested e) {
            DeploymentState state = new DeploymentState();
            state.request = e;
            state.start = e.period().start();
            state.end = e.period().end();
            deployments.put(e.deploymentId().value(), state);
        } else if (event instanceof DeploymentApproved e) {
            deployments.get(e.deploymentId().value()).booked = true;
        } else if (event instanceof DeploymentExtended e) {
            deployments.get(e.deploymentId().value()).end = e.period().end();
        } else if (event instanceof DeploymentEnded e) {
            deployments.get(e.deploymentId().value()).end = e.endedOn();
        } else if (event instanceof DeploymentCancelled || event instanceof DeploymentDeclined
                || event instanceof DeploymentWithdrawn) {
            String id = event instanceof DeploymentCancelled c ? c.deploymentId().value()
                    : event instanceof DeploymentDeclined d ? d.deploymentId().value()
                    : ((DeploymentWithdrawn) event).deploymentId().value();
            deployments.get(id).booked = false;
        }
    }

    private void money(Object event, LocalDate day) {
        if (event instanceof FundingSourceRegistered e) {
            sources.put(e.sourceId().value(), e);
        } else if (event instanceof FundsAllocated e) {
            record(e.sourceId().value(), e.allocation().value(), new Movement(
                    "allocated", e.sourceId().value(), e.crisisId().value(), e.sector().name(), e.amount(), day));
        } else if (event instanceof FundsObligated e) {
            Movement allocation = entries.get(e.sourceId().value() + "/" + e.allocation().value());
            record(e.sourceId().value(), e.obligation().value(), new Movement(
                    "obligated", e.sourceId().value(), e.crisisId().value(), allocation.sector(), e.amount(), day));
        } else if (event instanceof FundsDisbursed e) {
            Movement obligation = entries.get(e.sourceId().value() + "/" + e.obligation().value());
            record(e.sourceId().value(), e.disbursement().value(), new Movement(
                    "disbursed", e.sourceId().value(), e.crisisId().value(), obligation.sector(), e.amount(), day));
        } else if (event instanceof FundsAdjusted e) {
            Movement adjusted = entries.get(e.sourceId().value() + "/" + e.entry().value());
            movements.add(new Movement(adjusted.kind(), adjusted.sourceId(), adjusted.caseId(), adjusted.sector(),
                                       e.change(), day));
        }
    }

    private void record(String source, String entry, Movement movement) {
        entries.put(source + "/" + entry, movement);
        movements.add(movement);
    }

    ActivityReport result(ReportPoint builtFrom) {
        Instant end = period.end().atStartOfDay().toInstant(ZoneOffset.UTC);
        List<CaseRow> caseRows = new ArrayList<>();
        List<OverdueRow> overdue = new ArrayList<>();
        int opened = 0;
        int closed = 0;
        int active = 0;
        for (Map.Entry<String, CaseState> found : cases.entrySet()) {
            CaseState state = found.getValue();
            if (!state.openedOn.isBefore(period.end())) {
                continue;
            }
            Stage atEnd = state.stages.stream().filter(s -> s.effectiveAt().isBefore(end)).max(LATEST)
                                      .map(Stamped::value).orElse(state.opened.stage());
            boolean openedInPeriod = period.contains(state.openedOn);
            opened += openedInPeriod ? 1 : 0;
            closed += state.closedInPeriod ? 1 : 0;
            active += atEnd != Stage.CLOSED ? 1 : 0;
            if (atEnd != Stage.CLOSED || openedInPeriod || state.closedInPeriod) {
                CrisisOpened o = state.opened;
                caseRows.add(new CaseRow(found.getKey(), text(o.title(), o.sensitivity()), o.country().value(),
                                         o.sensitivity().name(), atEnd.name(), state.openedOn, openedInPeriod,
                                         state.closedInPeriod));
            }
            if (atEnd == Stage.OPERATIONS && assessmentOverdue(state, end)) {
                overdue.add(new OverdueRow(found.getKey(), "assessment-overdue", "no assessment in the last "
                        + ASSESSMENT_MAX_AGE_DAYS + " days before the period's end"));
            }
        }
        List<RiskRow> risks = new ArrayList<>();
        for (Handover handover : handovers.values()) {
            boolean pendingAtEnd = handover.proposedAt().isBefore(end)
                    && (handover.endedAt() == null || !handover.endedAt().isBefore(end));
            if (!pendingAtEnd) {
                continue;
            }
            HandoverProposed proposal = handover.proposal();
            String caseId = proposal.crisisId().value();
            boolean escalated = handover.escalatedAt() != null && handover.escalatedAt().isBefore(end);
            Sensitivity sensitivity = cases.get(caseId).opened.sensitivity();
            proposal.risks().forEach(risk -> risks.add(new RiskRow(caseId, proposal.handoverId().value(),
                                                                   text(risk, sensitivity), escalated)));
            if (escalated) {
                overdue.add(new OverdueRow(caseId, "handover-escalated", "handover " + proposal.handoverId()
                        + " to " + proposal.toBody() + " unanswered"));
            }
        }
        return new ActivityReport("activity", period.label(), period.start(), period.end(),
                                  sbuEdition ? "sbu" : "standard", builtFrom, new CaseCounts(opened, closed, active),
                                  caseRows, decisionRows(), personDays(d -> componentOf(d)),
                                  personDays(d -> agencyOf(d)), personDays(d -> d.request.sector().name()),
                                  sourceRows(), moneyBy(m -> cases.get(m.caseId()).opened.country().value()),
                                  moneyBy(Movement::sector), List.copyOf(completed), risks, overdue);
    }

    private boolean assessmentOverdue(CaseState state, Instant end) {
        Instant due = end.minus(ASSESSMENT_MAX_AGE_DAYS, ChronoUnit.DAYS);
        return state.assessedAt.stream().filter(at -> at.isBefore(end)).noneMatch(at -> !at.isBefore(due));
    }

    private List<DecisionRow> decisionRows() {
        return decisions.values().stream()
                .filter(d -> period.contains(d.takenOn()))
                .sorted(Comparator.comparing(DecisionState::takenOn))
                .map(d -> {
                    DecisionRecorded e = d.decision();
                    Sensitivity sensitivity = e.sensitivity() != null ? e.sensitivity()
                            : cases.get(e.crisisId().value()).opened.sensitivity();
                    return new DecisionRow(e.crisisId().value(), e.decisionId().value(), d.takenOn(),
                                           e.decidingBody().value(), e.authority(), text(e.decision(), sensitivity),
                                           sensitivity.name(), d.supersededBy(), d.corrected());
                }).toList();
    }

    private String componentOf(DeploymentState deployment) {
        return responders.get(deployment.request.responderId().value()).component().name();
    }

    private String agencyOf(DeploymentState deployment) {
        return responders.get(deployment.request.responderId().value()).agency().value();
    }

    private List<DaysRow> personDays(Function<DeploymentState, String> key) {
        Map<String, Long> days = new TreeMap<>();
        long total = 0;
        LocalDate last = period.end().minusDays(1);
        for (DeploymentState deployment : deployments.values()) {
            LocalDate from = deployment.start.isAfter(period.start()) ? deployment.start : period.start();
            LocalDate to = deployment.end.isBefore(last) ? deployment.end : last;
            if (!deployment.booked || to.isBefore(from)) {
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
        List<SourceRow> rows = new ArrayList<>();
        Map<String, Amount> total = new HashMap<>();
        for (FundingSourceRegistered source : sources.values()) {
            String id = source.sourceId().value();
            Map<String, Amount> sums = sums(movements.stream().filter(m -> m.sourceId().equals(id)).toList());
            rows.add(new SourceRow(id, source.authority(), source.fiscalYear(), get(sums, "allocated"),
                                   get(sums, "obligated"), get(sums, "disbursed"), get(sums, "allocated-to-date"),
                                   get(sums, "obligated-to-date"), get(sums, "disbursed-to-date")));
            sums.forEach((k, v) -> total.merge(k, v, Amount::plus));
        }
        rows.add(new SourceRow(Report.TOTAL, "", 0, get(total, "allocated"), get(total, "obligated"),
                               get(total, "disbursed"), get(total, "allocated-to-date"),
                               get(total, "obligated-to-date"), get(total, "disbursed-to-date")));
        return rows;
    }

    /** Sums by kind: in the period ("allocated"...), and up to its end ("allocated-to-date"...). */
    private Map<String, Amount> sums(List<Movement> of) {
        Map<String, Amount> sums = new HashMap<>();
        for (Movement m : of) {
            if (m.day().isBefore(period.end())) {
                sums.merge(m.kind() + "-to-date", m.amount(), Amount::plus);
            }
            if (period.contains(m.day())) {
                sums.merge(m.kind(), m.amount(), Amount::plus);
            }
        }
        return sums;
    }

    private List<MoneyRow> moneyBy(Function<Movement, String> key) {
        Map<String, Map<String, Amount>> by = new TreeMap<>();
        Map<String, Amount> total = new HashMap<>();
        for (Movement m : movements) {
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
        return sums.getOrDefault(kind, Amount.of("0.00")).toString();
    }

    private String text(String text, Sensitivity sensitivity) {
        return sensitivity == Sensitivity.SBU && !sbuEdition ? Report.WITHHELD : text;
    }
}
