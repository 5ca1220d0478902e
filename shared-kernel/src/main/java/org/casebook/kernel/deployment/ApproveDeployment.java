package org.casebook.kernel.deployment;

import org.casebook.kernel.crisis.CaseId;

/** Approves a requested deployment, which books the responder for its period. */
public record ApproveDeployment(DeploymentId deploymentId, CaseId crisisId) implements DeploymentCommand {
}
