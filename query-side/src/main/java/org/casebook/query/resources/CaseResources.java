package org.casebook.query.resources;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casebook.query.ViewGenerations;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;
import org.casebook.query.funds.CaseFunds;
import org.casebook.query.funds.FundsProjection;
import org.casebook.query.funds.Totals;
import org.casebook.query.staffing.CaseStaffing;
import org.casebook.query.staffing.StaffingProjection;
import org.springframework.stereotype.Component;

/**
 * The people and money of cases, for the status board: read from the staffing and funds views (by exact keys),
 * since the case's own record does not hold them.
 */
@Component
public class CaseResources {

    /** How many people are deployed to a case (approved or under way), and how much money is obligated for it. */
    public record Resources(int peopleDeployed, String fundsObligated) {

        static final Resources NONE = new Resources(0, Totals.NONE.obligated());
    }

    /** The views a read of resources waits for, with the board's own. */
    public static final List<String> VIEWS = List.of(Views.STAFFING, Views.FUNDS);

    private final ViewStore<CaseStaffing> staffing;
    private final ViewStore<CaseFunds> funds;

    public CaseResources(ViewGenerations generations) {
        this.staffing = new ViewStore<>(generations.liveCollections(Views.STAFFING),
                                        StaffingProjection.COLLECTIONS.get(0), CaseStaffing.class);
        this.funds = new ViewStore<>(generations.liveCollections(Views.FUNDS), FundsProjection.COLLECTIONS.get(1),
                                     CaseFunds.class);
    }

    public Map<String, Resources> of(Collection<String> caseIds) {
        Map<String, Integer> people = new HashMap<>();
        staffing.findAll(caseIds).forEach(found -> people.put(found.caseId(), found.deployed()));
        Map<String, String> obligated = new HashMap<>();
        funds.findAll(caseIds).forEach(found -> obligated.put(found.caseId(), found.totals().obligated()));
        Map<String, Resources> resources = new HashMap<>();
        for (String caseId : caseIds) {
            resources.put(caseId, new Resources(people.getOrDefault(caseId, 0),
                                                obligated.getOrDefault(caseId, Resources.NONE.fundsObligated())));
        }
        return resources;
    }
}
