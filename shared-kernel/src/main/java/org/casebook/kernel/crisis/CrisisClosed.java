package org.casebook.kernel.crisis;

import org.casebook.kernel.EventType;

/** The case was closed from stage {@code from}, with its outcome; {@code reason} may be null. */
@EventType(name = "CrisisClosed", revision = "1")
public record CrisisClosed(CaseId crisisId, Stage from, String outcome, String reason) implements CrisisEvent {
}
