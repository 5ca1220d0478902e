package org.casebook.command.handover;

import static org.casebook.command.handover.HandoverRule.HANDOVER_ALREADY_ESCALATED;
import static org.casebook.command.handover.HandoverRule.HANDOVER_ANSWER_NEEDS_REASON;
import static org.casebook.command.handover.HandoverRule.HANDOVER_BEFORE_LEAD_BEGINS;
import static org.casebook.command.handover.HandoverRule.HANDOVER_NOT_PENDING;
import static org.casebook.command.handover.HandoverRule.HANDOVER_PENDING;
import static org.casebook.command.handover.HandoverRule.HANDOVER_TO_THE_LEAD;
import static org.casebook.command.handover.HandoverRule.LEAD_UNCHANGED;
import static org.casebook.command.handover.HandoverRule.NOT_THE_PROPOSING_SIDE;
import static org.casebook.command.handover.HandoverRule.NOT_THE_RECEIVING_SIDE;
import static org.casebook.command.handover.HandoverRule.NO_LEAD_TO_TRANSFER;
import static org.casebook.command.handover.HandoverRule.PROPOSER_MUST_LEAD;
import static org.casebook.command.handover.HandoverRule.RISK_NOT_OPEN;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.LeadBodyCorrected;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.handover.AcceptHandover;
import org.casebook.kernel.handover.CloseRisk;
import org.casebook.kernel.handover.DeclineHandover;
import org.casebook.kernel.handover.EscalateHandover;
import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.HandoverDeclined;
import org.casebook.kernel.handover.HandoverEscalated;
import org.casebook.kernel.handover.HandoverEvent;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.handover.HandoverLapsed;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.HandoverWithdrawn;
import org.casebook.kernel.handover.LapseHandover;
import org.casebook.kernel.handover.LeadMove;
import org.casebook.kernel.handover.LeadTransferred;
import org.casebook.kernel.handover.ProposeHandover;
import org.casebook.kernel.handover.RiskClosed;
import org.casebook.kernel.handover.Signatory;
import org.casebook.kernel.handover.TransferLead;
import org.casebook.kernel.handover.WithdrawHandover;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;

/**
 * Who leads a case (as a whole, and sector by sector) and its handovers: the part of the {@code Crisis} aggregate
 * that decides each step of a handover. Its {@code evolve} only changes state. An accepted handover moves the lead
 * on its effective date ({@link LeadTransferred}); until then the case is led by the old body, with the new one
 * incoming, and only the incoming body may hand the lead on, effective no earlier than its own lead begins.
 */
public final class Handovers {

    private enum Status { PENDING, ACCEPTED, DECLINED, WITHDRAWN, LAPSED }

    private record Handover(HandoverProposed proposal, Status status, boolean escalated) {

        Handover with(Status changed) {
            return new Handover(proposal, changed, escalated);
        }

        Set<Sector> scope() {
            return proposal.sectors().isEmpty() ? EnumSet.allOf(Sector.class) : EnumSet.copyOf(proposal.sectors());
        }
    }

    /** A body's lead, and the day it began (the case's opening, or the effective date of a handover). */
    private record Lead(Body body, LocalDate since) {
    }

    /** The leads of a case: of the whole case, and of the sectors handed over on their own. */
    private record Leads(Lead whole, Map<Sector, Lead> sectors) {

        List<Lead> of(List<Sector> scope) {
            return scope.isEmpty() ? List.of(whole)
                    : scope.stream().map(sector -> sectors.getOrDefault(sector, whole)).distinct().toList();
        }

        /** These leads once {@code toBody} took over {@code scope} on {@code on}. */
        Leads movedTo(Body toBody, List<Sector> scope, LocalDate on) {
            Lead lead = new Lead(toBody, on);
            if (scope.isEmpty()) {
                return new Leads(lead, sectors);
            }
            Map<Sector, Lead> moved = new EnumMap<>(Sector.class);
            moved.putAll(sectors);
            scope.forEach(sector -> moved.put(sector, lead));
            return new Leads(whole, moved);
        }
    }

    private Leads leads;
    /** Accepted handovers whose lead has not moved yet, in the order accepted. */
    private final Map<HandoverId, HandoverAccepted> incoming = new LinkedHashMap<>();
    private final Map<HandoverId, Handover> handovers = new LinkedHashMap<>();
    /** The risks closed, by handover and number. */
    private final Map<HandoverId, Set<Integer>> closedRisks = new java.util.HashMap<>();

