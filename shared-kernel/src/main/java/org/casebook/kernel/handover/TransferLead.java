package org.casebook.kernel.handover;

import org.casebook.kernel.crisis.CrisisCommand;
import org.casebook.kernel.crisis.CaseId;

/** Sent by Casebook itself on an accepted handover's effective date: the lead moves to the receiving body. */
public record TransferLead(CaseId crisisId, HandoverId handoverId) implements CrisisCommand {
}
