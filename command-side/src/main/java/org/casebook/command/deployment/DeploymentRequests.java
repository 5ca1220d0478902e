package org.casebook.command.deployment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.casebook.command.web.CommandBody;
import org.casebook.command.web.WithinHorizon;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.ApproveDeployment;
import org.casebook.kernel.deployment.CancelDeployment;
import org.casebook.kernel.deployment.DeclineDeployment;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.deployment.DeploymentRole;
import org.casebook.kernel.deployment.EndDeployment;
import org.casebook.kernel.deployment.ExtendDeployment;
import org.casebook.kernel.deployment.Period;
import org.casebook.kernel.deployment.RequestDeployment;
import org.casebook.kernel.deployment.RescheduleDeployment;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.deployment.StartDeployment;
import org.casebook.kernel.deployment.WithdrawDeployment;
import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.kernel.responder.Skill;

/**
 * The JSON bodies of the deployment commands, with their shape rules (400). Rules that depend on the deployment,
 * the responder or the case answer 422. A request names the case's version in If-Match (the deployment does
 * not exist yet); every later step names the deployment's.
 */
public final class DeploymentRequests {

    private static final int TEXT = 2_000;

    private DeploymentRequests() {
    }

    public record RequestRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "must be a responder id") String responderId,
            @NotBlank @Size(max = DeploymentRole.MAX_LENGTH) String role,
            @NotNull Sector sector,
            @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,39}", message = "must be a lower-case skill name such as "
                    + "rule-of-law") String skill,
            @NotNull @WithinHorizon LocalDate start,
            @NotNull @WithinHorizon LocalDate end,
            Instant effectiveAt) implements CommandBody {

        public RequestDeployment toCommand(DeploymentId id, CaseId crisisId) {
            return new RequestDeployment(id, crisisId, new ResponderId(responderId), new DeploymentRole(role), sector,
                                         new Skill(skill), period(start, end));
        }
    }

    /** Other days for an approved deployment that has not started (to start earlier, say), and why. */
    public record RescheduleRequest(@NotNull @WithinHorizon LocalDate start, @NotNull @WithinHorizon LocalDate end,
                             @NotBlank @Size(max = TEXT) String reason, @Size(max = TEXT) String overrideReason,
                             Instant effectiveAt) implements CommandBody {

        public RescheduleDeployment toCommand(DeploymentId id, CaseId crisisId) {
            return new RescheduleDeployment(id, crisisId, period(start, end), reason,
                                            overrideReason == null || overrideReason.isBlank() ? null
                                                                                               : overrideReason);
        }
    }

    private static Period period(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new InvalidInput("end", "a deployment ends on or after the day it starts (" + start + ")");
        }
        return new Period(start, end);
    }

    public record ApproveRequest(Instant effectiveAt) implements CommandBody {

        public ApproveDeployment toCommand(DeploymentId id, CaseId crisisId) {
            return new ApproveDeployment(id, crisisId);
        }
    }

    public record AnswerRequest(@NotBlank @Size(max = TEXT) String reason, Instant effectiveAt) implements CommandBody {

        public DeclineDeployment toDecline(DeploymentId id, CaseId crisisId) {
            return new DeclineDeployment(id, crisisId, reason);
        }

        public WithdrawDeployment toWithdraw(DeploymentId id, CaseId crisisId) {
            return new WithdrawDeployment(id, crisisId, reason);
        }

        public CancelDeployment toCancel(DeploymentId id, CaseId crisisId) {
            return new CancelDeployment(id, crisisId, reason);
        }
    }

    public record StartRequest(Instant effectiveAt) implements CommandBody {

        public StartDeployment toCommand(DeploymentId id, CaseId crisisId) {
            return new StartDeployment(id, crisisId);
        }
    }

    public record ExtendRequest(@NotNull @WithinHorizon LocalDate end, @Size(max = TEXT) String overrideReason,
                         Instant effectiveAt) implements CommandBody {

        public ExtendDeployment toCommand(DeploymentId id, CaseId crisisId) {
            return new ExtendDeployment(id, crisisId, end,
                                        overrideReason == null || overrideReason.isBlank() ? null : overrideReason);
        }
    }

    public record EndRequest(@NotNull @WithinHorizon LocalDate endedOn, @NotBlank @Size(max = TEXT) String note,
                      Instant effectiveAt) implements CommandBody {

        public EndDeployment toCommand(DeploymentId id, CaseId crisisId) {
            return new EndDeployment(id, crisisId, endedOn, note);
        }
    }
}