    /** The case was opened, led by {@code body}, on {@code since}. */
    public void leadBy(Body body, LocalDate since) {
        leads = new Leads(new Lead(body, since), Map.of());
    }

    /** The body leading the whole case was recorded wrongly: it is {@code body}, from the same day. */
    public LeadBodyCorrected correctLead(CaseId crisis, Body body, String reason) {
        if (leads.whole().body().equals(body)) {
            throw LEAD_UNCHANGED.broken("leadBody", body + " is recorded as leading the case already");
        }
        // a handover of the whole case under way names the recorded body as the one handing over
        handovers.forEach((id, handover) -> {
            boolean underWay = handover.status() == Status.PENDING || incoming.containsKey(id);
            if (underWay && handover.proposal().sectors().isEmpty()) {
                throw HANDOVER_PENDING.broken("leadBody", "handover " + id + " of the whole case is under way; it "
                        + "must take effect, or be answered or withdrawn, before its lead body is corrected");
            }
        });
        return new LeadBodyCorrected(crisis, leads.whole().body(), body, reason);
    }

    /** The lead of the whole case after a correction: the same lead, of another body, from the same day. */
    public void evolve(LeadBodyCorrected corrected) {
        leads = new Leads(new Lead(corrected.toBody(), leads.whole().since()), leads.sectors());
    }

    public HandoverProposed propose(CaseId crisis, ProposeHandover command) {
        Signatory proposer = command.proposer();
        for (Lead lead : leadsToBe().of(command.sectors())) {
            if (!lead.body().equals(proposer.body())) {
                throw PROPOSER_MUST_LEAD.broken(null, proposer.user() + " (" + describe(proposer.body())
                        + ") cannot hand over a lead " + (leads.of(command.sectors()).contains(lead)
                        ? "held by " + lead.body() : "passing to " + lead.body() + " on " + lead.since()));
            }
            if (lead.body().equals(command.toBody())) {
                throw HANDOVER_TO_THE_LEAD.broken("toBody", command.toBody() + " leads " + scopeText(command.sectors())
                        + " already");
            }
            if (command.proposedEffectiveOn().isBefore(lead.since())) {
                throw HANDOVER_BEFORE_LEAD_BEGINS.broken("proposedEffectiveOn", lead.body() + "'s lead of "
                        + scopeText(command.sectors()) + " begins on " + lead.since() + "; a handover of it cannot "
                        + "take effect before that, on " + command.proposedEffectiveOn());
            }
        }
        Set<Sector> scope = command.sectors().isEmpty()
                ? EnumSet.allOf(Sector.class) : EnumSet.copyOf(command.sectors());
        handovers.forEach((id, pending) -> {
            if (pending.status() == Status.PENDING && !Collections.disjoint(pending.scope(), scope)) {
                throw HANDOVER_PENDING.broken("sectors", "handover " + id + " of "
                        + scopeText(pending.proposal().sectors()) + " to " + pending.proposal().toBody()
                        + " is pending; it must be answered or withdrawn first");
            }
        });
        return new HandoverProposed(crisis, HandoverId.number(handovers.size() + 1), proposer.body(),
                                    command.toBody(), command.receivingCoordinator(), command.sectors(),
                                    command.openItems(), command.risks(), command.proposedEffectiveOn(), proposer);
    }

    /**
     * The acceptance, effective on the day proposed or on the day accepted if that is later; when that day has
     * come, the lead moves with it (the same commit), otherwise Casebook moves it on the day.
     */
    public List<HandoverEvent> accept(AcceptHandover command, LocalDate acceptedOn) {
        HandoverProposed proposal = receivable(command.handoverId(), command.acceptor(), "accept");
        LocalDate effectiveOn = proposal.proposedEffectiveOn().isAfter(acceptedOn)
                ? proposal.proposedEffectiveOn() : acceptedOn;
        HandoverAccepted accepted = new HandoverAccepted(
                command.crisisId(), command.handoverId(), proposal.fromBody(), proposal.toBody(), proposal.sectors(),
                command.acceptor(), command.acceptorName(), command.briefDigest(), effectiveOn,
                LeadMove.ON_EFFECTIVE_DATE);
        return effectiveOn.isAfter(acceptedOn) ? List.of(accepted) : List.of(accepted, transferred(accepted));
    }

