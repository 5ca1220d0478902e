package org.casebook.kernel.deployment;

import org.casebook.kernel.crisis.CrisisId;

public record DeclineDeployment(DeploymentId deploymentId, CrisisId crisisId, String reason)
        implements DeploymentCommand {
}
