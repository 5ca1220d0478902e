package org.casebook.kernel.handover;

import java.time.LocalDate;
import java.util.List;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.Sector;

/**
 * The lead of the case (or of {@code sectors}) passed from {@code fromBody} to {@code toBody} on
 * {@code effectiveOn}, the effective date of the accepted handover {@code handoverId}. Until then the case was led
 * by {@code fromBody}, with {@code toBody} incoming.
 */
@EventType(name = "LeadTransferred", revision = "1")
public record LeadTransferred(
        CaseId crisisId,
        HandoverId handoverId,
        Body fromBody,
        Body toBody,
        List<Sector> sectors,
        LocalDate effectiveOn) implements HandoverEvent {

    public LeadTransferred {
        sectors = List.copyOf(sectors);
    }
}
