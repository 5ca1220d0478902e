package org.casebook.kernel.deployment;

import java.time.LocalDate;

import org.casebook.kernel.crisis.CaseId;

/**
 * The case closed on {@code closedOn}: a request still awaiting an answer is withdrawn, an approved deployment that
 * has not started is cancelled, and one under way ends (on {@code closedOn}, or on its last day if that came
 * first). A deployment that is over already stays as it is.
 */
public record CloseOutDeployment(DeploymentId deploymentId, CaseId crisisId, LocalDate closedOn, String reason)
        implements DeploymentCommand {
}
