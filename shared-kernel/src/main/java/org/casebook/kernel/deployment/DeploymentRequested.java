package org.casebook.kernel.deployment;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.kernel.responder.Skill;

/** A coordinator asked for a responder for a case. */
@EventType(name = "DeploymentRequested", revision = "1")
public record DeploymentRequested(
        DeploymentId deploymentId,
        CaseId crisisId,
        ResponderId responderId,
        DeploymentRole role,
        Sector sector,
        Skill skill,
        Period period) implements DeploymentEvent {
}
