package org.casebook.kernel.handover;

import org.casebook.kernel.crisis.CrisisCommand;
import org.casebook.kernel.crisis.CrisisId;

/** The proposing side takes its proposal back before it is answered. */
public record WithdrawHandover(CrisisId crisisId, HandoverId handoverId, String reason, Signatory withdrawer)
        implements CrisisCommand {
}
