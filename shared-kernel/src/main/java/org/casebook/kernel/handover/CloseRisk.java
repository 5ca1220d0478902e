package org.casebook.kernel.handover;

import org.casebook.kernel.crisis.CrisisCommand;
import org.casebook.kernel.crisis.CaseId;

/**
 * Records that risk {@code risk} (numbered from 1, in the order the proposal listed them) of a handover is
 * closed, saying why: a risk handed over stays open until then.
 */
public record CloseRisk(CaseId crisisId, HandoverId handoverId, int risk, String reason, Signatory closer)
        implements CrisisCommand {
}
