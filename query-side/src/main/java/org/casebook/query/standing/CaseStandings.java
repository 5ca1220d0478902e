package org.casebook.query.standing;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.casebook.kernel.crisis.Stage;
import org.casebook.query.ViewGenerations;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;
import org.casebook.query.funds.CaseFunds;
import org.casebook.query.funds.FundsProjection;
import org.casebook.query.funds.Totals;
import org.casebook.query.overdue.OverdueFlags;
import org.casebook.query.staffing.CaseStaffing;
import org.casebook.query.staffing.StaffingProjection;
import org.springframework.stereotype.Component;

/**
 * What the status board and the case file add to a case, as of now: the people deployed to it (approved or under
 * way) and the money obligated for it, read from the staffing and funds views (by exact keys, since the case's own
 * record does not hold them), and what needs attention ({@link OverdueFlags}). The one enricher of both; it says
 * which views it reads ({@link #READS}), so that a read waiting for a position waits for them too.
 */
@Component
public class CaseStandings {

    /** The views read for a standing, besides the case's own. */
    public static final List<String> READS = List.of(Views.STAFFING, Views.FUNDS);

    /**
     * A case's standing: how many people are deployed to it, how much money is obligated for it, its flags, and
     * how many hours its oldest pending handover has waited (null if none). Unwrapped ({@code @JsonUnwrapped}) into
     * the board's rows and the case file.
     */
    public record Standing(int peopleDeployed, String fundsObligated, List<String> flags, Long handoverPendingHours) {
    }

    /**
     * What of a case its flags come from: its stage, when its current assessment took effect (null if it has
     * none), and its handovers awaiting an answer.
     */
    public record CaseFacts(String id, Stage stage, Instant assessedAt, List<OverdueFlags.Pending> pending) {
    }

    private final ViewStore<CaseStaffing> staffing;
    private final ViewStore<CaseFunds> funds;
    private final OverdueFlags overdue;

    public CaseStandings(ViewGenerations generations, OverdueFlags overdue) {
        this.staffing = StaffingProjection.VIEW.liveStore(generations, StaffingProjection.CASES, CaseStaffing.class);
        this.funds = FundsProjection.VIEW.liveStore(generations, FundsProjection.CASES, CaseFunds.class);
        this.overdue = overdue;
    }

    /** The views a read of {@code view} enriched with standings reads: {@code view}, then {@link #READS}. */
    public static List<String> reading(String view) {
        return Stream.concat(Stream.of(view), READS.stream()).toList();
    }

    /** The standing of one case. */
    public Standing of(CaseFacts facts) {
        return of(List.of(facts)).get(facts.id());
    }

    /** The standings of cases, by case id: the staffing and funds of all of them read at once. */
    public Map<String, Standing> of(Collection<CaseFacts> cases) {
        List<String> caseIds = cases.stream().map(CaseFacts::id).toList();
        Map<String, Integer> people = new HashMap<>();
        staffing.findAll(caseIds).forEach(found -> people.put(found.caseId(), found.deployed()));
        Map<String, String> obligated = new HashMap<>();
        funds.findAll(caseIds).forEach(found -> obligated.put(found.caseId(), found.totals().obligated()));
        Map<String, Standing> standings = new HashMap<>();
        for (CaseFacts facts : cases) {
            OverdueFlags.Flags flags = overdue.of(facts.stage(), facts.assessedAt(), facts.pending());
            standings.put(facts.id(), new Standing(people.getOrDefault(facts.id(), 0),
                                                   obligated.getOrDefault(facts.id(), Totals.NONE.obligated()),
                                                   flags.flags(), flags.handoverPendingHours()));
        }
        return standings;
    }
}
