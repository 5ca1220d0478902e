package org.casebook.kernel.deployment;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;

@EventType(name = "DeploymentDeclined", revision = "1")
public record DeploymentDeclined(
        DeploymentId deploymentId,
        CaseId crisisId,
        String reason) implements DeploymentEvent {
}
