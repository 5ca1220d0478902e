package org.casebook.console.casework;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebook.command.web.CommandBody;
import org.casebook.command.web.CommandRequestResolver;
import org.casebook.console.form.FormFields;
import org.casebook.console.form.Forms;
import org.casebook.console.form.Outcome;
import org.casebook.kernel.refusal.PathIds;
import org.casebook.query.ViewProgress;
import org.casebook.query.casefile.CaseFileQueries;
import org.casebook.query.casefile.CurrentCaseFile;
import org.casebook.query.needtoknow.NeedToKnow;
import org.casebook.query.timeline.TimelineProjection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Every form that records on a case ({@link CaseForms}): the page offers the case as it is, the sending records as
 * the signed-in person from the version the page showed. A refusal shows the form again with what was typed and the
 * problem beside its field; success shows the case, once it holds what was recorded.
 */
@Controller
public record CaseFormScreen(CaseFileQueries files, TimelineProjection lines, NeedToKnow needToKnow,
                             ViewProgress progress, Forms forms) {

    @GetMapping("/cases/{id}/{path}/new")
    public String form(@PathVariable String id, @PathVariable String path, Authentication caller,
                       HttpServletRequest request, Model model) {
        CaseForm<?> form = CaseForms.at(path);
        CaseAtHand kase = read(id, caller);
        Map<String, Object> offered = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> offered.put(name, values[0]));
        form.offers().offer(kase, CommandRequestResolver.actor(caller), offered);
        offered.put(Forms.VERSION, kase.file().version());
        return show(form, kase, FormFields.offered(offered), null, model);
    }

    @PostMapping("/cases/{id}/{path}")
    public String record(@PathVariable String id, @PathVariable String path, HttpServletRequest request,
                         Authentication caller, Model model, HttpServletResponse response) {
        CaseForm<?> form = CaseForms.at(path);
        FormFields fields = FormFields.sent(request.getParameterMap());
        if (fields.reshaped()) {
            return show(form, read(id, caller), fields.reshape(), null, model);
        }
        Outcome outcome = send(form, fields, id, caller);
        if (outcome.recorded()) {
            return "redirect:/cases/" + id + "?after=" + outcome.receipt().position() + "#" + form.section();
        }
        response.setStatus(outcome.status());
        return show(form, read(id, caller), fields, outcome, model);
    }

    private <R extends Record & CommandBody> Outcome send(CaseForm<R> form, FormFields fields, String id,
                                                         Authentication caller) {
        return forms.send(fields, form.request(), request -> form.command().apply(request, PathIds.caseId(id)),
                          caller);
    }

    private CaseAtHand read(String id, Authentication caller) {
        CurrentCaseFile current = NeedToKnow.caseFile(caller, progress.readCase(id, CaseFileQueries.READS, null,
                                                                                  files::find));
        return new CaseAtHand(current.file(), number -> lines.page(PathIds.caseId(id), number - 1, 1)
                .map(page -> needToKnow.timeline(caller, page).entries()).filter(entries -> !entries.isEmpty())
                .map(entries -> entries.get(0)));
    }

    private static String show(CaseForm<?> form, CaseAtHand kase, FormFields fields, Outcome outcome,
                               Model model) {
        Forms.show(model, fields, outcome, form.labels(), form.request());
        Map<String, Object> shown = new LinkedHashMap<>();
        form.shows().show(kase, fields, shown);
        model.addAllAttributes(shown);
        model.addAttribute("file", kase.file());
        model.addAttribute("form", form);
        return "case-form";
    }
}
