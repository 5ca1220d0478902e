package org.casebook.command.deployment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.casebook.command.Actor;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.CloseOutDeployment;
import org.casebook.kernel.deployment.DeploymentCancelled;
import org.casebook.kernel.deployment.DeploymentDeclined;
import org.casebook.kernel.deployment.DeploymentEnded;
import org.casebook.kernel.deployment.DeploymentEvent;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.deployment.DeploymentRequested;
import org.casebook.kernel.deployment.DeploymentWithdrawn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeps a case and its deployments in agreement: from a deployment's request until it is over, it follows the
 * case, and if the case closes, it closes the deployment out ({@link CloseOutDeployment}: withdrawn, cancelled or
 * ended, whichever its state then calls for, decided by the deployment itself). The entries it causes are recorded
 * as by {@code casebook} in the role {@code SYSTEM}, effective when the case closed.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class DeploymentsOfAClosingCase {

    private DeploymentId deploymentId;
    private CaseId crisisId;

    @Autowired
    private transient CommandGateway commands;

    @StartSaga
    @SagaEventHandler(associationProperty = "deploymentId")
    public void on(DeploymentRequested event) {
        deploymentId = event.deploymentId();
        crisisId = event.crisisId();
        SagaLifecycle.associateWith("crisisId", crisisId.value());
    }

    @SagaEventHandler(associationProperty = "crisisId")
    public void on(CrisisClosed event, @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt,
                   @Timestamp Instant recordedAt) {
        Instant closedAt = effectiveAt == null ? recordedAt : Instant.parse(effectiveAt);
        LocalDate closedOn = closedAt.atZone(ZoneOffset.UTC).toLocalDate();
        commands.sendAndWait(new CloseOutDeployment(deploymentId, crisisId, closedOn,
                                                    "The case was closed: " + event.outcome()),
                             MetaData.with(RecordMetadata.USER, Actor.CASEBOOK.user())
                                     .and(RecordMetadata.ROLE, Actor.CASEBOOK.role())
                                     .and(RecordMetadata.EFFECTIVE_AT, closedAt.toString()));
    }

    /** A deployment declined, withdrawn, cancelled or ended is over: it no longer follows its case. */
    @SagaEventHandler(associationProperty = "deploymentId")
    public void on(DeploymentEvent event) {
        if (event instanceof DeploymentDeclined || event instanceof DeploymentWithdrawn
                || event instanceof DeploymentCancelled || event instanceof DeploymentEnded) {
            SagaLifecycle.end();
        }
    }
}
