package org.casebook.kernel.handover;

import org.casebook.kernel.crisis.CrisisCommand;
import org.casebook.kernel.crisis.CaseId;

/** The receiving side refuses the handover, saying why. */
public record DeclineHandover(CaseId crisisId, HandoverId handoverId, String reason, Signatory decliner)
        implements CrisisCommand {
}
