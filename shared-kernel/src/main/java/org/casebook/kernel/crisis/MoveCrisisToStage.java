package org.casebook.kernel.crisis;

/**
 * Move a case to a stage. {@code reason} is needed to skip ahead or to move back; {@code outcome} is needed to
 * close. Both may be null otherwise.
 */
public record MoveCrisisToStage(CaseId crisisId, Stage stage, String reason, String outcome)
        implements CrisisCommand {
}
