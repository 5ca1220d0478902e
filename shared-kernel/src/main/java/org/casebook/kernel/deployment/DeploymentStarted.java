package org.casebook.kernel.deployment;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CrisisId;

@EventType(name = "DeploymentStarted", revision = "1")
public record DeploymentStarted(DeploymentId deploymentId, CrisisId crisisId) implements DeploymentEvent {
}
