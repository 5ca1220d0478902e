package org.casebook.console.roster;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebook.command.responder.ResponderRequests.RetireRequest;
import org.casebook.console.form.FormFields;
import org.casebook.console.form.Forms;
import org.casebook.console.form.Outcome;
import org.casebook.kernel.refusal.PathIds;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Retiring a responder, for a reason: they stay on the roster, marked retired, and nothing changes on them after. */
@Controller
public record RetireScreen(Roster roster, Forms forms) {

    static final Map<String, String> LABELS = Map.of("reason", "Reason", "effectiveAt", "Took effect (UTC)");

    @GetMapping("/responders/{id}/retire/new")
    public String form(@PathVariable String id, Authentication caller, Model model) {
        ResponderShown responder = roster.responder(id, null, caller);
        return show(responder, FormFields.offered(Map.of(Forms.VERSION, responder.version())), null, model);
    }

    @PostMapping("/responders/{id}/retire")
    public String retire(@PathVariable String id, HttpServletRequest request, Authentication caller, Model model,
                         HttpServletResponse response) {
        FormFields fields = FormFields.sent(request.getParameterMap());
        Outcome outcome = forms.send(fields, RetireRequest.class, r -> r.toCommand(PathIds.responderId(id)), caller);
        if (outcome.recorded()) {
            return "redirect:/responders/" + id + "?after=" + outcome.receipt().position();
        }
        response.setStatus(outcome.status());
        return show(roster.responder(id, null, caller), fields, outcome, model);
    }

    private static String show(ResponderShown responder, FormFields fields, Outcome outcome, Model model) {
        Forms.show(model, fields, outcome, LABELS, RetireRequest.class);
        model.addAttribute("responder", responder);
        return "responder-retire";
    }
}
