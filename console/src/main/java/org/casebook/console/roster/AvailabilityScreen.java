package org.casebook.console.roster;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebook.command.responder.ResponderRequests.AvailabilityRequest;
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

/**
 * Setting whether a responder can deploy: available, or unavailable until the day they are back, for a reason. The
 * page's version is the responder's, as If-Match is in the API.
 */
@Controller
public record AvailabilityScreen(Roster roster, Forms forms) {

    /** The two answers, as the request's {@code available} takes them. */
    static final Map<String, String> CHOICES = choices();

    static final Map<String, String> LABELS = labels();

    @GetMapping("/responders/{id}/availability/new")
    public String form(@PathVariable String id, Authentication caller, Model model) {
        ResponderShown responder = roster.responder(id, null, caller);
        // what the roster holds now, for the person to change
        Map<String, Object> offered = new LinkedHashMap<>();
        offered.put(Forms.VERSION, responder.version());
        offered.put("available", String.valueOf(responder.unavailableReason() == null));
        return show(responder, FormFields.offered(offered), null, model);
    }

    @PostMapping("/responders/{id}/availability")
    public String change(@PathVariable String id, HttpServletRequest request, Authentication caller, Model model,
                         HttpServletResponse response) {
        FormFields fields = FormFields.sent(request.getParameterMap());
        Outcome outcome = forms.send(fields, AvailabilityRequest.class, r -> r.toCommand(PathIds.responderId(id)),
                                     caller);
        if (outcome.recorded()) {
            return "redirect:/responders/" + id + "?after=" + outcome.receipt().position();
        }
        response.setStatus(outcome.status());
        return show(roster.responder(id, null, caller), fields, outcome, model);
    }

    private static String show(ResponderShown responder, FormFields fields, Outcome outcome, Model model) {
        Forms.show(model, fields, outcome, LABELS, AvailabilityRequest.class);
        model.addAttribute("responder", responder);
        model.addAttribute("availabilities", CHOICES);
        return "responder-availability";
    }

    private static Map<String, String> choices() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("true", "Available");
        choices.put("false", "Unavailable");
        return Collections.unmodifiableMap(choices);
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("available", "Availability");
        labels.put("until", "Back on");
        labels.put("reason", "Why unavailable");
        labels.put("effectiveAt", "Took effect (UTC)");
        return Map.copyOf(labels);
    }
}
