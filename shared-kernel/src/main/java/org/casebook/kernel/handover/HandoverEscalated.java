package org.casebook.kernel.handover;

import java.time.Instant;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;

/** The handover was still unanswered at {@code deadline}; it stays pending, and the case is flagged. */
@EventType(name = "HandoverEscalated", revision = "1")
public record HandoverEscalated(CaseId crisisId, HandoverId handoverId, Instant deadline)
        implements HandoverEvent {
}
