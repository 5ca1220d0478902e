package org.casebook.kernel.deployment;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;

/**
 * Before it started, the deployment was moved to {@code period}, for {@code reason}; {@code overrideReason} says
 * why a tour over the limit was allowed, or is null.
 */
@EventType(name = "DeploymentRescheduled", revision = "1")
public record DeploymentRescheduled(
        DeploymentId deploymentId,
        CaseId crisisId,
        Period period,
        String reason,
        String overrideReason) implements DeploymentEvent {
}
