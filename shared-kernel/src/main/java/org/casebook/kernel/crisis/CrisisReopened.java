package org.casebook.kernel.crisis;

import org.casebook.kernel.EventType;

/** A closed case was reopened and returned to {@code stage}, the stage it was closed from. */
@EventType(name = "CrisisReopened", revision = "1")
public record CrisisReopened(CaseId crisisId, Stage stage, String reason) implements CrisisEvent {
}
