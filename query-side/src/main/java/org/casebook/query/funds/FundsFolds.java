package org.casebook.query.funds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.funds.Amount;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.funds.FundingSourceRegistered;
import org.casebook.kernel.funds.FundsAdjusted;
import org.casebook.kernel.funds.FundsAllocated;
import org.casebook.kernel.funds.FundsDisbursed;
import org.casebook.kernel.funds.FundsEvent;
import org.casebook.kernel.funds.FundsObligated;

/** The funds views as folds over funding source events. Pure: no storage, no clock. */
public final class FundsFolds {

    private FundsFolds() {
    }

    /** A source's ledger after {@code event}, the source's entry number {@code sequence}. */
    public static FundsLedger ledger(FundsLedger ledger, FundsEvent event, long sequence, String user,
                                     Instant recordedAt, long position) {
        if (event instanceof FundingSourceRegistered registered) {
            return new FundsLedger(registered.sourceId().value(), registered.authority(), registered.fiscalYear(),
                                   registered.currency(), registered.cap().toString(), Totals.NONE,
                                   registered.cap().toString(), Map.of(), Map.of(), List.of(), sequence + 1,
                                   position, Map.of());
        }
        if (FundsFolds.caseOf(event).isEmpty()) { // a notification or a waiver: no money moves, the version does
            return new FundsLedger(ledger.sourceId(), ledger.authority(), ledger.fiscalYear(), ledger.currency(),
                                   ledger.cap(), ledger.totals(), ledger.remaining(), ledger.byCase(),
                                   ledger.bySector(), ledger.movements(), sequence + 1, position, Map.of());
        }
        Movement movement = Movement.of(event, find(ledger.movements()), user, recordedAt, position);
        Totals totals = ledger.totals().plus(movement.kind(), Amount.of(movement.amount()));
        String remaining = Amount.of(ledger.cap()).minus(Amount.of(totals.allocated())).toString();
        return new FundsLedger(ledger.sourceId(), ledger.authority(), ledger.fiscalYear(), ledger.currency(),
                               ledger.cap(), totals, remaining, added(ledger.byCase(), movement.caseId(), movement),
                               bySector(ledger.bySector(), movement), with(ledger.movements(), movement),
                               sequence + 1, position, Map.of());
    }

    /** A case's funds after the movement {@code event} (not a registration) of one of its sources. */
    public static CaseFunds caseFunds(CaseFunds funds, FundsEvent event, String user, Instant recordedAt,
                                      long position) {
        List<Movement> earlier = funds == null ? List.of() : funds.movements();
        String source = event.sourceId().value();
        Movement movement = Movement.of(event, find(earlier.stream()
                                                          .filter(m -> m.sourceId().equals(source)).toList()),
                                        user, recordedAt, position);
        Totals totals = (funds == null ? Totals.NONE : funds.totals()).plus(movement.kind(),
                                                                             Amount.of(movement.amount()));
        return new CaseFunds(movement.caseId(), totals,
                             added(funds == null ? Map.of() : funds.bySource(), source, movement),
                             bySector(funds == null ? Map.of() : funds.bySector(), movement), with(earlier, movement),
                             position, null);
    }

    /** The case a movement of money is for; a registration, a notification or a waiver is none. */
    public static Optional<String> caseOf(FundsEvent event) {
        if (event instanceof FundsAllocated allocated) {
            return Optional.of(allocated.crisisId().value());
        } else if (event instanceof FundsObligated obligated) {
            return Optional.of(obligated.crisisId().value());
        } else if (event instanceof FundsDisbursed disbursed) {
            return Optional.of(disbursed.crisisId().value());
        } else if (event instanceof FundsAdjusted adjusted) {
            return Optional.of(adjusted.crisisId().value());
        }
        return Optional.empty();
    }

    private static Function<EntryNumber, Movement> find(List<Movement> movements) {
        return entry -> movements.stream().filter(movement -> entry.value().equals(movement.entry())).findFirst()
                                 .orElseThrow(() -> new IllegalStateException("no earlier movement " + entry));
    }

    private static Map<String, Totals> added(Map<String, Totals> totals, String key, Movement movement) {
        Map<String, Totals> next = new TreeMap<>(totals);
        next.put(key, next.getOrDefault(key, Totals.NONE).plus(movement.kind(), Amount.of(movement.amount())));
        return next;
    }

    private static Map<Sector, Totals> bySector(Map<Sector, Totals> totals, Movement movement) {
        Map<Sector, Totals> next = new EnumMap<>(Sector.class);
        next.putAll(totals);
        next.put(movement.sector(), next.getOrDefault(movement.sector(), Totals.NONE)
                                        .plus(movement.kind(), Amount.of(movement.amount())));
        return next;
    }

    private static List<Movement> with(List<Movement> movements, Movement movement) {
        List<Movement> next = new ArrayList<>(movements);
        next.add(movement);
        return List.copyOf(next);
    }
}
