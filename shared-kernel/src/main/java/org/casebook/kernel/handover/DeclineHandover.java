package org.casebook.kernel.handover;

import org.casebook.kernel.crisis.CrisisCommand;
import org.casebook.kernel.crisis.CrisisId;

/** The receiving side refuses the handover, saying why. */
public record DeclineHandover(CrisisId crisisId, HandoverId handoverId, String reason, Signatory decliner)
        implements CrisisCommand {
}
