package org.casebook.kernel.handover;

import java.time.Instant;

import org.casebook.kernel.crisis.CrisisCommand;
import org.casebook.kernel.crisis.CaseId;

/** Sent by Casebook itself when a pending handover passed its answer deadline. */
public record EscalateHandover(CaseId crisisId, HandoverId handoverId, Instant deadline) implements CrisisCommand {
}
