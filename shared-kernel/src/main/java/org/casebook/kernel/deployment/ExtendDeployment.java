package org.casebook.kernel.deployment;

import java.time.LocalDate;

import org.casebook.kernel.crisis.CaseId;

/**
 * Moves the end of a deployment later. A tour longer than the responder's limit needs {@code overrideReason};
 * otherwise it is null.
 */
public record ExtendDeployment(DeploymentId deploymentId, CaseId crisisId, LocalDate end, String overrideReason)
        implements DeploymentCommand {
}
