package org.casebook.kernel.deployment;

import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.kernel.responder.Skill;

/** Asks for a responder, who has the {@code skill} needed, to serve on a case in a role and sector for a period. */
public record RequestDeployment(DeploymentId deploymentId, CaseId crisisId, ResponderId responderId,
                                DeploymentRole role, Sector sector, Skill skill, Period period)
        implements DeploymentCommand {
}
