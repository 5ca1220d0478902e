package org.casebook.console.casework;

import static org.casebook.console.casework.CaseForms.labels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.casebook.command.funds.FundsRequests.AdjustRequest;
import org.casebook.command.funds.FundsRequests.AllocateRequest;
import org.casebook.command.funds.FundsRequests.DisburseRequest;
import org.casebook.command.funds.FundsRequests.ObligateRequest;
import org.casebook.command.funds.FundsRequests.TransmitRequest;
import org.casebook.command.funds.FundsRequests.WaiveRequest;
import org.casebook.command.web.CommandBody;
import org.casebook.console.NoSuchPage;
import org.casebook.console.Shown;
import org.casebook.console.form.Forms;
import org.casebook.kernel.AddressedCommand;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.query.funds.CaseFunds;
import org.casebook.query.funds.FundsLedger;
import org.casebook.query.funds.Movement;
import org.casebook.query.funds.Totals.Kind;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The forms that move a case's money, each a {@link CaseForm} on one funding source of the case
 * ({@code /cases/{id}/funds/{sourceId}/{path}/new}): sent from the source's version, as the API's If-Match names it
 * for every movement of its money, and offering the case's entries of that source by number, text and what remains
 * of them.
 */
public final class FundsForms {

    /** Where the case page shows its money, and a form on it returns to. */
    public static final String SECTION = "funds";

    /** The forms of an allocation whose authority requires notice: the notification to the committees, a waiver. */
    static final String NOTIFICATIONS = "notifications";
    static final String WAIVERS = "waivers";

    /** The field that names the funding source: the one the form was opened on, kept hidden. */
    static final String SOURCE = "sourceId";

    private static final Shown SHOWN = new Shown();
    /** A notification is unclassified unless marked SBU, as the API takes it. */
    private static final Map<String, String> CLASSIFICATIONS = Map.of(
            Sensitivity.UNCLASSIFIED.name(), "Unclassified", Sensitivity.SBU.name(), "SBU");
    private static final String AMOUNT = "Amount (US dollars)";
    private static final String TOOK_EFFECT = "Took effect (UTC)";

    private FundsForms() {
    }

    /** A form the case page offers on an entry: what its button says, and its address with the entry picked. */
    public record Step(String title, String href) {

        public String testId() {
            return title.toLowerCase(Locale.ENGLISH).replace(' ', '-');
        }
    }

    /**
     * The forms the case page offers on an entry of the case: draw on it (if it may be), notify the committees of an
     * allocation or waive their wait (where its authority has notification terms), adjust it.
     */
    public static List<Step> offeredOn(String caseId, Movement entry, boolean notified) {
        List<Step> steps = new ArrayList<>();
        if (entry.kind() == Kind.ALLOCATION) {
            steps.add(step(caseId, entry, "Obligate", "obligations", "allocation"));
            if (notified) {
                steps.add(step(caseId, entry, "Notify", NOTIFICATIONS, "allocation"));
                steps.add(step(caseId, entry, "Waive the wait", WAIVERS, "allocation"));
            }
        } else if (entry.kind() == Kind.OBLIGATION) {
            steps.add(step(caseId, entry, "Disburse", "disbursements", "obligation"));
        }
        steps.add(step(caseId, entry, "Adjust", "adjustments", "entry"));
        return steps;
    }

    private static Step step(String caseId, Movement entry, String title, String path, String picked) {
        return new Step(title, UriComponentsBuilder.fromPath("/cases/{id}/funds/{source}/{path}/new")
                                                   .queryParam(picked, entry.entry())
                                                   .buildAndExpand(caseId, entry.sourceId(), path).encode()
                                                   .toUriString());
    }

