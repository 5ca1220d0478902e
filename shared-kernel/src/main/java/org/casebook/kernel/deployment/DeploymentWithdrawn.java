package org.casebook.kernel.deployment;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CrisisId;

@EventType(name = "DeploymentWithdrawn", revision = "1")
public record DeploymentWithdrawn(
        DeploymentId deploymentId,
        CrisisId crisisId,
        String reason) implements DeploymentEvent {
}
