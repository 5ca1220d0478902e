package org.casebook.console.casework;

import java.util.Arrays;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import org.casebook.command.Actor;
import org.casebook.command.web.CommandBody;
import org.casebook.console.form.FormFields;
import org.casebook.kernel.AddressedCommand;
import org.casebook.kernel.crisis.CaseId;

/**
 * A form that records something on a case, or on a record within it: the page at
 * {@code /cases/{id}/{record}/{path}/new}, sent to {@code /cases/{id}/{record}/{path}} as the API's {@code request},
 * shown with its fields from {@code case-forms/{path}} (for a record, {@code case-forms/{kind of record}/{path}}).
 *
 * @param record   the record within the case the form works on, as the API's path to it under the case
 *                 ({@code deployments/5f0c...}); empty for the case itself
 * @param path     where the form lives under the case or the record, as the API's own path
 * @param title    what the form does, as its heading and its button say
 * @param request  the API's request the fields make
 * @param command  the command the request makes for the case, as the person sending it signs it
 * @param labels   each field as the form labels it, and as a refusal names it
 * @param section  where the case page shows what was recorded
 * @param offers   what a new form offers besides the case's version, from the case and the person
 * @param shows    what the page needs besides the fields (choices drawn from the case)
 */
public record CaseForm<R extends Record & CommandBody>(
        String record, String path, String title, Class<R> request, Command<R> command, Map<String, String> labels,
        String section, Offers offers, Shows shows) {

    /** A form on the case itself. */
    public CaseForm(String path, String title, Class<R> request,
                    BiFunction<R, CaseId, ? extends AddressedCommand> command, Map<String, String> labels,
                    String section, Offers offers, Shows shows) {
        this("", path, title, request, (sent, kase, signer) -> command.apply(sent, kase), labels, section, offers,
             shows);
    }

    /** A form on the case itself whose command names who signs it. */
    public CaseForm(String path, String title, Class<R> request, Command<R> command, Map<String, String> labels,
                    String section, Offers offers, Shows shows) {
        this("", path, title, request, command, labels, section, offers, shows);
    }

    /** Where the form is sent, under the case. */
    public String action() {
        return record.isEmpty() ? path : record + "/" + path;
    }

    /** Whether the form asks when it took effect: a request that says so itself (a notification's day) does not. */
    public boolean asksWhen() {
        return Arrays.stream(request.getRecordComponents())
                               .anyMatch(component -> component.getName().equals("effectiveAt"));
    }

    /** The template of the form's fields. */
    public String fields() {
        return "case-forms/" + (record.isEmpty() ? "" : record.substring(0, record.indexOf('/')) + "/") + path;
    }

    /** The command a request makes for the case, signed by the person sending the form. */
    @FunctionalInterface
    public interface Command<R> {
        AddressedCommand of(R request, CaseId kase, Signer signer);
    }

    /** Who sends a form: the signed-in person as the command side records them, and their name in the directory. */
    public record Signer(Actor actor, String name) {
    }

    /** What a new form offers, put in {@code offered}. */
    @FunctionalInterface
    public interface Offers {
        void offer(CaseAtHand kase, Actor actor, Map<String, Object> offered);
    }

    /** What a form page shows besides the fields, put in {@code shown}. */
    @FunctionalInterface
    public interface Shows {
        void show(CaseAtHand kase, FormFields fields, Map<String, Object> shown);
    }
}
