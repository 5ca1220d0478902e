package org.casebook.command.deployment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.casebook.command.deployment.DeploymentRule.ANSWER_NEEDS_REASON;
import static org.casebook.command.deployment.DeploymentRule.END_OUTSIDE_PERIOD;
import static org.casebook.command.deployment.DeploymentRule.EXTENSION_MUST_END_LATER;
import static org.casebook.command.deployment.DeploymentRule.NOT_APPROVED;
import static org.casebook.command.deployment.DeploymentRule.NOT_AWAITING_AN_ANSWER;
import static org.casebook.command.deployment.DeploymentRule.NOT_UNDER_WAY;
import static org.casebook.command.deployment.DeploymentRule.START_OUTSIDE_PERIOD;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebook.command.EffectiveTime;
import org.casebook.kernel.refusal.Mention;
import org.casebook.command.Versioned;
import org.casebook.command.StaleVersion;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.DeclineDeployment;
import org.casebook.kernel.deployment.DeploymentApproved;
import org.casebook.kernel.deployment.DeploymentCancelled;
import org.casebook.kernel.deployment.DeploymentCommand;
import org.casebook.kernel.deployment.DeploymentDeclined;
import org.casebook.kernel.deployment.DeploymentEnded;
import org.casebook.kernel.deployment.DeploymentEvent;
import org.casebook.kernel.deployment.DeploymentExtended;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.deployment.DeploymentRequested;
import org.casebook.kernel.deployment.DeploymentRescheduled;
import org.casebook.kernel.deployment.DeploymentRole;
import org.casebook.kernel.deployment.DeploymentStarted;
import org.casebook.kernel.deployment.DeploymentWithdrawn;
import org.casebook.kernel.deployment.Period;
import org.casebook.kernel.deployment.RequestDeployment;
import org.casebook.kernel.deployment.StartDeployment;
import org.casebook.kernel.deployment.WithdrawDeployment;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.kernel.responder.ResponderId;

/**
 * One responder on one case for a period: requested, then approved (which books the responder, see
 * {@link DeploymentDesk}) or declined or withdrawn; an approved deployment may be rescheduled, starts on a day of
 * its period (or is cancelled before), may be extended, and ends on a day it was under way. No step takes effect
 * before the deployment was requested.
 */
@Aggregate(commandTargetResolver = "addressedCommandTargetResolver")
public class Deployment implements Versioned {

    enum Status { REQUESTED, APPROVED, DECLINED, WITHDRAWN, STARTED, ENDED, CANCELLED }

    /** What approving or changing a deployment books on its responder. */
    record Booking(ResponderId responderId, CaseId crisisId, DeploymentRole role, Period period) {
    }

    @AggregateIdentifier
    private DeploymentId id;
    private CaseId crisisId;
    private ResponderId responderId;
    private DeploymentRole role;
    private Period period;
    private Status status;
    /** When the request took effect: no later step takes effect before it. */
    private Instant requestedAt;
    /** The day it started (the start's effective day); null before, or when not known. */
    private LocalDate startedOn;

    protected Deployment() {
    }

    Deployment(RequestDeployment command) {
        apply(new DeploymentRequested(command.deploymentId(), command.crisisId(), command.responderId(),
                                      command.role(), command.sector(), command.skill(), command.period()));
    }

    @Override
    public String versionedRecord() {
        return "deployment " + id;
    }

    /** No step of a deployment takes effect before it was requested (and so before its case was opened). */
    @CommandHandlerInterceptor
    public void requireEffectiveSinceRequest(@MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        EffectiveTime.requireNotBefore(requestedAt, effectiveAt, Mention.deployment(id));
    }

    /** A deployment is found only under its own case. */
    void requireCase(DeploymentCommand command) {
        if (!crisisId.equals(command.crisisId())) {
            throw new UnknownRecord(Kind.DEPLOYMENT, id.value());
        }
    }

    @CommandHandler
    public void handle(DeclineDeployment command) {
        requireCase(command);
        requireAwaitingAnAnswer("decline");
        apply(new DeploymentDeclined(id, crisisId, requireReason(command.reason(), "declining")));
    }

    @CommandHandler
    public void handle(WithdrawDeployment command) {
        requireCase(command);
        requireAwaitingAnAnswer("withdraw");
        withdraw(command.reason());
    }

    void withdraw(String reason) {
        apply(new DeploymentWithdrawn(id, crisisId, requireReason(reason, "withdrawing")));
    }

    /** What closing the case does to this deployment. */
    enum CloseOut { NOTHING, WITHDRAW, CANCEL, END }

    CloseOut closeOut() {
        return switch (status) {
            case REQUESTED -> CloseOut.WITHDRAW;
            case APPROVED -> CloseOut.CANCEL;
            case STARTED -> CloseOut.END;
            default -> CloseOut.NOTHING;
        };
    }

    /** The last day served by a deployment under way when its case closed on {@code closedOn}. */
    LocalDate lastDayBy(LocalDate closedOn) {
        LocalDate firstDay = startedOn == null ? period.start() : startedOn;
        if (closedOn.isBefore(firstDay)) {
            return firstDay;
        }
        return closedOn.isAfter(period.end()) ? period.end() : closedOn;
    }

