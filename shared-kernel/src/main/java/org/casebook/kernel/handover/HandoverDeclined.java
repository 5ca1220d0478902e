package org.casebook.kernel.handover;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CrisisId;

/** The receiving side declined the handover; the lead stays where it was. */
@EventType(name = "HandoverDeclined", revision = "1")
public record HandoverDeclined(CrisisId crisisId, HandoverId handoverId, String reason, Signatory declinedBy)
        implements HandoverEvent {
}
