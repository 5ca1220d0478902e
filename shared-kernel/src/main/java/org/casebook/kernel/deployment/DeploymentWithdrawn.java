package org.casebook.kernel.deployment;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;

@EventType(name = "DeploymentWithdrawn", revision = "1")
public record DeploymentWithdrawn(
        DeploymentId deploymentId,
        CaseId crisisId,
        String reason) implements DeploymentEvent {
}
