package org.casebook.query.brief;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.DeploymentEvent;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.funds.Amount;
import org.casebook.kernel.handover.FindBriefDigest;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewGenerations;
import org.casebook.query.ViewProgress;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;
import org.casebook.query.brief.HandoverBrief.UnspentObligation;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.funds.CaseFunds;
import org.casebook.query.funds.FundsProjection;
import org.casebook.query.funds.Movement;
import org.casebook.query.funds.Totals;
import org.casebook.query.history.AsOf;
import org.casebook.query.history.CaseHistory;
import org.casebook.query.history.TimeTravel;
import org.casebook.query.needtoknow.NeedToKnow;
import org.casebook.query.staffing.CaseStaffing;
import org.casebook.query.staffing.CaseStaffing.Status;
import org.casebook.query.staffing.StaffingFold;
import org.casebook.query.staffing.StaffingProjection;
import org.springframework.stereotype.Component;

/**
 * Builds handover briefs from the record up to the proposal's position: the case as of then (from the case
 * history), its deployments as of then (their own streams, read from the journal), and its money as of then (the
 * movements recorded up to then). Entries recorded later never change a brief.
 */
@Component
public class HandoverBriefs {

    /** Part of what a brief is, not configuration: a brief must come out the same whenever it is built. */
    static final Duration RECENT_DECISIONS = Duration.ofDays(90);
    private static final List<String> SOURCES = List.of(Views.HISTORY, Views.STAFFING, Views.FUNDS);

    private final CaseHistory history;
    private final TimeTravel timeTravel;
    private final ViewStore<CaseStaffing> staffing;
    private final ViewStore<CaseFunds> funds;
    private final JournalStorageEngine journal;
    private final ViewProgress progress;

    public HandoverBriefs(CaseHistory history, TimeTravel timeTravel, ViewGenerations generations,
                          JournalStorageEngine journal, ViewProgress progress) {
        this.history = history;
        this.timeTravel = timeTravel;
        this.staffing = StaffingProjection.VIEW.liveStore(generations, StaffingProjection.CASES, CaseStaffing.class);
        this.funds = FundsProjection.VIEW.liveStore(generations, FundsProjection.CASES, CaseFunds.class);
        this.journal = journal;
        this.progress = progress;
    }

    /** The brief of a handover; empty if the case has no such handover. */
    public Optional<HandoverBrief> brief(String caseId, String handoverId) {
        long head = journal.head().position();
        progress.awaitPosition(SOURCES, head);
        return history.entries(caseId).stream()
                      .filter(entry -> entry.event() instanceof HandoverProposed proposed
                              && proposed.handoverId().value().equals(handoverId))
                      .findFirst()
                      .map(this::build);
    }

    /** The brief of a handover; the unknown-record refusal if the case has no such handover. */
    public HandoverBrief briefOf(String caseId, String handoverId) {
        UnknownRecord unknown = UnknownRecord.saying(Kind.HANDOVER, "case " + caseId + " has no handover " + handoverId);
        if (!CaseId.isValid(caseId) || !HandoverId.isValid(handoverId)) {
            throw unknown;
        }
        return brief(caseId, handoverId).orElseThrow(() -> unknown);
    }

    /** The digest of the brief as the acceptor was shown it: with SBU text withheld unless they are cleared. */
    @QueryHandler
    Optional<String> handle(FindBriefDigest query) {
        return brief(query.crisisId().value(), query.handoverId().value())
                .map(brief -> NeedToKnow.brief(query.clearedForSbu(), brief)).map(HandoverBrief::digest);
    }

