package org.casebook.console.casework;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.query.staffing.CaseStaffing.Deployment;
import org.casebook.query.staffing.StaffingQueries;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Every step of a case's deployment ({@link DeploymentForms}): a form on the deployment as the case's staffing
 * shows it, offered and sent as {@link CaseFormPages} say.
 */
@Controller
public record DeploymentFormScreen(CaseFormPages pages, StaffingQueries staffing) {

    @GetMapping("/cases/{id}/deployments/{deploymentId}/{path}/new")
    public String form(@PathVariable String id, @PathVariable String deploymentId, @PathVariable String path,
                       Authentication caller, HttpServletRequest request, Model model) {
        return pages.offer(DeploymentForms.at(path).on(deployment(id, deploymentId, caller)), id, caller, request,
                           model);
    }

    @PostMapping("/cases/{id}/deployments/{deploymentId}/{path}")
    public String record(@PathVariable String id, @PathVariable String deploymentId, @PathVariable String path,
                         HttpServletRequest request, Authentication caller, Model model,
                         HttpServletResponse response) {
        return pages.record(DeploymentForms.at(path).on(deployment(id, deploymentId, caller)), id, caller, request,
                            model, response);
    }

    /** The deployment as the case's staffing shows it to the person; the not-found page if the case has none such. */
    private Deployment deployment(String id, String deploymentId, Authentication caller) {
        return staffing.read(id, null, caller).deployments().stream().filter(d -> d.id().equals(deploymentId))
                       .findFirst().orElseThrow(() -> new UnknownRecord(Kind.DEPLOYMENT, deploymentId));
    }
}
