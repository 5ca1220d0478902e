package org.casebook.kernel.deployment;

import org.casebook.kernel.crisis.CaseId;

public record DeclineDeployment(DeploymentId deploymentId, CaseId crisisId, String reason)
        implements DeploymentCommand {
}
