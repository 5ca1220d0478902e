package org.casebook.kernel.deployment;

import org.casebook.kernel.crisis.CrisisId;

/** The requester takes back a request that has not been answered. */
public record WithdrawDeployment(DeploymentId deploymentId, CrisisId crisisId, String reason)
        implements DeploymentCommand {
}