    /** The form at that path on {@code source}, offering the case's {@code funds}; the not-found page for any other. */
    static CaseForm<?> on(String path, FundsLedger source, CaseFunds funds) {
        return switch (path) {
            case "allocations" -> form(source, path, "Allocate funds", AllocateRequest.class, AllocateRequest::sourceId,
                    AllocateRequest::toCommand,
                    labels("project", "Project", "sector", "Sector", "amount", AMOUNT, "authorizedBy", "Authorized by",
                           SOURCE, "Funding source", "effectiveAt", TOOK_EFFECT),
                    (kase, shown) -> {
                        shown.put("sectors", CaseForms.words("Choose a sector", Sector.values()));
                        shown.put("decisions", CaseForms.standingDecisions(kase, "Not on a decision"));
                    });
            case "obligations" -> form(source, path, "Obligate funds", ObligateRequest.class, ObligateRequest::sourceId,
                    ObligateRequest::toCommand,
                    labels("allocation", "Allocation", "amount", AMOUNT, "description", "Description",
                           SOURCE, "Funding source", "effectiveAt", TOOK_EFFECT),
                    (kase, shown) -> shown.put("allocations", entries(
                            source, funds, "Choose an allocation", m -> m.kind() == Kind.ALLOCATION, "remains")));
            case "disbursements" -> form(source, path, "Disburse funds", DisburseRequest.class,
                    DisburseRequest::sourceId, DisburseRequest::toCommand,
                    labels("obligation", "Obligation", "amount", AMOUNT, "description", "Description",
                           SOURCE, "Funding source", "effectiveAt", TOOK_EFFECT),
                    (kase, shown) -> shown.put("obligations", entries(
                            source, funds, "Choose an obligation", m -> m.kind() == Kind.OBLIGATION, "remains")));
            case "adjustments" -> form(source, path, "Adjust an entry", AdjustRequest.class, AdjustRequest::sourceId,
                    AdjustRequest::toCommand,
                    labels("entry", "Entry", "change", "Change (US dollars, negative)", "reason", "Reason",
                           SOURCE, "Funding source", "effectiveAt", TOOK_EFFECT),
                    (kase, shown) -> shown.put("entries", entries(
                            source, funds, "Choose an entry", m -> true, "may be taken off")));
            case NOTIFICATIONS -> form(source, path, "Record the notification", TransmitRequest.class,
                    TransmitRequest::sourceId, TransmitRequest::toCommand,
                    labels("allocation", "Allocation", "provided", "Provided", "purpose", "Purpose",
                           "objectives", "Objectives", "otherFunds", "Other funds for the same end",
                           "classification", "Classification", "transmittedOn", "Transmitted on",
                           SOURCE, "Funding source"),
                    (kase, shown) -> {
                        shown.put("allocations", entries(
                                source, funds, "Choose an allocation", m -> m.kind() == Kind.ALLOCATION, "remains"));
                        shown.put("classifications", CLASSIFICATIONS);
                    });
            case WAIVERS -> form(source, path, "Waive the wait", WaiveRequest.class, WaiveRequest::sourceId,
                    WaiveRequest::toCommand,
                    labels("allocation", "Allocation", "circumstances", "Emergency circumstances",
                           SOURCE, "Funding source", "effectiveAt", TOOK_EFFECT),
                    (kase, shown) -> shown.put("allocations", entries(
                            source, funds, "Choose an allocation", m -> m.kind() == Kind.ALLOCATION, "remains")));
            default -> throw new NoSuchPage("no form of a case's funds is called " + path);
        };
    }

    /** What a form on the source shows besides the source and its fields: choices drawn from the case. */
    @FunctionalInterface
    private interface Choices {
        void show(CaseAtHand kase, Map<String, Object> shown);
    }

    private static <R extends Record & CommandBody> CaseForm<R> form(
            FundsLedger source, String path, String title, Class<R> request, Function<R, String> sourceOf,
            BiFunction<R, CaseId, ? extends AddressedCommand> command, Map<String, String> labels, Choices choices) {
        return new CaseForm<>("funds/" + source.sourceId(), path, title, request,
                              (sent, kase, signer) -> {
                                  if (!source.sourceId().equals(sourceOf.apply(sent))) {
                                      throw new InvalidInput(SOURCE, "is the funding source the form was opened on");
                                  }
                                  return command.apply(sent, kase);
                              },
                              labels, SECTION,
                              (kase, actor, offered) -> {
                                  offered.put(SOURCE, source.sourceId());
                                  offered.put(Forms.VERSION, source.version());
                              },
                              (kase, fields, shown) -> {
                                  shown.put("source", source);
                                  choices.show(kase, shown);
                              });
    }

    /**
     * The case's entries of the source that {@code which} keeps (adjustments have no number of their own and are
     * never offered), each by number, project or description, and what remains of it.
     */
    private static Map<String, String> entries(FundsLedger source, CaseFunds funds, String none,
                                               Predicate<Movement> which, String remains) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("", none);
        funds.movements().stream()
             .filter(m -> m.entry() != null && m.sourceId().equals(source.sourceId()) && which.test(m))
             .forEach(m -> entries.put(m.entry(), m.entry() + ": " + (m.text() == null ? m.project() : m.text())
                     + ", " + SHOWN.money(funds.remaining(m.sourceId(), m.entry())) + " " + remains));
        return entries;
    }
}
