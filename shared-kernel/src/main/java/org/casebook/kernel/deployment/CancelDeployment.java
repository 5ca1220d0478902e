package org.casebook.kernel.deployment;

import org.casebook.kernel.crisis.CrisisId;

/** Calls off an approved deployment before it starts, which frees the responder's booking. */
public record CancelDeployment(DeploymentId deploymentId, CrisisId crisisId, String reason)
        implements DeploymentCommand {
}
