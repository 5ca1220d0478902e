package org.casebook.command.deployment;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.casebook.command.CommandMetadata;
import org.casebook.command.crisis.Crisis;
import org.casebook.command.responder.Responder;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.deployment.ApproveDeployment;
import org.casebook.kernel.deployment.CancelDeployment;
import org.casebook.kernel.deployment.CloseOutDeployment;
import org.casebook.kernel.deployment.DeploymentCommand;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.deployment.EndDeployment;
import org.casebook.kernel.deployment.ExtendDeployment;
import org.casebook.kernel.deployment.RequestDeployment;
import org.casebook.kernel.deployment.RescheduleDeployment;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.kernel.responder.ResponderId;
import org.springframework.stereotype.Component;

/**
 * The deployment commands that concern a responder as well as a deployment (request, approve, reschedule, extend,
 * cancel, end, close out). Each loads both and records their
 * events in one unit of work, which the journal stores as one commit: the deployment and the responder's bookings
 * never disagree, and two approvals racing for the same responder cannot both be stored (the second conflicts on
 * the responder's stream, is applied again, and then finds the clash).
 */
@Component
public record DeploymentDesk(Repository<Deployment> deployments, Repository<Responder> responders,
                             Repository<Crisis> crises) {

    /** If-Match names the version of the case the request is for: the deployment does not exist yet. */
    @CommandHandler
    public DeploymentId handle(RequestDeployment command,
                               @MetaDataValue(CommandMetadata.EXPECTED_VERSION) Long expectedVersion,
                               @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) throws Exception {
        found(Kind.CASE, command.crisisId().value(), () -> crises.load(command.crisisId().value()))
                .execute(crisis -> {
                    crisis.requireExpectedVersion(expectedVersion);
                    crisis.requireEffectiveSinceOpening(effectiveAt);
                    crisis.requireOpenTo("request a deployment");
                });
        responder(command.responderId(), effectiveAt)
                .execute(responder -> responder.checkCanBeRequested(command.skill()));
        deployments.newInstance(() -> new Deployment(command));
        return command.deploymentId();
    }

    @CommandHandler
    public void handle(ApproveDeployment command,
                       @MetaDataValue(CommandMetadata.EXPECTED_VERSION) Long expectedVersion,
                       @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) throws Exception {
        Aggregate<Deployment> deployment = deployment(command, expectedVersion, effectiveAt);
        Deployment.Booking booking = deployment.invoke(Deployment::toApprove);
        responder(booking.responderId(), effectiveAt)
                .execute(responder -> responder.book(command.deploymentId(), booking.crisisId(), booking.role(),
                                                     booking.period()));
        deployment.execute(Deployment::approve);
    }

    @CommandHandler
    public void handle(ExtendDeployment command,
                       @MetaDataValue(CommandMetadata.EXPECTED_VERSION) Long expectedVersion,
                       @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) throws Exception {
        Aggregate<Deployment> deployment = deployment(command, expectedVersion, effectiveAt);
        Deployment.Booking booking = deployment.invoke(d -> d.toExtend(command.end()));
        responder(booking.responderId(), effectiveAt).execute(
                responder -> responder.rebook(command.deploymentId(), booking.period(), command.overrideReason()));
        deployment.execute(d -> d.extend(booking.period(), command.overrideReason()));
    }

    /** A change of dates before the start (to start earlier, say): the responder is booked for the new days. */
    @CommandHandler
    public void handle(RescheduleDeployment command,
                       @MetaDataValue(CommandMetadata.EXPECTED_VERSION) Long expectedVersion,
                       @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) throws Exception {
        Aggregate<Deployment> deployment = deployment(command, expectedVersion, effectiveAt);
        Deployment.Booking booking = deployment.invoke(d -> d.toReschedule(command.period(), command.reason()));
        responder(booking.responderId(), effectiveAt).execute(
                responder -> responder.rebook(command.deploymentId(), booking.period(), command.overrideReason()));
        deployment.execute(d -> d.reschedule(booking.period(), command.reason(), command.overrideReason()));
    }

    @CommandHandler
    public void handle(CancelDeployment command,
                       @MetaDataValue(CommandMetadata.EXPECTED_VERSION) Long expectedVersion,
                       @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) throws Exception {
        Aggregate<Deployment> deployment = deployment(command, expectedVersion, effectiveAt);
        ResponderId responderId = deployment.invoke(Deployment::toCancel);
        deployment.execute(d -> d.cancel(command.reason()));
        responder(responderId, effectiveAt).execute(responder -> responder.cancel(command.deploymentId()));
    }

    @CommandHandler
    public void handle(EndDeployment command,
                       @MetaDataValue(CommandMetadata.EXPECTED_VERSION) Long expectedVersion,
                       @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) throws Exception {
        Aggregate<Deployment> deployment = deployment(command, expectedVersion, effectiveAt);
        ResponderId responderId = deployment.invoke(d -> d.toEnd(command.endedOn()));
        responder(responderId, effectiveAt)
                .execute(responder -> responder.release(command.deploymentId(), command.endedOn()));
        deployment.execute(d -> d.end(command.endedOn(), command.note()));
    }

    @CommandHandler
    public void handle(CloseOutDeployment command) throws Exception {
        Aggregate<Deployment> deployment = deployment(command, null, null);
        switch (deployment.invoke(Deployment::closeOut)) {
            case WITHDRAW -> deployment.execute(d -> d.withdraw(command.reason()));
            case CANCEL -> {
                ResponderId responderId = deployment.invoke(Deployment::toCancel);
                deployment.execute(d -> d.cancel(command.reason()));
                responder(responderId, null).execute(responder -> responder.cancel(command.deploymentId()));
            }
            case END -> {
                LocalDate lastDay = deployment.invoke(d -> d.lastDayBy(command.closedOn()));
                ResponderId responderId = deployment.invoke(d -> d.toEnd(lastDay));
                responder(responderId, null).execute(responder -> responder.release(command.deploymentId(), lastDay));
                deployment.execute(d -> d.end(lastDay, command.reason()));
            }
            case NOTHING -> {
            }
        }
    }

    /** The deployment, if under the command's case, at the version expected, and requested before effectiveAt. */
    private Aggregate<Deployment> deployment(DeploymentCommand command, Long expectedVersion, String effectiveAt)
            throws Exception {
        Aggregate<Deployment> deployment =
                found(Kind.DEPLOYMENT, command.targetId(), () -> deployments.load(command.targetId()));
        deployment.execute(d -> {
            d.requireCase(command);
            d.requireExpectedVersion(expectedVersion);
            d.requireEffectiveSinceRequest(effectiveAt);
        });
        return deployment;
    }

    /**
     * The responder a step of a deployment concerns, held to what their own commands are held to (which the
     * responder's command handler interceptors check only on those): on the roster, and nothing of theirs taking
     * effect before they were registered. What a booking asks of the responder (free days, their availability as
     * registered or changed since, their tour limit) the responder checks as it books.
     */
    private Aggregate<Responder> responder(ResponderId id, String effectiveAt) throws Exception {
        Aggregate<Responder> responder = found(Kind.RESPONDER, id.value(), () -> responders.load(id.value()));
        responder.execute(r -> r.requireEffectiveSinceRegistration(effectiveAt));
        return responder;
    }

    private static <T> Aggregate<T> found(Kind kind, String id, Callable<Aggregate<T>> load) throws Exception {
        try {
            return load.call();
        } catch (AggregateNotFoundException e) {
            throw new UnknownRecord(kind, id);
        }
    }
}
