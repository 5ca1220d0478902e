package org.casebook.kernel.deployment;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;

@EventType(name = "DeploymentStarted", revision = "1")
public record DeploymentStarted(DeploymentId deploymentId, CaseId crisisId) implements DeploymentEvent {
}
