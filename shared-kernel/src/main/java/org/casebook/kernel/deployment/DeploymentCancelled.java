package org.casebook.kernel.deployment;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;

/** An approved deployment was called off before it started. */
@EventType(name = "DeploymentCancelled", revision = "1")
public record DeploymentCancelled(DeploymentId deploymentId, CaseId crisisId, String reason)
        implements DeploymentEvent {
}
