package org.casebook.kernel.responder;

import org.casebook.kernel.EventType;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.deployment.Period;

/** A booking of the responder now covers {@code period}: extended, or cut short when the deployment ended. */
@EventType(name = "ResponderBookingChanged", revision = "1")
public record ResponderBookingChanged(ResponderId responderId, DeploymentId deploymentId, Period period)
        implements ResponderEvent {
}
