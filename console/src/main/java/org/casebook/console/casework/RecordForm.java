package org.casebook.console.casework;

import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.casebook.command.Actor;
import org.casebook.command.web.CommandBody;
import org.casebook.console.form.Forms;
import org.casebook.kernel.AddressedCommand;
import org.casebook.kernel.crisis.CaseId;

/**
 * A form that takes a record within a case a step on (a deployment, a handover, a risk of a handover): the page at
 * {@code /cases/{id}/{record}/{path}/new}, a {@link CaseForm} on that record.
 *
 * @param kind      the kind of record: where it is under the case, which version a step is sent from, where the
 *                  case page shows it
 * @param path      the step, as the API's own path under the record
 * @param title     what the form does, as its heading and its button say
 * @param request   the API's request the fields make
 * @param command   the command the request makes for the record of the case, signed by the person sending it
 * @param labels    each field as the form labels it, and as a refusal names it
 * @param offeredTo whether the case page offers the step on the record to the person (the record itself decides
 *                  whether it may be taken, and says why not)
 * @param offers    what a new form offers, from the record
 */
public record RecordForm<T, R extends Record & CommandBody>(
        Kind<T> kind, String path, String title, Class<R> request, Command<T, R> command, Map<String, String> labels,
        BiPredicate<T, Actor> offeredTo, Offers<T> offers) {

    /**
     * A kind of record within a case.
     *
     * @param address where a record is under the case, as the API's path to it ({@code deployments/5f0c...})
     * @param version the version a step on it is sent from (the API's If-Match); null for the case's own
     * @param section where the case page shows the record, and a step on it returns to
     * @param name    what a form on it calls it, for its fields' template ({@code deployment})
     */
    public record Kind<T>(Function<T, String> address, Function<T, Long> version, String section, String name) {
    }

    /** The command a request makes for a record of a case. */
    @FunctionalInterface
    public interface Command<T, R> {
        AddressedCommand of(R request, T record, CaseId kase, CaseForm.Signer signer);
    }

    /** What a new form offers, from the record, put in {@code offered}. */
    @FunctionalInterface
    public interface Offers<T> {
        void offer(T record, Map<String, Object> offered);
    }

    /** Whether the case page offers this step on the record to the person. */
    public boolean offeredTo(T record, Actor actor) {
        return offeredTo.test(record, actor);
    }

    /** This step as a form on {@code record}, sent from the version its kind says, showing the record it works on. */
    CaseForm<R> on(T record) {
        Long version = kind.version().apply(record);
        return new CaseForm<>(kind.address().apply(record), path, title, request,
                              (sent, kase, signer) -> command.of(sent, record, kase, signer), labels, kind.section(),
                              (kase, actor, offered) -> {
                                  offers.offer(record, offered);
                                  if (version != null) {
                                      offered.put(Forms.VERSION, version);
                                  }
                              },
                              (kase, fields, shown) -> shown.put(kind.name(), record));
    }
}
