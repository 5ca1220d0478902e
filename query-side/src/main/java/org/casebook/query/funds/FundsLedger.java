package org.casebook.query.funds;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.casebook.kernel.deployment.Sector;
import org.casebook.query.Positioned;

/**
 * One funding source's ledger: its cap, what is allocated, obligated and disbursed, what remains under the cap,
 * the same by case and by sector, and every movement with who recorded it and when. Amounts are exact decimals
 * written as strings. Cases are named by id ({@code byCase}, each movement's {@code caseId}) and, for the reader,
 * by title ({@code caseTitles} and each movement's {@code caseTitle}; never stored: a title is its case's).
 */
public record FundsLedger(
        String sourceId,
        String authority,
        int fiscalYear,
        String currency,
        String cap,
        Totals totals,
        String remaining,
        Map<String, Totals> byCase,
        Map<Sector, Totals> bySector,
        List<Movement> movements,
        long version,
        long position,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> caseTitles) implements Positioned {

    public FundsLedger {
        caseTitles = caseTitles == null ? Map.of() : caseTitles;
    }

    /** Whether its cap is nearly reached by what is allocated ({@link CapUse#NEARLY} of it, or all). */
    public boolean capNearlyReached() {
        return CapUse.nearlyReached(cap, totals.allocated());
    }

    /** This ledger with its movements' numbers as people see them ({@link Movement#shown}). */
    public FundsLedger shown() {
        return new FundsLedger(sourceId, authority, fiscalYear, currency, cap, totals, remaining, byCase, bySector,
                               movements.stream().map(Movement::shown).toList(), version, position, caseTitles);
    }

    /**
     * This ledger with the title of each case it names (in {@code caseTitles}, by the ids of {@code byCase}, and on
     * each movement), where {@code titles} gives one: as the reader may see it.
     */
    public FundsLedger named(Function<String, Optional<String>> titles) {
        Map<String, String> named = new LinkedHashMap<>();
        byCase.keySet().forEach(caseId -> titles.apply(caseId).ifPresent(title -> named.put(caseId, title)));
        return new FundsLedger(sourceId, authority, fiscalYear, currency, cap, totals, remaining, byCase, bySector,
                               movements.stream().map(m -> m.caseId() == null ? m
                                       : m.named(titles.apply(m.caseId()).orElse(null))).toList(),
                               version, position, Collections.unmodifiableMap(named));
    }
}
