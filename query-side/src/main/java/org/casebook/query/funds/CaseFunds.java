package org.casebook.query.funds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.funds.Amount;
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

    /**
     * What remains to draw on an allocation or obligation of a source: its amount net of its adjustments, less
     * what was obligated on it or disbursed on it (each net of its own adjustments). {@code entry} is numbered as
     * the movements are (stored, or as people see them after {@link #shown}).
     */
    public String remaining(String sourceId, String entry) {
        Amount remaining = Amount.ZERO;
        for (Movement m : movements) {
            if (!m.sourceId().equals(sourceId)) {
                continue;
            }
            if (entry.equals(m.entry()) || entry.equals(m.adjusts())) {
                remaining = remaining.plus(Amount.of(m.amount()));
            } else if (entry.equals(m.of())) {
                remaining = remaining.minus(Amount.of(m.amount()));
            }
        }
        return remaining.toString();
    }
}
