package org.casebook.kernel.handover;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.kernel.crisis.CaseId;

/**
 * Risk {@code risk} (numbered from 1, in the order its proposal listed them) of a handover is closed. Not a step of
 * the handover itself (so not a {@link HandoverEvent}): the handover's status is unchanged.
 */
@EventType(name = "RiskClosed", revision = "1")
public record RiskClosed(CaseId crisisId, HandoverId handoverId, int risk, String reason, Signatory closedBy)
        implements CrisisEvent {
}
