package org.casebook.query.reporting.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
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
import org.casebook.kernel.deployment.DeploymentRescheduled;
import org.casebook.kernel.deployment.DeploymentWithdrawn;
import org.casebook.kernel.funds.Amount;
import org.casebook.kernel.funds.FundingSourceRegistered;
import org.casebook.kernel.funds.FundsAdjusted;
import org.casebook.kernel.funds.FundsAllocated;
import org.casebook.kernel.funds.FundsDisbursed;
import org.casebook.kernel.funds.FundsObligated;
import org.casebook.kernel.funds.NotificationTransmitted;
import org.casebook.kernel.funds.NotificationWaitWaived;
import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.HandoverEscalated;
import org.casebook.kernel.handover.HandoverEvent;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.LeadTransferred;
import org.casebook.kernel.handover.RiskClosed;
import org.casebook.kernel.responder.ResponderRegistered;
import org.casebook.query.reporting.ReportPoint;

/**
 * What activity reports need of the record, folded in journal order up to {@link #at}, for every period at once:
 * each fact keeps the day it took effect, and a report picks its period's facts ({@link ActivityTally}). Pure (no
 * storage, no clock), and stored whole as a checkpoint: its JSON must read back into the same ledger, so it
 * keeps no responder names and nothing a report does not use.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ActivityLedger {

    /** Changes whenever what the ledger keeps, or how it folds an entry, changes: older checkpoints are then unused. */
    static final int SHAPE = 4; // 3: a deployment keeps its case, for the case summary; risks closed. 4: waivers

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    /** A case; its stages start with the one it was opened in (a close is a stage too). */
    record CaseLine(String title, String country, Sensitivity sensitivity, LocalDate openedOn, List<StageLine> stages,
                    List<Instant> assessedAt) {
    }

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    record StageLine(Instant effectiveAt, long position, Stage stage) {
    }

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    record DecisionLine(String eventId, String caseId, String decisionId, LocalDate takenOn, String decidingBody,
                        String authority, String text, Sensitivity sensitivity, String supersededBy,
                        boolean corrected) {

        DecisionLine superseded(String by) {
            return new DecisionLine(eventId, caseId, decisionId, takenOn, decidingBody, authority, text, sensitivity,
                                    by, corrected);
        }

        DecisionLine markedCorrected() {
            return new DecisionLine(eventId, caseId, decisionId, takenOn, decidingBody, authority, text, sensitivity,
                                    supersededBy, true);
        }
    }

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record ResponderLine(String component, String agency) {
    }

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record DeploymentLine(String responderId, String sector, LocalDate start, LocalDate end, boolean booked,
                          String caseId) {
    }

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    record SourceLine(String authority, int fiscalYear) {
    }

    /** Money moved; {@code entry} names the allocation, obligation or disbursement (none for an adjustment). */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record Movement(String entry, String kind, String sourceId, String caseId, String sector, Amount amount,
                    LocalDate day) {
    }

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    record HandoverLine(String caseId, String handoverId, String toBody, List<String> risks, Instant proposedAt,
                        Instant endedAt, Instant escalatedAt) {
    }

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    record Accepted(String caseId, String handoverId, String fromBody, String toBody, String scope,
                    LocalDate acceptedOn, LocalDate effectiveOn) {
    }

    /** A waiver of an allocation's notification wait: the day it took effect and the day notice was due by. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    record WaiverLine(String sourceId, String allocation, String caseId, LocalDate waivedOn, LocalDate notifyBy) {
    }

    private ReportPoint at = new ReportPoint(0, null);
    private final LinkedHashMap<String, CaseLine> cases = new LinkedHashMap<>();
    private final LinkedHashMap<String, DecisionLine> decisions = new LinkedHashMap<>();
    @JsonIgnore
    private final HashMap<String, String> decisionsByEvent = new HashMap<>();
    private final HashMap<String, ResponderLine> responders = new HashMap<>();
    private final LinkedHashMap<String, DeploymentLine> deployments = new LinkedHashMap<>();
    private final TreeMap<String, SourceLine> sources = new TreeMap<>();
    @JsonIgnore
    private final HashMap<String, Integer> movementOfEntry = new HashMap<>();
    private final ArrayList<Movement> movements = new ArrayList<>();
    private final LinkedHashMap<String, HandoverLine> handovers = new LinkedHashMap<>();
    private final ArrayList<Accepted> accepted = new ArrayList<>();
    /** When each risk of a handover was closed, by {@code caseId/handoverId} and the risk's number (from 1). */
    private final LinkedHashMap<String, TreeMap<Integer, Instant>> closedRisks = new LinkedHashMap<>();
    private final ArrayList<WaiverLine> waivers = new ArrayList<>();
    /** The day each allocation's notification was transmitted, by {@code sourceId/allocation}. */
    private final TreeMap<String, LocalDate> transmittedOn = new TreeMap<>();

    /** Rebuilds the lookups that a stored ledger leaves out (they repeat what it holds). */
    ActivityLedger reindexed() {
        decisionsByEvent.clear();
        decisions.forEach((key, decision) -> decisionsByEvent.put(decision.eventId(), key));
        movementOfEntry.clear();
        for (int i = 0; i < movements.size(); i++) {
            Movement movement = movements.get(i);
            if (movement.entry() != null) {
                movementOfEntry.put(movement.sourceId() + "/" + movement.entry(), i);
            }
        }
        return this;
    }

    /** The journal point the ledger has folded up to: the position of its last entry and that commit's hash. */
    ReportPoint at() {
        return at;
    }

    /** Marks the ledger as folded up to {@code point}, a commit's end. */
    void reached(ReportPoint point) {
        at = point;
    }

    /** Takes one entry: its payload, its event id, when it took effect, and its journal position. */
    void apply(Object event, String eventId, Instant effectiveAt, long position) {
        LocalDate day = LocalDate.ofInstant(effectiveAt, ZoneOffset.UTC);
        if (event instanceof CrisisOpened e) {
            cases.put(e.crisisId().value(), new CaseLine(
                    e.title(), e.country().value(), e.sensitivity(), day,
                    new ArrayList<>(List.of(new StageLine(effectiveAt, position, e.stage()))), new ArrayList<>()));
        } else if (event instanceof CrisisMovedToStage e) {
            cases.get(e.crisisId().value()).stages().add(new StageLine(effectiveAt, position, e.to()));
        } else if (event instanceof CrisisClosed e) {
            cases.get(e.crisisId().value()).stages().add(new StageLine(effectiveAt, position, Stage.CLOSED));
        } else if (event instanceof CrisisReopened e) {
            cases.get(e.crisisId().value()).stages().add(new StageLine(effectiveAt, position, e.stage()));
        } else if (event instanceof AssessmentRecorded e) {
            cases.get(e.crisisId().value()).assessedAt().add(effectiveAt);
        } else if (event instanceof DecisionRecorded e) {
            decision(e, eventId, day);
        } else if (event instanceof EntryCorrected e) {
            decisions.computeIfPresent(decisionsByEvent.getOrDefault(e.correctedEventId().value(), ""),
                                       (k, d) -> d.markedCorrected());
        } else if (event instanceof HandoverEvent e) {
            handover(e, effectiveAt, day);
        } else if (event instanceof RiskClosed e) {
            closedRisks.computeIfAbsent(e.crisisId().value() + "/" + e.handoverId().value(), k -> new TreeMap<>())
                       .put(e.risk(), effectiveAt);
        } else if (event instanceof ResponderRegistered e) {
            responders.put(e.responderId().value(),
                           new ResponderLine(e.component().name(), e.agency().value()));
        } else {
            people(event);
            money(event, day);
        }
    }

    private void decision(DecisionRecorded e, String eventId, LocalDate day) {
        String caseId = e.crisisId().value();
        String key = caseId + "/" + e.decisionId().value();
        Sensitivity sensitivity = e.sensitivity() != null ? e.sensitivity() : cases.get(caseId).sensitivity();
        decisions.put(key, new DecisionLine(eventId, caseId, e.decisionId().value(), day, e.decidingBody().value(),
                                            e.authority(), e.decision(), sensitivity, null, false));
        decisionsByEvent.put(eventId, key);
        if (e.supersedes() != null) {
            decisions.computeIfPresent(caseId + "/" + e.supersedes().value(),
                                       (k, d) -> d.superseded(e.decisionId().value()));
        }
    }

    private void handover(HandoverEvent event, Instant effectiveAt, LocalDate day) {
        if (event instanceof LeadTransferred) {
            return; // the acceptance said when its lead moves (Accepted.effectiveOn)
        }
        String key = event.crisisId().value() + "/" + event.handoverId().value();
        if (event instanceof HandoverProposed p) {
            handovers.put(key, new HandoverLine(p.crisisId().value(), p.handoverId().value(), p.toBody().value(),
                                                List.copyOf(p.risks()), effectiveAt, null, null));
            return;
        }
        HandoverLine h = handovers.get(key);
        if (event instanceof HandoverEscalated) {
            handovers.put(key, new HandoverLine(h.caseId(), h.handoverId(), h.toBody(), h.risks(), h.proposedAt(),
                                                null, effectiveAt));
            return;
        }
        handovers.put(key, new HandoverLine(h.caseId(), h.handoverId(), h.toBody(), h.risks(), h.proposedAt(),
                                            effectiveAt, h.escalatedAt()));
        if (event instanceof HandoverAccepted a) {
            accepted.add(new Accepted(a.crisisId().value(), a.handoverId().value(), a.fromBody().value(),
                                      a.toBody().value(), a.sectors().isEmpty() ? "whole case"
                                              : a.sectors().toString(), day, a.effectiveOn()));
        }
    }

    private void people(Object event) {
        if (event instanceof DeploymentRequested e) {
            deployments.put(e.deploymentId().value(), new DeploymentLine(
                    e.responderId().value(), e.sector().name(), e.period().start(), e.period().end(), false,
                    e.crisisId().value()));
        } else if (event instanceof DeploymentApproved e) {
            deployments.computeIfPresent(e.deploymentId().value(), (k, d) -> booked(d, true));
        } else if (event instanceof DeploymentExtended e) {
            deployments.computeIfPresent(e.deploymentId().value(), (k, d) -> ending(d, e.period().end()));
        } else if (event instanceof DeploymentRescheduled e) {
            deployments.computeIfPresent(e.deploymentId().value(), (k, d) -> new DeploymentLine(
                    d.responderId(), d.sector(), e.period().start(), e.period().end(), d.booked(), d.caseId()));
        } else if (event instanceof DeploymentEnded e) {
            deployments.computeIfPresent(e.deploymentId().value(), (k, d) -> ending(d, e.endedOn()));
        } else if (event instanceof DeploymentCancelled e) {
            deployments.computeIfPresent(e.deploymentId().value(), (k, d) -> booked(d, false));
        } else if (event instanceof DeploymentDeclined e) {
            deployments.computeIfPresent(e.deploymentId().value(), (k, d) -> booked(d, false));
        } else if (event instanceof DeploymentWithdrawn e) {
            deployments.computeIfPresent(e.deploymentId().value(), (k, d) -> booked(d, false));
        }
    }

    private static DeploymentLine booked(DeploymentLine d, boolean booked) {
        return new DeploymentLine(d.responderId(), d.sector(), d.start(), d.end(), booked, d.caseId());
    }

    private static DeploymentLine ending(DeploymentLine d, LocalDate end) {
        return new DeploymentLine(d.responderId(), d.sector(), d.start(), end, d.booked(), d.caseId());
    }

    private void money(Object event, LocalDate day) {
        if (event instanceof FundingSourceRegistered e) {
            sources.put(e.sourceId().value(), new SourceLine(e.authority(), e.fiscalYear()));
        } else if (event instanceof FundsAllocated e) {
            record("allocated", e.sourceId().value(), e.allocation().value(), e.crisisId().value(),
                   e.sector().name(), e.amount(), day);
        } else if (event instanceof FundsObligated e) {
            record("obligated", e.sourceId().value(), e.obligation().value(), e.crisisId().value(),
                   movement(e.sourceId().value(), e.allocation().value()).sector(), e.amount(), day);
        } else if (event instanceof FundsDisbursed e) {
            record("disbursed", e.sourceId().value(), e.disbursement().value(), e.crisisId().value(),
                   movement(e.sourceId().value(), e.obligation().value()).sector(), e.amount(), day);
        } else if (event instanceof FundsAdjusted e) {
            Movement adjusted = movement(e.sourceId().value(), e.entry().value());
            movements.add(new Movement(null, adjusted.kind(), adjusted.sourceId(), adjusted.caseId(),
                                       adjusted.sector(), e.change(), day));
        } else if (event instanceof NotificationWaitWaived e) {
            waivers.add(new WaiverLine(e.sourceId().value(), e.allocation().value(), e.crisisId().value(), day,
                                       e.notifyBy()));
        } else if (event instanceof NotificationTransmitted e) {
            transmittedOn.put(e.sourceId().value() + "/" + e.allocation().value(), e.transmittedOn());
        }
    }

    private void record(String kind, String source, String entry, String caseId, String sector, Amount amount,
                        LocalDate day) {
        movementOfEntry.put(source + "/" + entry, movements.size());
        movements.add(new Movement(entry, kind, source, caseId, sector, amount, day));
    }

    /** The movement an allocation, obligation or disbursement of a source recorded first. */
    private Movement movement(String source, String entry) {
        return movements.get(movementOfEntry.get(source + "/" + entry));
    }

    Map<String, CaseLine> cases() {
        return cases;
    }

    Iterable<DecisionLine> decisions() {
        return decisions.values();
    }

    public Map<String, ResponderLine> responders() {
        return responders;
    }

    Iterable<DeploymentLine> deployments() {
        return deployments.values();
    }

    /** The deployments of one case, by their ids, in the order they were requested. */
    public Map<String, DeploymentLine> deploymentsOf(String caseId) {
        Map<String, DeploymentLine> of = new LinkedHashMap<>();
        deployments.forEach((id, d) -> {
            if (caseId.equals(d.caseId())) {
                of.put(id, d);
            }
        });
        return of;
    }

    Map<String, SourceLine> sources() {
        return sources;
    }

    public List<Movement> movements() {
        return movements;
    }

    Iterable<HandoverLine> handovers() {
        return handovers.values();
    }

    /** When risk {@code risk} (from 1) of a handover was closed; null while it is open. */
    Instant riskClosedAt(String caseId, String handoverId, int risk) {
        return closedRisks.getOrDefault(caseId + "/" + handoverId, new TreeMap<>()).get(risk);
    }

    List<Accepted> accepted() {
        return accepted;
    }

    List<WaiverLine> waivers() {
        return waivers;
    }

    /**
     * Every day on which something the ledger keeps took effect or, for a booked deployment, began or ended: the
     * days whose periods an activity report has something to count in.
     */
    public SortedSet<LocalDate> daysWithEntries() {
        TreeSet<LocalDate> days = new TreeSet<>();
        cases.values().forEach(kase -> {
            days.add(kase.openedOn());
            kase.stages().forEach(stage -> days.add(day(stage.effectiveAt())));
            kase.assessedAt().forEach(assessed -> days.add(day(assessed)));
        });
        decisions.values().forEach(decision -> days.add(decision.takenOn()));
        deployments.values().stream().filter(DeploymentLine::booked).forEach(deployment -> {
            days.add(deployment.start());
            days.add(deployment.end());
        });
        movements.forEach(movement -> days.add(movement.day()));
        handovers.values().forEach(handover -> {
            days.add(day(handover.proposedAt()));
            if (handover.endedAt() != null) {
                days.add(day(handover.endedAt()));
            }
        });
        accepted.forEach(acceptance -> days.add(acceptance.effectiveOn()));
        waivers.forEach(waiver -> days.add(waiver.waivedOn()));
        return days;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The day the notification of an allocation was transmitted; null if it was not. */
    LocalDate transmittedOn(String sourceId, String allocation) {
        return transmittedOn.get(sourceId + "/" + allocation);
    }
}
