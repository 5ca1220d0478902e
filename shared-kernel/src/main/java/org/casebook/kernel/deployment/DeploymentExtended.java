package org.casebook.kernel.deployment;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;

/** The deployment now covers {@code period}; {@code overrideReason} says why a tour over the limit was allowed, or is null. */
@EventType(name = "DeploymentExtended", revision = "1")
public record DeploymentExtended(
        DeploymentId deploymentId,
        CaseId crisisId,
        Period period,
        String overrideReason) implements DeploymentEvent {
}
