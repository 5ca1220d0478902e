package org.casebook.query.handover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.HandoverEvent;
import org.casebook.kernel.handover.LeadMove;
import org.casebook.kernel.handover.LeadTransferred;

/**
 * Who leads a case, as its handovers change it: the body leading the whole case and its coordinator, since when
 * ({@code since}, null for the lead named at opening), the bodies leading sectors handed over on their own, and the
 * accepted handovers whose lead has not moved yet ({@code incoming}). The lead moves on a handover's effective
 * date, when Casebook records it; an acceptance recorded before acceptances said so moved it at once. Pure.
 */
public record Leadership(String body, String coordinator, LocalDate since, Map<Sector, String> sectors,
                         List<IncomingLead> incoming) {

    /** A body accepted as lead of the case (or of {@code sectors}) from {@code effectiveOn}, not leading yet. */
    public record IncomingLead(String handoverId, String body, List<Sector> sectors, LocalDate effectiveOn,
                               String coordinator) {
    }

    public Leadership {
        Map<Sector, String> copy = new EnumMap<>(Sector.class);
        if (sectors != null) {
            copy.putAll(sectors);
        }
        sectors = Collections.unmodifiableMap(copy);
        incoming = incoming == null ? List.of() : List.copyOf(incoming);
    }

    /** The accepted handovers of the whole case whose lead has not moved yet, in the order they will move. */
    public List<IncomingLead> incomingForWholeCase() {
        return incoming.stream().filter(lead -> lead.sectors().isEmpty()).toList();
    }

    /** The leadership after a handover entry. */
    public Leadership after(HandoverEvent event) {
        if (event instanceof HandoverAccepted accepted) {
            IncomingLead lead = new IncomingLead(accepted.handoverId().value(), accepted.toBody().value(),
                                                 accepted.sectors(), accepted.effectiveOn(),
                                                 accepted.acceptorName());
            if (accepted.leadMoves() == LeadMove.ON_ACCEPTANCE) {
                return movedTo(lead);
            }
            List<IncomingLead> awaited = new ArrayList<>(incoming);
            awaited.add(lead);
            return new Leadership(body, coordinator, since, sectors, awaited);
        }
        if (event instanceof LeadTransferred transferred) {
            return incoming.stream().filter(lead -> lead.handoverId().equals(transferred.handoverId().value()))
                           .findFirst().map(this::movedTo).orElse(this);
        }
        return this;
    }

    /** The leadership once the body leading the whole case was corrected: the same lead, of {@code toBody}. */
    public Leadership corrected(String toBody) {
        return new Leadership(toBody, coordinator, since, sectors, incoming);
    }

    private Leadership movedTo(IncomingLead lead) {
        List<IncomingLead> awaited = incoming.stream().filter(other -> other != lead).toList();
        if (lead.sectors().isEmpty()) {
            return new Leadership(lead.body(), lead.coordinator(), lead.effectiveOn(), sectors, awaited);
        }
        Map<Sector, String> moved = new EnumMap<>(Sector.class);
        moved.putAll(sectors);
        lead.sectors().forEach(sector -> moved.put(sector, lead.body()));
        return new Leadership(body, coordinator, since, moved, awaited);
    }
}
