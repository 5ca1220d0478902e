package org.casebook.kernel.deployment;

import org.casebook.kernel.crisis.CaseId;

/** An approved deployment started: the responder is on the ground. */
public record StartDeployment(DeploymentId deploymentId, CaseId crisisId) implements DeploymentCommand {
}
