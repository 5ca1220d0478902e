package org.casebook.kernel.deployment;

import java.time.LocalDate;

import org.casebook.kernel.crisis.CaseId;

/** The responder left the case (was demobilized) on {@code endedOn}, the last day served. */
public record EndDeployment(DeploymentId deploymentId, CaseId crisisId, LocalDate endedOn, String note)
        implements DeploymentCommand {
}
