package org.casebook.kernel.handover;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;

/** The proposing side took the handover back before it was answered. */
@EventType(name = "HandoverWithdrawn", revision = "1")
public record HandoverWithdrawn(CaseId crisisId, HandoverId handoverId, String reason, Signatory withdrawnBy)
        implements HandoverEvent {
}
