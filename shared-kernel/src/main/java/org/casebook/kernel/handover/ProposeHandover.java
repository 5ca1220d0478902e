package org.casebook.kernel.handover;

import java.time.LocalDate;
import java.util.List;

import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.CrisisCommand;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.Sector;

/**
 * Propose to hand the lead of a case over to {@code toBody}: of the whole case when {@code sectors} is empty,
 * otherwise of those sectors. {@code receivingCoordinator} (nullable) is the user who is to answer.
 */
public record ProposeHandover(
        CaseId crisisId,
        Body toBody,
        String receivingCoordinator,
        List<Sector> sectors,
        List<OpenItem> openItems,
        List<String> risks,
        LocalDate proposedEffectiveOn,
        Signatory proposer) implements CrisisCommand {

    public ProposeHandover {
        sectors = List.copyOf(sectors);
        openItems = List.copyOf(openItems);
        risks = List.copyOf(risks);
    }
}
