package org.casebook.console.casework;

import static org.casebook.console.casework.CaseForms.labels;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebook.command.Actor;
import org.casebook.command.deployment.DeploymentRequests.AnswerRequest;
import org.casebook.command.deployment.DeploymentRequests.ApproveRequest;
import org.casebook.command.deployment.DeploymentRequests.EndRequest;
import org.casebook.command.deployment.DeploymentRequests.ExtendRequest;
import org.casebook.command.deployment.DeploymentRequests.RequestRequest;
import org.casebook.command.deployment.DeploymentRequests.RescheduleRequest;
import org.casebook.command.deployment.DeploymentRequests.StartRequest;
import org.casebook.command.web.CommandBody;
import org.casebook.console.NoSuchPage;
import org.casebook.console.Shown;
import org.casebook.console.form.FormFields;
import org.casebook.kernel.AddressedCommand;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.refusal.PathIds;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.responder.Skill;
import org.casebook.query.roster.RosterResponder;
import org.casebook.query.staffing.CaseStaffing.Deployment;
import org.casebook.query.staffing.CaseStaffing.Status;

/**
 * The forms that staff a case: requesting a responder (a form on the case), and each step of a deployment, in the
 * order the case page offers them.
 */
public final class DeploymentForms {

    private static final Shown SHOWN = new Shown();

    /** A deployment of a case: a step on it is sent from the deployment's own version (its If-Match in the API). */
    static final RecordForm.Kind<Deployment> DEPLOYMENT = new RecordForm.Kind<>(
            deployment -> "deployments/" + deployment.id(), Deployment::version, "staffing", "deployment");

    /** The deployment's days, which a refusal about the responder's booking names. */
    private static final String PERIOD = "period";

    /**
     * A responder picked by name from those with the skill who are free over the days asked for ({@code skill},
     * {@code start} and {@code end}, from the address or the form's Find button): the version sent is the case's.
     */
    static final CaseForm<RequestRequest> REQUEST = new CaseForm<>(
            "deployments", "Request a deployment", RequestRequest.class,
            (request, kase) -> request.toCommand(DeploymentId.generate(), kase),
            labels("skill", "Skill", "start", "First day", "end", "Last day", "responderId", "Responder",
                   "role", "Role", "sector", "Sector", "effectiveAt", "Took effect (UTC)"),
            DEPLOYMENT.section(),
            (kase, actor, offered) -> { },
            (kase, fields, shown) -> {
                Map<String, String> responders = new LinkedHashMap<>();
                LocalDate start = day(fields, "start");
                LocalDate end = day(fields, "end");
                List<RosterResponder> free = kase.roster().availableOver(skill(fields), start == null ? end : start,
                                                                         end == null ? start : end)
                                                 .stream().map(found -> found.responder()).toList();
                responders.put("", free.isEmpty() ? "No responder is free with that skill on those days"
                        : "Choose one of " + free.size() + " responders");
                free.forEach(r -> responders.put(r.id(), r.name() + " (" + SHOWN.word(r.component()) + ", "
                        + r.agency() + ")"));
                shown.put("responders", responders);
                shown.put("sectors", CaseForms.words("Choose a sector", Sector.values()));
            });

    static final RecordForm<Deployment, ApproveRequest> APPROVE = step(
            "approve", "Approve the deployment", ApproveRequest.class, ApproveRequest::toCommand,
            labels(PERIOD, "Days", "effectiveAt", "Took effect (UTC)"), EnumSet.of(Status.REQUESTED),
            (deployment, offered) -> { });

    static final RecordForm<Deployment, AnswerRequest> DECLINE = step(
            "decline", "Decline the deployment", AnswerRequest.class, AnswerRequest::toDecline,
            labels(PERIOD, "Days", "reason", "Reason", "effectiveAt", "Took effect (UTC)"),
            EnumSet.of(Status.REQUESTED), (deployment, offered) -> { });

    static final RecordForm<Deployment, AnswerRequest> WITHDRAW = step(
            "withdraw", "Withdraw the request", AnswerRequest.class, AnswerRequest::toWithdraw,
            labels(PERIOD, "Days", "reason", "Reason", "effectiveAt", "Took effect (UTC)"),
            EnumSet.of(Status.REQUESTED), (deployment, offered) -> { });

