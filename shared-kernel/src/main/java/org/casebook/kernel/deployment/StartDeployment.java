package org.casebook.kernel.deployment;

import org.casebook.kernel.crisis.CrisisId;

/** An approved deployment started: the responder is on the ground. */
public record StartDeployment(DeploymentId deploymentId, CrisisId crisisId) implements DeploymentCommand {
}
