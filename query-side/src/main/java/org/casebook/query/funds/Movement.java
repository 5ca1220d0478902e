package org.casebook.query.funds;

import java.time.Instant;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.funds.FundsAdjusted;
import org.casebook.kernel.funds.FundsAllocated;
import org.casebook.kernel.funds.FundsDisbursed;
import org.casebook.kernel.funds.FundsEvent;
import org.casebook.kernel.funds.FundsObligated;
import org.casebook.query.funds.Totals.Kind;

/**
 * One movement of money: {@code entry} is its number within its source (A-, O-, P-), {@code of} the allocation or
 * obligation it draws on; an adjustment has no number of its own, names the entry it reduces ({@code adjusts}) and
 * has a negative {@code amount}. {@code text} is a description or an adjustment's reason. {@code caseTitle} names
 * {@code caseId} for the reader (withheld where it is SBU text to them); the view never stores it.
 */
public record Movement(String sourceId, String entry, Kind kind, String of, String adjusts, String caseId,
                       Sector sector, String project, String amount, String text, String authorizedBy, String user,
                       Instant recordedAt, long position,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String caseTitle) {

    /** This movement with its numbers as people see them ({@link EntryNumber#shown}); views store them as recorded. */
    Movement shown() {
        return new Movement(sourceId, EntryNumber.shown(entry), kind, EntryNumber.shown(of), EntryNumber.shown(adjusts),
                            caseId, sector, project, amount, text, authorizedBy, user, recordedAt, position,
                            caseTitle);
    }

    /** This movement with the title of its case, as the reader may see it (never stored: titles are the case's). */
    Movement named(String title) {
        return new Movement(sourceId, entry, kind, of, adjusts, caseId, sector, project, amount, text, authorizedBy,
                            user, recordedAt, position, title);
    }

    /** The movement an event records; {@code earlier} finds the earlier movement an entry number names. */
    static Movement of(FundsEvent event, Function<EntryNumber, Movement> earlier, String user, Instant recordedAt,
                       long position) {
        String source = event.sourceId().value();
        if (event instanceof FundsAllocated allocated) {
            return new Movement(source, allocated.allocation().value(), Kind.ALLOCATION, null, null,
                                allocated.crisisId().value(), allocated.sector(), allocated.project(),
                                allocated.amount().toString(), null,
                                allocated.authorizedBy() == null ? null : allocated.authorizedBy().value(), user,
                                recordedAt, position, null);
        }
        if (event instanceof FundsObligated obligated) {
            Movement allocation = earlier.apply(obligated.allocation());
            return new Movement(source, obligated.obligation().value(), Kind.OBLIGATION,
                                obligated.allocation().value(), null, obligated.crisisId().value(),
                                allocation.sector(), allocation.project(), obligated.amount().toString(),
                                obligated.description(), null, user, recordedAt, position, null);
        }
        if (event instanceof FundsDisbursed disbursed) {
            Movement obligation = earlier.apply(disbursed.obligation());
            return new Movement(source, disbursed.disbursement().value(), Kind.DISBURSEMENT,
                                disbursed.obligation().value(), null, disbursed.crisisId().value(),
                                obligation.sector(), obligation.project(), disbursed.amount().toString(),
                                disbursed.description(), null, user, recordedAt, position, null);
        }
        FundsAdjusted adjusted = (FundsAdjusted) event;
        Movement entry = earlier.apply(adjusted.entry());
        return new Movement(source, null, entry.kind(), entry.of(), adjusted.entry().value(),
                            adjusted.crisisId().value(), entry.sector(), entry.project(), adjusted.change().toString(),
                            adjusted.reason(), null, user, recordedAt, position, null);
    }
}
