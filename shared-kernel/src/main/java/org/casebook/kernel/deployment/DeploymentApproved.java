package org.casebook.kernel.deployment;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.responder.ResponderId;

/** The request was approved and the responder booked for its period. */
@EventType(name = "DeploymentApproved", revision = "1")
public record DeploymentApproved(
        DeploymentId deploymentId,
        CaseId crisisId,
        ResponderId responderId) implements DeploymentEvent {
}