    /** The lead of an accepted handover moves, on its effective date and not before. */
    public LeadTransferred transfer(TransferLead command, LocalDate today) {
        HandoverAccepted accepted = incoming.get(command.handoverId());
        if (accepted == null) {
            throw NO_LEAD_TO_TRANSFER.broken(null, "handover " + command.handoverId() + " has no lead waiting to move");
        }
        if (accepted.effectiveOn().isAfter(today)) {
            throw NO_LEAD_TO_TRANSFER.broken(null, "the lead of handover " + command.handoverId() + " moves on "
                    + accepted.effectiveOn() + ", not before");
        }
        // leads move in the order they were accepted: one accepted later hands on what an earlier one brings
        for (HandoverAccepted earlier : incoming.values()) {
            if (earlier == accepted) {
                break;
            }
            if (overlap(earlier.sectors(), accepted.sectors())) {
                throw NO_LEAD_TO_TRANSFER.broken(null, "the lead of handover " + earlier.handoverId() + " moves "
                        + "first, on " + earlier.effectiveOn());
            }
        }
        return transferred(accepted);
    }

    private static boolean overlap(List<Sector> one, List<Sector> other) {
        return one.isEmpty() || other.isEmpty() || !Collections.disjoint(one, other);
    }

    private static LeadTransferred transferred(HandoverAccepted accepted) {
        return new LeadTransferred(accepted.crisisId(), accepted.handoverId(), accepted.fromBody(),
                                   accepted.toBody(), accepted.sectors(), accepted.effectiveOn());
    }

    public HandoverDeclined decline(DeclineHandover command) {
        requireReason(command.reason(), "declining");
        receivable(command.handoverId(), command.decliner(), "decline");
        return new HandoverDeclined(command.crisisId(), command.handoverId(), command.reason(), command.decliner());
    }

    public HandoverWithdrawn withdraw(WithdrawHandover command) {
        requireReason(command.reason(), "withdrawing");
        HandoverProposed proposal = pending(command.handoverId(), "withdrawn").proposal();
        Signatory withdrawer = command.withdrawer();
        if (!proposal.fromBody().equals(withdrawer.body())) {
            throw NOT_THE_PROPOSING_SIDE.broken(null, withdrawer.user() + " (" + describe(withdrawer.body())
                    + ") cannot withdraw a handover proposed by " + proposal.fromBody());
        }
        return new HandoverWithdrawn(command.crisisId(), command.handoverId(), command.reason(), withdrawer);
    }

    public HandoverEscalated escalate(EscalateHandover command) {
        Handover handover = pending(command.handoverId(), "escalated");
        if (handover.escalated()) {
            throw HANDOVER_ALREADY_ESCALATED.broken(null, "handover " + command.handoverId() + " is escalated already");
        }
        return new HandoverEscalated(command.crisisId(), command.handoverId(), command.deadline());
    }

    public HandoverLapsed lapse(LapseHandover command) {
        pending(command.handoverId(), "marked lapsed");
        return new HandoverLapsed(command.crisisId(), command.handoverId(), command.deadline());
    }

    /**
     * A risk stays open, whatever becomes of the lead, until it is closed: by the proposing body while the handover
     * is pending, by the receiving body once it accepted it. A declined, withdrawn or lapsed handover passed no risk.
     */
    public RiskClosed closeRisk(CloseRisk command) {
        Handover handover = handovers.get(command.handoverId());
        if (handover == null) {
            throw new UnknownRecord(Kind.HANDOVER, command.handoverId().value());
        }
        HandoverProposed proposal = handover.proposal();
        if (command.risk() < 1 || command.risk() > proposal.risks().size()) {
            throw new UnknownRecord(Kind.RISK, command.handoverId() + " risk " + command.risk());
        }
        if (closedRisks.getOrDefault(command.handoverId(), Set.of()).contains(command.risk())) {
            throw RISK_NOT_OPEN.broken(null, "risk " + command.risk() + " of handover " + command.handoverId()
                    + " is closed already");
        }
        Body owner = riskHolder(handover.status().name(), proposal.fromBody(), proposal.toBody()).orElseThrow(
                () -> RISK_NOT_OPEN.broken(null, "handover " + command.handoverId() + " is "
                        + handover.status().name().toLowerCase() + "; it passed no risk to close"));
        if (!owner.equals(command.closer().body())) {
            throw RISK_NOT_OPEN.broken(null, command.closer().user() + " (" + describe(command.closer().body())
                    + ") cannot close a risk of handover " + command.handoverId() + ": " + owner + " holds it");
        }
        return new RiskClosed(command.crisisId(), command.handoverId(), command.risk(), command.reason(),
                              command.closer());
    }

