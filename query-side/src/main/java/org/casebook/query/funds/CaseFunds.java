package org.casebook.query.funds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.casebook.kernel.deployment.Sector;
import org.casebook.query.Positioned;

/**
 * The money of one case: allocated, obligated and disbursed in all, by funding source and by sector, and every
 * movement. Amounts are exact decimals written as strings. {@code caseTitle} names the case for the reader.
 */
public record CaseFunds(String caseId, Totals totals, Map<String, Totals> bySource, Map<Sector, Totals> bySector,
                        List<Movement> movements, long position,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String caseTitle) implements Positioned {

    /** These funds with their movements' numbers as people see them ({@link Movement#shown}). */
    public CaseFunds shown() {
        return new CaseFunds(caseId, totals, bySource, bySector, movements.stream().map(Movement::shown).toList(),
                             position, caseTitle);
    }

    /** These funds with the title of their case, as the reader may see it (never stored: it is the case's). */
    public CaseFunds named(Optional<String> title) {
        return new CaseFunds(caseId, totals, bySource, bySector, movements, position, title.orElse(null));
    }
}
