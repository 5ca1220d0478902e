package org.casebook.kernel.deployment;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CrisisId;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.kernel.responder.Skill;

/** A coordinator asked for a responder for a case. */
@EventType(name = "DeploymentRequested", revision = "1")
public record DeploymentRequested(
        DeploymentId deploymentId,
        CrisisId crisisId,
        ResponderId responderId,
        DeploymentRole role,
        Sector sector,
        Skill skill,
        Period period) implements DeploymentEvent {
}
