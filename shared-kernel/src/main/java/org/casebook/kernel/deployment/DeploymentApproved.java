package org.casebook.kernel.deployment;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CrisisId;
import org.casebook.kernel.responder.ResponderId;

/** The request was approved and the responder booked for its period. */
@EventType(name = "DeploymentApproved", revision = "1")
public record DeploymentApproved(
        DeploymentId deploymentId,
        CrisisId crisisId,
        ResponderId responderId) implements DeploymentEvent {
}
