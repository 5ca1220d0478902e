package org.casebook.query.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.Sensitivity;
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
import org.casebook.kernel.funds.NotificationTransmitted;
import org.casebook.kernel.funds.NotificationWaitWaived;
import org.junit.jupiter.api.Test;

class FundsFoldsTest {

    private static final FundingSourceId SOURCE = FundingSourceId.of("Section 1207", 2008);
    private static final CaseId HAITI = new CaseId("haiti");
    private static final CaseId SUDAN = new CaseId("sudan");
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

    @Test
    void what_remains_of_an_entry_is_its_amount_net_of_adjustments_less_what_was_drawn_on_it_net_of_theirs() {
        CaseFunds haiti = null;
        for (FundsEvent event : HISTORY) {
            if (FundsFolds.caseOf(event).filter("haiti"::equals).isPresent()) {
                haiti = FundsFolds.caseFunds(haiti, event, "m.alvarez", AT, 20);
            }
        }

        assertThat(haiti.remaining(SOURCE.value(), "A-1")).isEqualTo("15.00");
        assertThat(haiti.remaining(SOURCE.value(), "O-1")).isEqualTo("12.75");
        assertThat(haiti.shown().remaining(SOURCE.value(), "AL-1")).isEqualTo("15.00");
        assertThat(haiti.remaining("another-fy2008", "A-1")).isEqualTo("0.00");
    }

    @Test
    void a_registered_source_has_its_whole_cap_left_and_no_money_moved() {
        FundsLedger ledger = FundsFolds.ledger(null, HISTORY.get(0), 0, "m.alvarez", AT, 10);

        assertThat(ledger.sourceId()).isEqualTo(SOURCE.value());
        assertThat(ledger.authority()).isEqualTo("Section 1207");
        assertThat(ledger.fiscalYear()).isEqualTo(2008);
        assertThat(ledger.currency()).isEqualTo("USD");
        assertThat(ledger.cap()).isEqualTo("100.00");
        assertThat(ledger.remaining()).isEqualTo("100.00");
        assertThat(ledger.totals()).isEqualTo(Totals.NONE);
        assertThat(ledger.movements()).isEmpty();
        assertThat(ledger.version()).isEqualTo(1);
        assertThat(ledger.position()).isEqualTo(10);
    }

    @Test
    void a_notification_or_a_waiver_moves_no_money_but_is_an_entry_of_the_ledger() {
        FundsLedger before = ledger();
        FundsLedger notified = FundsFolds.ledger(before, new NotificationTransmitted(
                SOURCE, EntryNumber.allocation(1), HAITI, LocalDate.parse("2026-12-02"), "97-0100", List.of("SASC"), 15,
                LocalDate.parse("2026-12-17"), Amount.of("40.00"), "Training", "Police", "A force", null,
                Sensitivity.UNCLASSIFIED), 6, "m.alvarez", AT, 30);
        FundsLedger waived = FundsFolds.ledger(notified, new NotificationWaitWaived(
                SOURCE, EntryNumber.allocation(1), HAITI, "Riots", LocalDate.parse("2026-12-20")), 7, "m.alvarez", AT,
                                               31);

        assertThat(waived.totals()).isEqualTo(before.totals());
        assertThat(waived.remaining()).isEqualTo(before.remaining());
        assertThat(waived.byCase()).isEqualTo(before.byCase());
        assertThat(waived.bySector()).isEqualTo(before.bySector());
        assertThat(waived.movements()).isEqualTo(before.movements());
        assertThat(notified.version()).isEqualTo(7);
        assertThat(waived.version()).isEqualTo(8);
        assertThat(waived.position()).isEqualTo(31);
    }

    @Test
    void a_case_funded_by_two_sources_finds_each_entry_among_its_own_sources_movements() {
        FundingSourceId other = FundingSourceId.of("Section 1210", 2009);
        CaseFunds haiti = FundsFolds.caseFunds(null, new FundsAllocated(
                SOURCE, EntryNumber.allocation(1), HAITI, "Police", Sector.SECURITY, Amount.of("40.00"), null),
                                               "m.alvarez", AT, 20);
        haiti = FundsFolds.caseFunds(haiti, new FundsAllocated(
                other, EntryNumber.allocation(1), HAITI, "Courts", Sector.JUSTICE_AND_RECONCILIATION,
                Amount.of("10.00"), null), "m.alvarez", AT, 21);
        haiti = FundsFolds.caseFunds(haiti, new FundsObligated(
                other, EntryNumber.obligation(1), EntryNumber.allocation(1), HAITI, Amount.of("4.00"), "Judges"),
                                     "m.alvarez", AT, 22);

        Movement obligation = haiti.movements().get(2);
        assertThat(obligation.sourceId()).isEqualTo(other.value());
        assertThat(obligation.project()).isEqualTo("Courts");
        assertThat(obligation.sector()).isEqualTo(Sector.JUSTICE_AND_RECONCILIATION);
        assertThat(haiti.bySector().get(Sector.JUSTICE_AND_RECONCILIATION))
                .isEqualTo(new Totals("10.00", "4.00", "0.00"));
    }

    @Test
    void money_cannot_move_against_an_entry_the_ledger_does_not_hold() {
        FundsObligated unknown = new FundsObligated(SOURCE, EntryNumber.obligation(2), EntryNumber.allocation(9),
                                                    HAITI, Amount.of("1.00"), "Nothing to draw on");

        assertThatThrownBy(() -> FundsFolds.ledger(ledger(), unknown, 6, "m.alvarez", AT, 30))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no earlier movement AL-9");
    }
}
