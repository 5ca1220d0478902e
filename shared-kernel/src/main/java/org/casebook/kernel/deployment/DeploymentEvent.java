package org.casebook.kernel.deployment;

import org.casebook.kernel.crisis.CaseId;

/** An entry in the record of one deployment; each names the case it is for. */
public sealed interface DeploymentEvent
        permits DeploymentRequested, DeploymentApproved, DeploymentDeclined, DeploymentWithdrawn, DeploymentStarted,
        DeploymentExtended, DeploymentEnded, DeploymentCancelled, DeploymentRescheduled {

    DeploymentId deploymentId();

    CaseId crisisId();
}
