package org.casebook.kernel.handover;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;

/** The receiving side declined the handover; the lead stays where it was. */
@EventType(name = "HandoverDeclined", revision = "1")
public record HandoverDeclined(CaseId crisisId, HandoverId handoverId, String reason, Signatory declinedBy)
        implements HandoverEvent {
}
