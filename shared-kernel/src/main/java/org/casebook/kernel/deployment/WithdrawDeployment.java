package org.casebook.kernel.deployment;

import org.casebook.kernel.crisis.CaseId;

/** The requester takes back a request that has not been answered. */
public record WithdrawDeployment(DeploymentId deploymentId, CaseId crisisId, String reason)
        implements DeploymentCommand {
}
