package org.casebook.kernel.responder;

import org.casebook.kernel.EventType;
import org.casebook.kernel.deployment.DeploymentId;

/** A booking of the responder was called off before the deployment started: its days are free again. */
@EventType(name = "ResponderBookingCancelled", revision = "1")
public record ResponderBookingCancelled(ResponderId responderId, DeploymentId deploymentId)
        implements ResponderEvent {
}
