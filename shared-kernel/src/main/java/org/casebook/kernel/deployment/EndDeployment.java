package org.casebook.kernel.deployment;

import java.time.LocalDate;

import org.casebook.kernel.crisis.CrisisId;

/** The responder left the case (was demobilized) on {@code endedOn}, the last day served. */
public record EndDeployment(DeploymentId deploymentId, CrisisId crisisId, LocalDate endedOn, String note)
        implements DeploymentCommand {
}
