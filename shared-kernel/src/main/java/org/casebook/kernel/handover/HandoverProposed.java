package org.casebook.kernel.handover;

import java.time.LocalDate;
import java.util.List;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.Sector;

/**
 * {@code fromBody}, leading the case (or the {@code sectors} named; none means the whole case), proposed to hand
 * that lead to {@code toBody}, with the work left open and the risks known, from {@code proposedEffectiveOn}.
 */
@EventType(name = "HandoverProposed", revision = "1")
public record HandoverProposed(
        CaseId crisisId,
        HandoverId handoverId,
        Body fromBody,
        Body toBody,
        String receivingCoordinator,
        List<Sector> sectors,
        List<OpenItem> openItems,
        List<String> risks,
        LocalDate proposedEffectiveOn,
        Signatory proposedBy) implements HandoverEvent {

    public HandoverProposed {
        sectors = List.copyOf(sectors);
        openItems = List.copyOf(openItems);
        risks = List.copyOf(risks);
    }
}