    public void evolve(RiskClosed event) {
        closedRisks.computeIfAbsent(event.handoverId(), id -> new java.util.HashSet<>()).add(event.risk());
    }

    public void evolve(HandoverEvent event) {
        if (event instanceof HandoverProposed proposed) {
            handovers.put(proposed.handoverId(), new Handover(proposed, Status.PENDING, false));
            return;
        }
        Handover handover = handovers.get(event.handoverId());
        if (event instanceof HandoverEscalated) {
            handovers.put(event.handoverId(), new Handover(handover.proposal(), handover.status(), true));
        } else if (event instanceof HandoverAccepted accepted) {
            handovers.put(event.handoverId(), handover.with(Status.ACCEPTED));
            if (accepted.leadMoves() == LeadMove.ON_ACCEPTANCE) {
                leads = leads.movedTo(accepted.toBody(), accepted.sectors(), accepted.effectiveOn());
            } else {
                incoming.put(accepted.handoverId(), accepted);
            }
        } else if (event instanceof LeadTransferred transferred) {
            incoming.remove(transferred.handoverId());
            leads = leads.movedTo(transferred.toBody(), transferred.sectors(), transferred.effectiveOn());
        } else if (event instanceof HandoverDeclined) {
            handovers.put(event.handoverId(), handover.with(Status.DECLINED));
        } else if (event instanceof HandoverWithdrawn) {
            handovers.put(event.handoverId(), handover.with(Status.WITHDRAWN));
        } else if (event instanceof HandoverLapsed) {
            handovers.put(event.handoverId(), handover.with(Status.LAPSED));
        }
    }

    /** The leads once every accepted handover has moved its lead: who may hand on, and from when. */
    private Leads leadsToBe() {
        Leads toBe = leads;
        for (HandoverAccepted accepted : incoming.values()) {
            toBe = toBe.movedTo(accepted.toBody(), accepted.sectors(), accepted.effectiveOn());
        }
        return toBe;
    }

    /**
     * Whether {@code user} of {@code body} is on the receiving side of a handover proposed to {@code toBody} (for
     * {@code coordinator}, if the proposal named one): who may accept or decline it.
     */
    public static boolean receives(String user, Body body, Body toBody, String coordinator) {
        return toBody.equals(body) && (coordinator == null || coordinator.equals(user));
    }

    /**
     * Which body holds the open risks of a handover in {@code status} ({@code PENDING}, {@code ACCEPTED}, …): the
     * proposing body while it is pending, the receiving body once it accepted it, none otherwise.
     */
    public static java.util.Optional<Body> riskHolder(String status, Body fromBody, Body toBody) {
        return switch (status) {
            case "PENDING" -> java.util.Optional.of(fromBody);
            case "ACCEPTED" -> java.util.Optional.of(toBody);
            default -> java.util.Optional.empty();
        };
    }

    private HandoverProposed receivable(HandoverId id, Signatory answering, String step) {
        HandoverProposed proposal = pending(id, "answered").proposal();
        if (!receives(answering.user(), answering.body(), proposal.toBody(), proposal.receivingCoordinator())) {
            throw NOT_THE_RECEIVING_SIDE.broken(null, answering.user() + " (" + describe(answering.body())
                    + ") cannot " + step + " handover " + id + ": it is proposed to " + proposal.toBody()
                    + (proposal.receivingCoordinator() == null ? "" : ", for " + proposal.receivingCoordinator()));
        }
        return proposal;
    }

    private Handover pending(HandoverId id, String step) {
        Handover handover = handovers.get(id);
        if (handover == null) {
            throw new UnknownRecord(Kind.HANDOVER, id.value());
        }
        if (handover.status() != Status.PENDING) {
            throw HANDOVER_NOT_PENDING.broken(null, "handover " + id + " is " + handover.status().name().toLowerCase()
                    + "; only a pending handover is " + step);
        }
        return handover;
    }

    private static void requireReason(String reason, String step) {
        if (reason == null || reason.isBlank()) {
            throw HANDOVER_ANSWER_NEEDS_REASON.broken("reason", step + " a handover needs a reason");
        }
    }

    private static String scopeText(List<Sector> sectors) {
        return sectors.isEmpty() ? "the whole case" : "sectors " + sectors;
    }

    private static String describe(Body body) {
        return body == null ? "of no body" : "of " + body;
    }
}