    /**
     * Starts an approved deployment on the day the start takes effect, which must be a day of its period: starting
     * earlier (or later) is a change of dates, recorded first by rescheduling it, which books the responder for
     * those days (so a start never lies in days the responder is unavailable or booked elsewhere).
     */
    @CommandHandler
    public void handle(StartDeployment command, @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        requireCase(command);
        if (status != Status.APPROVED) {
            throw NOT_APPROVED.broken(null, "deployment " + id + " is " + describe() + ": only an approved one starts");
        }
        LocalDate day = day(effectiveAt);
        if (day != null && (day.isBefore(period.start()) || day.isAfter(period.end()))) {
            throw START_OUTSIDE_PERIOD.broken(RecordMetadata.EFFECTIVE_AT, "deployment " + id + " runs from " + period
                    + ": it starts on one of those days, not on " + day + "; to start "
                    + (day.isBefore(period.start()) ? "earlier" : "later") + ", reschedule it first");
        }
        apply(new DeploymentStarted(id, crisisId));
    }

    /** What moving an approved deployment that has not started to {@code moved} books on the responder. */
    Booking toReschedule(Period moved, String reason) {
        if (status != Status.APPROVED) {
            throw NOT_APPROVED.broken(null, "deployment " + id + " is " + describe() + ": only an approved one that "
                    + "has not started is rescheduled (extend one under way)");
        }
        requireReason(reason, "rescheduling");
        return new Booking(responderId, crisisId, role, moved);
    }

    void reschedule(Period moved, String reason, String overrideReason) {
        apply(new DeploymentRescheduled(id, crisisId, moved, reason, overrideReason));
    }

    /** What approving books on the responder, if the request is still awaiting an answer. */
    Booking toApprove() {
        requireAwaitingAnAnswer("approve");
        return new Booking(responderId, crisisId, role, period);
    }

    void approve() {
        apply(new DeploymentApproved(id, crisisId, responderId));
    }

    /** What extending to {@code end} books on the responder. */
    Booking toExtend(LocalDate end) {
        if (status != Status.APPROVED && status != Status.STARTED) {
            throw NOT_UNDER_WAY.broken(null, "deployment " + id + " is " + describe() + ": it cannot be extended");
        }
        if (!end.isAfter(period.end())) {
            throw EXTENSION_MUST_END_LATER.broken("end", "deployment " + id + " already runs until " + period.end()
                    + "; an extension ends later");
        }
        return new Booking(responderId, crisisId, role, period.endingOn(end));
    }

    void extend(Period extended, String overrideReason) {
        apply(new DeploymentExtended(id, crisisId, extended, overrideReason));
    }

    /** The responder whose booking calling the deployment off frees. */
    ResponderId toCancel() {
        if (status != Status.APPROVED) {
            throw NOT_APPROVED.broken(null, "deployment " + id + " is " + describe()
                    + ": only an approved one that has not started is cancelled");
        }
        return responderId;
    }

    void cancel(String reason) {
        apply(new DeploymentCancelled(id, crisisId, requireReason(reason, "cancelling")));
    }

    /** The responder whose booking ending on {@code endedOn} releases. */
    ResponderId toEnd(LocalDate endedOn) {
        if (status != Status.STARTED) {
            throw NOT_UNDER_WAY.broken(null, "deployment " + id + " is " + describe() + ": only a started one ends");
        }
        LocalDate firstDay = startedOn == null ? period.start() : startedOn;
        if (endedOn.isBefore(firstDay) || endedOn.isAfter(period.end())) {
            throw END_OUTSIDE_PERIOD.broken("endedOn", "deployment " + id + " was under way from " + firstDay
                    + " and runs until " + period.end() + "; it ends on one of those days (extend it first to end "
                    + "later)");
        }
        return responderId;
    }

    void end(LocalDate endedOn, String note) {
        apply(new DeploymentEnded(id, crisisId, endedOn, note));
    }

    private void requireAwaitingAnAnswer(String action) {
        if (status != Status.REQUESTED) {
            throw NOT_AWAITING_AN_ANSWER.broken(null, "deployment " + id + " is " + describe() + ": cannot " + action
                    + " it");
        }
    }

    private static String requireReason(String reason, String action) {
        if (reason == null || reason.isBlank()) {
            throw ANSWER_NEEDS_REASON.broken("reason", action + " a deployment needs a reason");
        }
        return reason;
    }

    private static LocalDate day(String effectiveAt) {
        return effectiveAt == null ? null : Instant.parse(effectiveAt).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private String describe() {
        return status.name().toLowerCase();
    }

    @EventSourcingHandler
    void on(DeploymentEvent event, @MetaDataValue(RecordMetadata.EFFECTIVE_AT) String effectiveAt) {
        if (event instanceof DeploymentRequested requested) {
            requestedAt = effectiveAt == null ? null : Instant.parse(effectiveAt);
            id = requested.deploymentId();
            crisisId = requested.crisisId();
            responderId = requested.responderId();
            role = requested.role();
            period = requested.period();
            status = Status.REQUESTED;
        } else if (event instanceof DeploymentApproved) {
            status = Status.APPROVED;
        } else if (event instanceof DeploymentDeclined) {
            status = Status.DECLINED;
        } else if (event instanceof DeploymentWithdrawn) {
            status = Status.WITHDRAWN;
        } else if (event instanceof DeploymentStarted) {
            status = Status.STARTED;
            startedOn = day(effectiveAt);
        } else if (event instanceof DeploymentExtended extended) {
            period = extended.period();
        } else if (event instanceof DeploymentRescheduled rescheduled) {
            period = rescheduled.period();
        } else if (event instanceof DeploymentCancelled) {
            status = Status.CANCELLED;
        } else if (event instanceof DeploymentEnded ended) {
            period = period.endingOn(ended.endedOn());
            status = Status.ENDED;
        }
    }
}
