package org.casebook.kernel.crisis;

import org.casebook.kernel.EventType;

/** A move between open stages; {@code reason} is null for a plain step forward. */
@EventType(name = "CrisisMovedToStage", revision = "1")
public record CrisisMovedToStage(CaseId crisisId, Stage from, Stage to, String reason) implements CrisisEvent {
}
