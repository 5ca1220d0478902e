package org.casebook.kernel.deployment;

import org.casebook.kernel.crisis.CaseId;

/**
 * An approved deployment that has not started is moved to other days, for a {@code reason} (for example, to start
 * earlier than planned); {@code overrideReason} allows a tour over the responder's limit, or is null.
 */
public record RescheduleDeployment(DeploymentId deploymentId, CaseId crisisId, Period period, String reason,
                                   String overrideReason) implements DeploymentCommand {
}
