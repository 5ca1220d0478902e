package org.casebook.console.roster;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebook.command.web.CommandBody;
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
 * Every form that changes a responder ({@link ResponderForms}): the page offers the responder as the roster holds
 * them, the sending records as the signed-in person from the version the page showed. A refusal shows the form again
 * with what was typed and the problem beside its field; success shows the responder, once the roster holds it.
 */
@Controller
public record ResponderFormScreen(Roster roster, Forms forms) {

    @GetMapping("/responders/{id}/{path}/new")
    public String form(@PathVariable String id, @PathVariable String path, Authentication caller, Model model) {
        ResponderForm<?> form = ResponderForms.at(path);
        ResponderShown responder = roster.responder(id, null, caller);
        Map<String, Object> offered = new LinkedHashMap<>();
        offered.put(Forms.VERSION, responder.version());
        form.offers().offer(responder, offered);
        return show(form, responder, FormFields.offered(offered), null, model);
    }

    @PostMapping("/responders/{id}/{path}")
    public String change(@PathVariable String id, @PathVariable String path, HttpServletRequest request,
                         Authentication caller, Model model, HttpServletResponse response) {
        ResponderForm<?> form = ResponderForms.at(path);
        FormFields fields = FormFields.sent(request.getParameterMap());
        Outcome outcome = send(form, fields, id, caller);
        if (outcome.recorded()) {
            return "redirect:/responders/" + id + "?after=" + outcome.receipt().position();
        }
        response.setStatus(outcome.status());
        return show(form, roster.responder(id, null, caller), fields, outcome, model);
    }

    private <R extends Record & CommandBody> Outcome send(ResponderForm<R> form, FormFields fields, String id,
                                                         Authentication caller) {
        return forms.send(fields, form.request(), sent -> form.command().apply(sent, PathIds.responderId(id)),
                          caller);
    }

    private String show(ResponderForm<?> form, ResponderShown responder, FormFields fields, Outcome outcome,
                        Model model) {
        Forms.show(model, fields, outcome, form.labels(), form.request());
        Map<String, Object> shown = new LinkedHashMap<>();
        form.shows().show(roster, fields, shown);
        model.addAllAttributes(shown);
        model.addAttribute("responder", responder);
        model.addAttribute("form", form);
        return "responder-form";
    }
}
