package org.casebook.console.casework;

import java.util.Map;
import java.util.Set;

import org.casebook.command.web.CommandBody;
import org.casebook.console.form.Forms;
import org.casebook.kernel.AddressedCommand;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.refusal.PathIds;
import org.casebook.query.staffing.CaseStaffing.Deployment;
import org.casebook.query.staffing.CaseStaffing.Status;

/**
 * A form that takes one of a case's deployments a step on: the page at
 * {@code /cases/{id}/deployments/{deploymentId}/{path}/new}, a {@link CaseForm} on that deployment.
 *
 * @param path         the step, as the API's own path under the deployment
 * @param title        what the form does, as its heading and its button say
 * @param request      the API's request the fields make
 * @param command      the command the request makes for the deployment of the case
 * @param labels       each field as the form labels it, and as a refusal names it
 * @param offeredWhile the states in which the case page offers the step (the deployment itself decides whether
 *                     it may be taken, and says why not)
 * @param offers       what a new form offers, from the deployment
 */
public record DeploymentForm<R extends Record & CommandBody>(
        String path, String title, Class<R> request, Command<R> command, Map<String, String> labels,
        Set<Status> offeredWhile, Offers offers) {

    /** Where the case page shows a deployment, and a step of it returns to. */
    public static final String SECTION = "staffing";

    /** The command a request makes for a deployment of a case, as the API's request records say. */
    @FunctionalInterface
    public interface Command<R> {
        AddressedCommand of(R request, DeploymentId deployment, CaseId kase);
    }

    /** What a new form offers, from the deployment, put in {@code offered}. */
    @FunctionalInterface
    public interface Offers {
        void offer(Deployment deployment, Map<String, Object> offered);
    }

    /** Whether the case page offers this step for the deployment. */
    public boolean offeredFor(Deployment deployment) {
        return offeredWhile.contains(deployment.status());
    }

    /**
     * This step as a form on {@code deployment}: sent from the deployment's version (its If-Match in the API),
     * showing the deployment it works on.
     */
    CaseForm<R> on(Deployment deployment) {
        DeploymentId id = PathIds.deploymentId(deployment.id());
        return new CaseForm<>("deployments/" + deployment.id(), path, title, request,
                              (sent, kase) -> command.of(sent, id, kase), labels, SECTION,
                              (kase, actor, offered) -> {
                                  offers.offer(deployment, offered);
                                  offered.put(Forms.VERSION, deployment.version());
                              },
                              (kase, fields, shown) -> shown.put("deployment", deployment));
    }
}
