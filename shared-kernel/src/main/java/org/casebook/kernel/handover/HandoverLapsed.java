package org.casebook.kernel.handover;

import java.time.Instant;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;

/** The handover was still unanswered at its last {@code deadline}: it is no longer pending, the lead stays. */
@EventType(name = "HandoverLapsed", revision = "1")
public record HandoverLapsed(CaseId crisisId, HandoverId handoverId, Instant deadline) implements HandoverEvent {
}
