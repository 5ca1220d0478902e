package org.casebook.kernel.handover;

import java.time.LocalDate;
import java.util.List;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.Sector;

/**
 * {@code toBody} accepted the lead of the case (or of {@code sectors}) from {@code fromBody}, effective on
 * {@code effectiveOn}; {@code acceptedBy} was shown the handover brief whose digest is {@code briefDigest}.
 * {@code leadMoves} says when the lead moved: on effective date (a {@link LeadTransferred} follows then), or, for
 * acceptances recorded before revision 2, at once. {@code acceptorName} is the accepting coordinator as the directory
 * named them then (their display name, such as "J. Okafor"); an acceptance recorded before revision 3 reads with
 * the account's login name, as the views showed it then.
 */
@EventType(name = "HandoverAccepted", revision = "3")
public record HandoverAccepted(
        CaseId crisisId,
        HandoverId handoverId,
        Body fromBody,
        Body toBody,
        List<Sector> sectors,
        Signatory acceptedBy,
        String acceptorName,
        String briefDigest,
        LocalDate effectiveOn,
        LeadMove leadMoves) implements HandoverEvent {

    public HandoverAccepted {
        sectors = List.copyOf(sectors);
    }
}
