package org.casebook.console.decision;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebook.command.crisis.CrisisRequests.RecordDecisionRequest;
import org.casebook.command.web.CommandRequestResolver;
import org.casebook.console.Shown;
import org.casebook.console.form.FormFields;
import org.casebook.console.form.Forms;
import org.casebook.console.form.Outcome;
import org.casebook.kernel.refusal.PathIds;
import org.casebook.query.ViewProgress;
import org.casebook.query.casefile.CaseFileQueries;
import org.casebook.query.casefile.CurrentCaseFile;
import org.casebook.query.needtoknow.NeedToKnow;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Recording a decision from the console: the API's request and rules, the signed-in person as who decided, the
 * version the page showed as the version decided on. A refusal shows the form again, with what was typed and the
 * problem beside its field; success shows the case with the decision in it.
 */
@Controller
public record DecisionScreen(CaseFileQueries files, ViewProgress progress, Forms forms) {

    /** Each field as the form labels it, and as a refusal names it. */
    static final Map<String, String> LABELS = labels();

    /** As many option fields as a new form offers. */
    static final int OPTION_FIELDS = 3;

    @GetMapping("/cases/{id}/decisions/new")
    public String form(@PathVariable String id, Authentication caller, Model model) {
        CurrentCaseFile current = read(id, caller);
        Map<String, Object> offered = new LinkedHashMap<>();
        offered.put(Forms.VERSION, current.file().version());
        offered.put("decidingBody", CommandRequestResolver.actor(caller).body());
        return show(current, FormFields.offered(offered), null, model);
    }

    @PostMapping("/cases/{id}/decisions")
    public String record(@PathVariable String id, HttpServletRequest request, Authentication caller, Model model,
                         HttpServletResponse response) {
        FormFields fields = FormFields.sent(request.getParameterMap());
        Outcome outcome = forms.send(fields, RecordDecisionRequest.class, r -> r.toCommand(PathIds.caseId(id)), caller);
        if (outcome.recorded()) {
            return "redirect:/cases/" + id + "?after=" + outcome.receipt().position() + "#decisions";
        }
        response.setStatus(outcome.status());
        return show(read(id, caller), fields, outcome, model);
    }

    private CurrentCaseFile read(String id, Authentication caller) {
        return NeedToKnow.caseFile(caller, progress.readCase(id, CaseFileQueries.READS, null, files::find));
    }

    private static String show(CurrentCaseFile current, FormFields fields, Outcome outcome, Model model) {
        Forms.show(model, fields, outcome, LABELS);
        model.addAttribute("file", current.file());
        Map<String, String> supersedable = new LinkedHashMap<>();
        supersedable.put("", "No earlier decision");
        current.file().decisions().stream().filter(d -> !d.superseded())
               .forEach(d -> supersedable.put(d.decisionId(), d.decisionId() + ": " + d.decision()));
        model.addAttribute("supersedable", supersedable);
        model.addAttribute("markings", new Shown().markings(current.file().sensitivity()));
        model.addAttribute("options", fields.listFields("optionsConsidered", OPTION_FIELDS));
        return "decision";
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("decision", "Decision");
        labels.put("rationale", "Rationale");
        labels.put("optionsConsidered", "Options considered");
        labels.put("decidingBody", "Deciding body");
        labels.put("authority", "Authority");
        labels.put("supersedes", "Supersedes");
        labels.put("sensitivity", "Marking");
        labels.put("effectiveAt", "Took effect (UTC)");
        return Map.copyOf(labels);
    }
}
