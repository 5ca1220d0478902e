package org.casebook.console.roster;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebook.command.responder.ResponderRequests.SkillsRequest;
import org.casebook.console.Shown;
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

/** Changing a responder's skills: every skill of the roster as a box to tick, theirs ticked; the whole list is sent. */
@Controller
public record SkillsScreen(Roster roster, Forms forms) {

    static final Map<String, String> LABELS = Map.of("skills", "Skills", "effectiveAt", "Took effect (UTC)");

    @GetMapping("/responders/{id}/skills/new")
    public String form(@PathVariable String id, Authentication caller, Model model) {
        ResponderShown responder = roster.responder(id, null, caller);
        Map<String, Object> offered = new LinkedHashMap<>();
        offered.put(Forms.VERSION, responder.version());
        offered.put("skills", responder.skills());
        return show(responder, FormFields.offered(offered), null, model);
    }

    @PostMapping("/responders/{id}/skills")
    public String change(@PathVariable String id, HttpServletRequest request, Authentication caller, Model model,
                         HttpServletResponse response) {
        FormFields fields = FormFields.sent(request.getParameterMap());
        Outcome outcome = forms.send(fields, SkillsRequest.class, r -> r.toCommand(PathIds.responderId(id)), caller);
        if (outcome.recorded()) {
            return "redirect:/responders/" + id + "?after=" + outcome.receipt().position();
        }
        response.setStatus(outcome.status());
        return show(roster.responder(id, null, caller), fields, outcome, model);
    }

    private String show(ResponderShown responder, FormFields fields, Outcome outcome, Model model) {
        Forms.show(model, fields, outcome, LABELS, SkillsRequest.class);
        model.addAttribute("responder", responder);
        // a skill of theirs the roster no longer knows is shown too, ticked, so that it can be taken away
        Map<String, String> skills = new LinkedHashMap<>(roster.skills());
        fields.filled("skills").forEach(skill -> skills.putIfAbsent(skill, new Shown().word(skill)));
        model.addAttribute("skills", skills);
        return "responder-skills";
    }
}
