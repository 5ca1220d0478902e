package org.casebook.kernel.responder;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.deployment.DeploymentRole;
import org.casebook.kernel.deployment.Period;

/**
 * The responder is booked for a deployment to a case, in a role, for {@code period}: no other booking may overlap
 * it.
 */
@EventType(name = "ResponderBooked", revision = "1")
public record ResponderBooked(ResponderId responderId, DeploymentId deploymentId, CaseId crisisId,
                              DeploymentRole role, Period period) implements ResponderEvent {
}
