package org.casebook.kernel.deployment;

import java.time.LocalDate;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;

/** The responder served until {@code endedOn}, included. */
@EventType(name = "DeploymentEnded", revision = "1")
public record DeploymentEnded(
        DeploymentId deploymentId,
        CaseId crisisId,
        LocalDate endedOn,
        String note) implements DeploymentEvent {
}