    private HandoverBrief build(RecordedEntry proposal) {
        HandoverProposed proposed = (HandoverProposed) proposal.event();
        String caseId = proposal.caseId();
        long position = proposal.position();
        CaseFile file = timeTravel.caseFile(caseId, AsOf.position(position)).orElseThrow();
        Instant recent = proposal.recordedAt().minus(RECENT_DECISIONS);
        List<CaseFile.Decision> decisions = file.decisions().stream()
                .filter(d -> !d.superseded() || !d.entry().effectiveAt().isBefore(recent))
                .toList();
        Predicate<Sector> inScope = sector -> proposed.sectors().isEmpty() || proposed.sectors().contains(sector);
        List<CaseStaffing.Deployment> deployments = staffingAt(caseId, position).deployments().stream()
                .filter(d -> inScope.test(d.sector())).toList();
        List<UnspentObligation> unspent = unspentAt(caseId, position).stream()
                .filter(o -> inScope.test(o.sector())).toList();
        Amount total = unspent.stream().map(o -> Amount.of(o.remaining())).reduce(Amount.of("0.00"), Amount::plus);
        HandoverBrief brief = new HandoverBrief(
                caseId, proposed.handoverId().value(), position, proposal.recordedAt(), proposed.proposedBy().user(),
                proposed.fromBody().value(), proposed.toBody().value(), proposed.receivingCoordinator(),
                proposed.sectors(), proposed.proposedEffectiveOn(), file.title(), file.country(), file.sensitivity(),
                file.stage(), file.currentAssessment(), decisions, proposed.openItems(), proposed.risks(),
                deployments.stream().filter(d -> d.status() == Status.APPROVED || d.status() == Status.STARTED)
                           .toList(),
                deployments.stream().filter(d -> d.status() == Status.REQUESTED).toList(), unspent,
                total.toString(), null);
        return brief.sealed();
    }

    /** The case's deployments as of {@code position}: each of them folded from its own stream up to there. */
    private CaseStaffing staffingAt(String caseId, long position) {
        CaseStaffing state = CaseStaffing.none(caseId, 0);
        for (CaseStaffing.Deployment deployment : staffing.find(caseId).map(CaseStaffing::deployments)
                                                          .orElse(List.of())) {
            for (TrackedEventMessage<?> message : journal.readTrackedEvents(deployment.id()).toList()) {
                long at = message.trackingToken().position().orElseThrow();
                if (at > position) {
                    break;
                }
                state = StaffingFold.apply(state, (DeploymentEvent) message.getPayload(), deployment.component(),
                                           (String) message.getMetaData().get(RecordMetadata.USER),
                                           message.getTimestamp(), at);
            }
        }
        return state;
    }

    /** The case's obligations with money left to disburse as of {@code position}, net of adjustments. */
    private List<UnspentObligation> unspentAt(String caseId, long position) {
        List<Movement> movements = funds.find(caseId).map(CaseFunds::movements).orElse(List.of()).stream()
                                        .filter(movement -> movement.position() <= position).toList();
        Map<String, Movement> obligations = new LinkedHashMap<>();
        Map<String, Amount> obligated = new LinkedHashMap<>();
        Map<String, Amount> disbursed = new LinkedHashMap<>();
        for (Movement m : movements) {
            if (m.kind() == Totals.Kind.OBLIGATION) {
                String key = m.sourceId() + "/" + (m.adjusts() == null ? m.entry() : m.adjusts());
                if (m.adjusts() == null) {
                    obligations.put(key, m);
                }
                obligated.merge(key, Amount.of(m.amount()), Amount::plus);
            } else if (m.kind() == Totals.Kind.DISBURSEMENT) {
                disbursed.merge(m.sourceId() + "/" + m.of(), Amount.of(m.amount()), Amount::plus);
            }
        }
        return obligations.entrySet().stream().map(found -> {
            Movement obligation = found.getValue();
            Amount total = obligated.get(found.getKey());
            Amount paid = disbursed.getOrDefault(found.getKey(), Amount.of("0.00"));
            return new UnspentObligation(obligation.sourceId(), obligation.entry(), obligation.project(),
                                         obligation.sector(), total.toString(), paid.toString(),
                                         total.minus(paid).toString());
        }).filter(o -> new BigDecimal(o.remaining()).signum() > 0).toList();
    }
}
