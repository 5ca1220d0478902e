package org.casebook.kernel.deployment;

import org.casebook.kernel.AddressedCommand;
import org.casebook.kernel.crisis.CaseId;

/** A command addressed to one deployment, of the case it names (a deployment of another case is not found). */
public interface DeploymentCommand extends AddressedCommand {

    DeploymentId deploymentId();

    CaseId crisisId();

    @Override
    default String targetId() {
        return deploymentId().value();
    }
}
