package org.casebook.kernel.crisis;

/** Reopen a closed case; it returns to the stage it was closed from. */
public record ReopenCrisis(CaseId crisisId, String reason) implements CrisisCommand {
}
