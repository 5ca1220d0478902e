package org.casebook.console.casefile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.casebook.console.casework.FundsForms;
import org.casebook.query.funds.CaseFunds;
import org.casebook.query.funds.Movement;
import org.casebook.query.funds.Totals.Kind;

/**
 * A case's money as its page shows it: the movements by kind, each with its funding source named by authority, an
 * allocation with the decision authorizing it by number and text, and what remains of allocations and obligations.
 *
 * @param funds       the case's funds, as {@code GET /api/crises/{id}/funds} reads them for the person
 * @param authorities each funding source's authority, by source id
 * @param decisions   the case's decisions' texts, by number
 * @param notified    the sources whose authority has notification terms (the committees are notified of money)
 */
public record FundsShown(CaseFunds funds, Map<String, String> authorities, Map<String, String> decisions,
                         Set<String> notified) {

    public List<Movement> allocations() {
        return entries(m -> m.kind() == Kind.ALLOCATION);
    }

    public List<Movement> obligations() {
        return entries(m -> m.kind() == Kind.OBLIGATION);
    }

    public List<Movement> disbursements() {
        return entries(m -> m.kind() == Kind.DISBURSEMENT);
    }

    /** The adjustments: they have no number of their own, and name the entry they reduce. */
    public List<Movement> adjustments() {
        return funds.movements().stream().filter(m -> m.entry() == null).toList();
    }

    public boolean isEmpty() {
        return funds.movements().isEmpty();
    }

    /** What remains to draw on an allocation or obligation. */
    public String remaining(Movement entry) {
        return funds.remaining(entry.sourceId(), entry.entry());
    }

    /** The authority a movement's money comes under (its source id, if the source is unknown to the reader). */
    public String authority(Movement movement) {
        return authorities.getOrDefault(movement.sourceId(), movement.sourceId());
    }

    /** The decision authorizing an allocation, by number and text; empty if none. */
    public String decision(Movement allocation) {
        String number = allocation.authorizedBy();
        if (number == null) {
            return "";
        }
        String text = decisions.get(number);
        return text == null ? number : number + ": " + text;
    }

    /** The forms a coordinator is offered on an entry. */
    public List<FundsForms.Step> steps(Movement entry) {
        return FundsForms.offeredOn(funds.caseId(), entry, notified.contains(entry.sourceId()));
    }

    /** Where a movement's row is on the page: entries are numbered within their source. */
    public String anchor(Movement movement) {
        return "funds-" + movement.sourceId() + "-" + movement.entry();
    }

    private List<Movement> entries(Predicate<Movement> kind) {
        return funds.movements().stream().filter(m -> m.entry() != null && kind.test(m)).toList();
    }
}
