package org.casebook.query.funds;

import java.util.List;
import java.util.Map;

import org.casebook.kernel.deployment.Sector;
import org.casebook.query.Positioned;

/**
 * One funding source's ledger: its cap, what is allocated, obligated and disbursed, what remains under the cap,
 * the same by case and by sector, and every movement with who recorded it and when. Amounts are exact decimals
 * written as strings.
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
        long position) implements Positioned {

    /** This ledger with its movements' numbers as people see them ({@link Movement#shown}). */
    public FundsLedger shown() {
        return new FundsLedger(sourceId, authority, fiscalYear, currency, cap, totals, remaining, byCase, bySector,
                               movements.stream().map(Movement::shown).toList(), version, position);
    }
}
