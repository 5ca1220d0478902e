package org.casebook.kernel.handover;

import org.casebook.kernel.crisis.CrisisCommand;
import org.casebook.kernel.crisis.CaseId;

/** The proposing side takes its proposal back before it is answered. */
public record WithdrawHandover(CaseId crisisId, HandoverId handoverId, String reason, Signatory withdrawer)
        implements CrisisCommand {
}
