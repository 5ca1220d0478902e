package org.casebook.console.casework;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebook.command.Actor;
import org.casebook.command.directory.PersonNames;
import org.casebook.command.web.CommandBody;
import org.casebook.command.web.CommandRequestResolver;
import org.casebook.console.form.FormFields;
import org.casebook.console.form.Forms;
import org.casebook.console.form.Outcome;
import org.casebook.kernel.refusal.PathIds;
import org.casebook.query.ViewProgress;
import org.casebook.query.casefile.CaseFileQueries;
import org.casebook.query.casefile.CurrentCaseFile;
import org.casebook.query.directory.DirectoryRecord;
import org.casebook.query.needtoknow.NeedToKnow;
import org.casebook.query.roster.RosterProjection;
import org.casebook.query.timeline.TimelineProjection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * How every form on a case is offered and sent ({@link CaseFormScreen} for the case's own, {@link
 * DeploymentFormScreen} and {@link HandoverFormScreen} for the records within it): the page offers the case as it
 * is, the sending records as the signed-in person from the version the page showed. A refusal shows the form again
 * with what was typed and the problem beside its field; success shows the case, once it holds what was recorded.
 */
@Component
public record CaseFormPages(CaseFileQueries files, TimelineProjection lines, RosterProjection roster,
                            NeedToKnow needToKnow, ViewProgress progress, Forms forms, DirectoryRecord directory,
                            PersonNames names) {

    /** The most responders a form offers to choose from: a coordinator narrows by skill and days beyond it. */
    static final int RESPONDERS_OFFERED = 200;

    /** The new form: what the address asks ({@code ?entry=5}), what the form offers, and the case's version. */
    public String offer(CaseForm<?> form, String id, Authentication caller, HttpServletRequest request, Model model) {
        CaseAtHand kase = read(id, caller);
        Map<String, Object> offered = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> offered.put(name, values[0]));
        // the version is the record's as the page reads it, never the address's
        offered.remove(Forms.VERSION);
        form.offers().offer(kase, CommandRequestResolver.actor(caller), offered);
        offered.putIfAbsent(Forms.VERSION, kase.file().version());
        return show(form, kase, FormFields.offered(offered), null, model);
    }

    /** The form sent: recorded (the case, at its section), reshaped, or refused. */
    public String record(CaseForm<?> form, String id, Authentication caller, HttpServletRequest request, Model model,
                         HttpServletResponse response) {
        FormFields fields = FormFields.sent(request.getParameterMap());
        if (fields.reshaped()) {
            return show(form, read(id, caller), fields.reshape(), null, model);
        }
        Outcome outcome = send(form, fields, id, caller);
        if (outcome.recorded()) {
            return recorded(form, id, outcome);
        }
        response.setStatus(outcome.status());
        return show(form, read(id, caller), fields, outcome, model);
    }

    /** The form's fields sent, as the signed-in person: recorded, or refused. */
    public <R extends Record & CommandBody> Outcome send(CaseForm<R> form, FormFields fields, String id,
                                                        Authentication caller) {
        Actor actor = CommandRequestResolver.actor(caller);
        CaseForm.Signer signer = new CaseForm.Signer(actor, names.displayNameOf(actor.user()));
        return forms.send(fields, form.request(),
                          request -> form.command().of(request, PathIds.caseId(id), signer), caller);
    }

    /** Where a form recorded leads: the case at the form's section, once it holds what was recorded. */
    public static String recorded(CaseForm<?> form, String id, Outcome outcome) {
        return "redirect:/cases/" + id + "?after=" + outcome.receipt().position() + "#" + form.section();
    }

    /** The case as the person may read it now. */
    CaseAtHand read(String id, Authentication caller) {
        CurrentCaseFile current = NeedToKnow.caseFile(caller, progress.readCase(id, CaseFileQueries.READS, null,
                                                                                  files::find));
        return new CaseAtHand(current.file(), number -> lines.page(PathIds.caseId(id), number - 1, 1)
                .map(page -> needToKnow.timeline(caller, page).entries()).filter(entries -> !entries.isEmpty())
                .map(entries -> entries.get(0)),
                (skill, from, until) -> needToKnow.roster(caller, roster.availableOver(skill, from, until,
                                                                                        RESPONDERS_OFFERED)).items(),
                directory::read);
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
