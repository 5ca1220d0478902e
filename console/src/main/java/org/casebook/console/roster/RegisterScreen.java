package org.casebook.console.roster;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebook.command.responder.ResponderRequests.RegisterRequest;
import org.casebook.console.form.FormFields;
import org.casebook.console.form.Forms;
import org.casebook.console.form.Outcome;
import org.casebook.kernel.responder.ResponderId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Registering a responder from the console: the API's request and rules, the signed-in person as who registered
 * them. Success shows the new responder's page; a refusal shows the form again with the problem beside its field.
 */
@Controller
public record RegisterScreen(Roster roster, Forms forms) {

    /** Each field as the form labels it, and as a refusal names it. */
    static final Map<String, String> LABELS = ResponderForms.labels(
            "name", "Name", "contact", "Contact", "component", "Component", "agency", "Home agency", "skills", "Skills",
            "maxTourDays", "Longest tour (days)", "availability", "Availability", "availability.available",
            "Availability", "availability.until", "Back on", "availability.reason", "Why unavailable");

    @GetMapping("/responders/new")
    public String form(Model model) {
        // a new responder is available unless the form says otherwise, as the API registers them
        return show(FormFields.offered(Map.of("availability.available", "true")), null, model);
    }

    @PostMapping("/responders")
    public String register(HttpServletRequest request, Authentication caller, Model model,
                           HttpServletResponse response) {
        FormFields fields = FormFields.sent(request.getParameterMap());
        ResponderId id = ResponderId.generate();
        Outcome outcome = forms.send(fields, RegisterRequest.class, r -> r.toCommand(id), caller);
        if (outcome.recorded()) {
            return "redirect:/responders/" + id.value() + "?after=" + outcome.receipt().position();
        }
        response.setStatus(outcome.status());
        return show(fields, outcome, model);
    }

    private String show(FormFields fields, Outcome outcome, Model model) {
        Forms.show(model, fields, outcome, LABELS, RegisterRequest.class);
        model.addAttribute("components", roster.components());
        model.addAttribute("skills", roster.skills());
        model.addAttribute("availabilities", ResponderForms.AVAILABILITIES);
        return "responder-register";
    }
}
