package org.casebook.console.roster;

import java.util.Map;
import java.util.function.BiFunction;

import org.casebook.command.web.CommandBody;
import org.casebook.console.form.FormFields;
import org.casebook.kernel.AddressedCommand;
import org.casebook.kernel.responder.ResponderId;

/**
 * A form that changes a responder on the roster: the page at {@code /responders/{id}/{path}/new}, sent to
 * {@code /responders/{id}/{path}} as the API's {@code request}, from the responder's version (If-Match in the API),
 * shown with its fields from {@code responder-forms/{path}}.
 *
 * @param path          where the form lives under the responder, as the API's own path
 * @param title         what the form does, as its heading and its button say
 * @param request       the API's request the fields make
 * @param command       the command the request makes for the responder
 * @param labels        each field as the form labels it, and as a refusal names it
 * @param irreversible  whether what it records can never be undone (its button warns)
 * @param offers        what a new form offers besides the responder's version: what the roster holds now
 * @param shows         what the page needs besides the fields (the choices it offers)
 */
public record ResponderForm<R extends Record & CommandBody>(
        String path, String title, Class<R> request, BiFunction<R, ResponderId, ? extends AddressedCommand> command,
        Map<String, String> labels, boolean irreversible, Offers offers, Shows shows) {

    /** The template of the form's fields. */
    public String fields() {
        return "responder-forms/" + path;
    }

    /** What a new form offers, put in {@code offered}. */
    @FunctionalInterface
    public interface Offers {
        void offer(ResponderShown responder, Map<String, Object> offered);
    }

    /** What a form page shows besides the fields, put in {@code shown}. */
    @FunctionalInterface
    public interface Shows {
        void show(Roster roster, FormFields fields, Map<String, Object> shown);
    }
}
