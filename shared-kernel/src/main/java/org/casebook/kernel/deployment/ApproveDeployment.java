package org.casebook.kernel.deployment;

import org.casebook.kernel.crisis.CrisisId;

/** Approves a requested deployment, which books the responder for its period. */
public record ApproveDeployment(DeploymentId deploymentId, CrisisId crisisId) implements DeploymentCommand {
}