    static final RecordForm<Deployment, StartRequest> START = step(
            "start", "Start the deployment", StartRequest.class, StartRequest::toCommand,
            labels(PERIOD, "Days", "effectiveAt", "Started (UTC)"), EnumSet.of(Status.APPROVED),
            (deployment, offered) -> { });

    static final RecordForm<Deployment, RescheduleRequest> RESCHEDULE = step(
            "reschedule", "Reschedule the deployment", RescheduleRequest.class, RescheduleRequest::toCommand,
            labels(PERIOD, "Days", "start", "First day", "end", "Last day", "reason", "Reason",
                   "overrideReason", "Why past the tour limit", "effectiveAt", "Took effect (UTC)"),
            EnumSet.of(Status.APPROVED), (deployment, offered) -> {
                offered.putIfAbsent("start", deployment.start());
                offered.putIfAbsent("end", deployment.end());
            });

    static final RecordForm<Deployment, AnswerRequest> CANCEL = step(
            "cancel", "Cancel the deployment", AnswerRequest.class, AnswerRequest::toCancel,
            labels(PERIOD, "Days", "reason", "Reason", "effectiveAt", "Took effect (UTC)"),
            EnumSet.of(Status.APPROVED), (deployment, offered) -> { });

    static final RecordForm<Deployment, ExtendRequest> EXTEND = step(
            "extend", "Extend the deployment", ExtendRequest.class, ExtendRequest::toCommand,
            labels(PERIOD, "Days", "end", "New last day", "overrideReason", "Why past the tour limit",
                   "effectiveAt", "Took effect (UTC)"),
            EnumSet.of(Status.APPROVED, Status.STARTED), (deployment, offered) -> { });

    static final RecordForm<Deployment, EndRequest> END = step(
            "end", "End the deployment", EndRequest.class, EndRequest::toCommand,
            labels(PERIOD, "Days", "endedOn", "Last day served", "note", "Note", "effectiveAt", "Took effect (UTC)"),
            EnumSet.of(Status.STARTED), (deployment, offered) -> offered.putIfAbsent("endedOn", deployment.end()));

    /** Every step, in the order the case page offers them: the usual next step first. */
    private static final List<RecordForm<Deployment, ?>> STEPS = List.of(APPROVE, DECLINE, WITHDRAW, START, RESCHEDULE,
                                                                 CANCEL, EXTEND, END);

    private DeploymentForms() {
    }

    /** The steps the case page offers for a deployment to the person. */
    public static List<RecordForm<Deployment, ?>> offeredFor(Deployment deployment, Actor actor) {
        return STEPS.stream().filter(step -> step.offeredTo(deployment, actor)).toList();
    }

    /** The step at that path under a deployment; the not-found page for any other. */
    static RecordForm<Deployment, ?> at(String path) {
        return STEPS.stream().filter(step -> step.path().equals(path)).findFirst()
                    .orElseThrow(() -> new NoSuchPage("no step of a deployment is called " + path));
    }

    /** The command a request makes for a deployment of a case, as the API's request records say. */
    @FunctionalInterface
    interface Step<R> {
        AddressedCommand of(R request, DeploymentId deployment, CaseId kase);
    }

    /** A step of a deployment, offered while the deployment is in one of {@code offeredWhile}. */
    private static <R extends Record & CommandBody> RecordForm<Deployment, R> step(
            String path, String title, Class<R> request, Step<R> command, Map<String, String> labels,
            Set<Status> offeredWhile, RecordForm.Offers<Deployment> offers) {
        return new RecordForm<>(DEPLOYMENT, path, title, request,
                                (sent, deployment, kase, signer) -> command.of(sent, PathIds.deploymentId(
                                        deployment.id()), kase),
                                labels, (deployment, actor) -> offeredWhile.contains(deployment.status()), offers);
    }

    /** The skill the responders are narrowed by; none while what was typed is no skill's name. */
    private static Skill skill(FormFields fields) {
        String skill = fields.value("skill").strip();
        return Skill.isValid(skill) ? new Skill(skill) : null;
    }

    /** A day the responders must be free on; none while what was typed is no date. */
    private static LocalDate day(FormFields fields, String name) {
        try {
            return fields.value(name).isBlank() ? null : LocalDate.parse(fields.value(name).strip());
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }
}
