package org.casebook.kernel.deployment;

import org.casebook.kernel.crisis.CaseId;

/** Calls off an approved deployment before it starts, which frees the responder's booking. */
public record CancelDeployment(DeploymentId deploymentId, CaseId crisisId, String reason)
        implements DeploymentCommand {
}
