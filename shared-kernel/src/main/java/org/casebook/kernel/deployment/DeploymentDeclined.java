package org.casebook.kernel.deployment;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CrisisId;

@EventType(name = "DeploymentDeclined", revision = "1")
public record DeploymentDeclined(
        DeploymentId deploymentId,
        CrisisId crisisId,
        String reason) implements DeploymentEvent {
}
