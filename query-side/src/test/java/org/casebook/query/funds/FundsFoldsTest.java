package org.casebook.query.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.casebook.kernel.crisis.CrisisId;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.funds.Amount;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.funds.FundingSourceId;
import org.casebook.kernel.funds.FundingSourceRegistered;
import org.casebook.kernel.funds.FundsAdjusted;
import org.casebook.kernel.funds.FundsAllocated;
import org.casebook.kernel.funds.FundsDisbursed;
import org.casebook.kernel.funds.FundsEvent;
import org.casebook.kernel.funds.FundsObligated;
import org.junit.jupiter.api.Test;

class FundsFoldsTest {

    private static final FundingSourceId SOURCE = FundingSourceId.of("Section 1207", 2008);
    private static final CrisisId HAITI = new CrisisId("haiti");
    private static final CrisisId SUDAN = new CrisisId("sudan");
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    private static final List<FundsEvent> HISTORY = List.of(
            new FundingSourceRegistered(SOURCE, "Section 1207", 2008, Amount.of("100.00"), "USD"),
            new FundsAllocated(SOURCE, EntryNumber.allocation(1), HAITI, "Police", Sector.SECURITY, Amount.of("40.00"),
                               null),
            new FundsAllocated(SOURCE, EntryNumber.allocation(2), SUDAN, "Courts", Sector.JUSTICE_AND_RECONCILIATION,
                               Amount.of("35.50"), null),
            new FundsObligated(SOURCE, EntryNumber.obligation(1), EntryNumber.allocation(1), HAITI, Amount.of("30.00"),
                               "Contract"),
            new FundsDisbursed(SOURCE, EntryNumber.disbursement(1), EntryNumber.obligation(1), HAITI,
                               Amount.of("12.25"), "Tranche"),
            new FundsAdjusted(SOURCE, EntryNumber.obligation(1), HAITI, Amount.of("-5.00"), "Smaller contract"));

    private static FundsLedger ledger() {
        FundsLedger ledger = null;
        for (int i = 0; i < HISTORY.size(); i++) {
            ledger = FundsFolds.ledger(ledger, HISTORY.get(i), i, "m.alvarez", AT, 10 + i);
        }
        return ledger;
    }

    @Test
    void the_ledger_totals_are_net_of_adjustments_and_the_remainder_is_the_cap_less_allocations() {
        FundsLedger ledger = ledger();

        assertThat(ledger.totals()).isEqualTo(new Totals("75.50", "25.00", "12.25"));
        assertThat(ledger.remaining()).isEqualTo("24.50");
        assertThat(ledger.version()).isEqualTo(6);
    }

    @Test
    void the_totals_by_case_and_by_sector_add_up_to_the_whole() {
        FundsLedger ledger = ledger();

        assertThat(ledger.byCase()).isEqualTo(Map.of("haiti", new Totals("40.00", "25.00", "12.25"),
                                                     "sudan", new Totals("35.50", "0.00", "0.00")));
        assertThat(ledger.bySector()).isEqualTo(Map.of(
                Sector.SECURITY, new Totals("40.00", "25.00", "12.25"),
                Sector.JUSTICE_AND_RECONCILIATION, new Totals("35.50", "0.00", "0.00")));
    }

    @Test
    void an_adjustment_is_a_movement_of_its_own_that_names_the_entry_it_reduces() {
        Movement adjustment = ledger().movements().get(4);

        assertThat(adjustment.entry()).isNull();
        assertThat(adjustment.adjusts()).isEqualTo("O-1");
        assertThat(adjustment.kind()).isEqualTo(Totals.Kind.OBLIGATION);
        assertThat(adjustment.amount()).isEqualTo("-5.00");
        assertThat(adjustment.sector()).isEqualTo(Sector.SECURITY);
    }

    @Test
    void a_case_sees_only_its_own_money() {
        CaseFunds haiti = null;
        for (FundsEvent event : HISTORY) {
            if (FundsFolds.caseOf(event).filter("haiti"::equals).isPresent()) {
                haiti = FundsFolds.caseFunds(haiti, event, "m.alvarez", AT, 20);
            }
        }

        assertThat(haiti.totals()).isEqualTo(new Totals("40.00", "25.00", "12.25"));
        assertThat(haiti.bySource()).containsOnlyKeys(SOURCE.value());
        assertThat(haiti.movements()).hasSize(4);
    }
}
