package org.casebook.console.casework;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebook.command.Actor;
import org.casebook.command.crisis.CrisisRequests.OpenCrisisRequest;
import org.casebook.command.directory.PersonNames;
import org.casebook.command.web.CommandRequestResolver;
import org.casebook.console.Shown;
import org.casebook.console.form.FormFields;
import org.casebook.console.form.Forms;
import org.casebook.console.form.Outcome;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Opening a case from the console: the API's request and rules, led by default by the person's own body and by
 * them (by the name the directory lists them under); success shows the new case.
 */
@Controller
public record OpenCaseScreen(Forms forms, PersonNames people) {

    private static final Shown SHOWN = new Shown();

    static final Map<String, String> LABELS = Map.of(
            "title", "Title", "country", "Country", "region", "Region", "summary", "Summary", "stage", "Stage",
            "sensitivity", "Marking", "leadBody", "Lead body", "leadCoordinator", "Lead coordinator",
            "effectiveAt", "Opened (UTC)");

    @GetMapping("/cases/new")
    public String form(Authentication caller, Model model) {
        Actor actor = CommandRequestResolver.actor(caller);
        Map<String, Object> offered = new LinkedHashMap<>();
        offered.put("stage", Stage.WATCH.name());
        offered.put("sensitivity", Sensitivity.UNCLASSIFIED.name());
        offered.put("leadBody", actor.body() == null ? "" : actor.body());
        offered.put("leadCoordinator", people.displayNameOf(actor.user()));
        return show(FormFields.offered(offered), null, model);
    }

    @PostMapping("/cases")
    public String open(HttpServletRequest request, Authentication caller, Model model, HttpServletResponse response) {
        FormFields fields = FormFields.sent(request.getParameterMap());
        CaseId id = CaseId.generate();
        Outcome outcome = forms.send(fields, OpenCrisisRequest.class, opening -> opening.toCommand(id), caller);
        if (outcome.recorded()) {
            return "redirect:/cases/" + id.value() + "?after=" + outcome.receipt().position();
        }
        response.setStatus(outcome.status());
        return show(fields, outcome, model);
    }

    private static String show(FormFields fields, Outcome outcome, Model model) {
        Forms.show(model, fields, outcome, LABELS, OpenCrisisRequest.class);
        Map<String, String> countries = new LinkedHashMap<>();
        countries.put("", "Choose a country");
        countries.putAll(SHOWN.countries());
        model.addAttribute("countries", countries);
        Map<String, String> stages = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            if (stage != Stage.CLOSED) {
                stages.put(stage.name(), SHOWN.word(stage));
            }
        }
        model.addAttribute("stages", stages);
        Map<String, String> markings = new LinkedHashMap<>(SHOWN.markings(null));
        markings.remove("");
        model.addAttribute("markings", markings);
        return "open-case";
    }
}
