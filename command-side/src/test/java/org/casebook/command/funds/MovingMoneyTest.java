package org.casebook.command.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.HamcrestCondition.matching;
import static org.casebook.command.BrokenRule.brokenRule;
import static org.casebook.command.testing.InMemoryRecord.openCase;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.casebook.command.RuleViolation;
import org.casebook.command.crisis.Crisis;
import org.casebook.command.testing.InMemoryGateway;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.MoveCrisisToStage;
import org.casebook.kernel.crisis.RecordDecision;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.funds.AdjustFunds;
import org.casebook.kernel.funds.AllocateFunds;
import org.casebook.kernel.funds.Amount;
import org.casebook.kernel.funds.DisburseFunds;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.funds.FundingSourceId;
import org.casebook.kernel.funds.FundsAdjusted;
import org.casebook.kernel.funds.FundsAllocated;
import org.casebook.kernel.funds.ObligateFunds;
import org.casebook.kernel.funds.RegisterFundingSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Money through Axon's command gateway on an in-memory event store: a funding source keeps allocations within its
 * cap, obligations within their allocation and disbursements within their obligation, in exact decimals.
 */
class MovingMoneyTest {

    private static final FundingSourceId SOURCE = FundingSourceId.of("FY2008 NDAA s.1207", 2008);
    private static final CaseId CASE = new CaseId("case-1");

    private InMemoryGateway axon;
    private CommandGateway commands;

    @BeforeEach
    void start() {
        axon = InMemoryGateway.over(List.of(Crisis.class, FundingSource.class), configurer -> configurer
                .registerComponent(NotificationSettings.class, c -> NotificationSettings.none())
                .registerCommandHandler(c -> new FundsDesk(c.repository(FundingSource.class),
                                                           c.repository(Crisis.class))));
        commands = axon.commands();
        commands.sendAndWait(openCase(CASE));
        commands.sendAndWait(new RegisterFundingSource(SOURCE, "FY2008 NDAA s.1207", 2008, Amount.of("100.00")));
    }

    @AfterEach
    void stop() {
        axon.stop();
    }

    private EntryNumber allocate(String amount) {
        return commands.sendAndWait(new AllocateFunds(SOURCE, CASE, "Police training", Sector.SECURITY,
                                                      Amount.of(amount), null));
    }

    private EntryNumber obligate(EntryNumber allocation, String amount) {
        return commands.sendAndWait(new ObligateFunds(SOURCE, CASE, allocation, Amount.of(amount), "Contract"));
    }

    private static RuleViolation refusal(ThrowingCallable command) {
        return catchThrowableOfType(RuleViolation.class, command);
    }

    private static String ruleOf(Throwable e) {
        return ((RuleViolation) e).rule();
    }

    private List<Object> events() {
        return axon.eventsOf(SOURCE.value());
    }

    @Test
    void a_source_is_keyed_by_its_authority_and_fiscal_year_and_registered_once() {
        assertThat(SOURCE.value()).isEqualTo("fy2008-ndaa-s-1207-fy2008");
        assertThatThrownBy(() -> commands.sendAndWait(
                new RegisterFundingSource(SOURCE, "FY2008 NDAA s.1207", 2008, Amount.of("5.00"))))
                .isInstanceOf(RuleViolation.class).extracting(MovingMoneyTest::ruleOf)
                .isEqualTo("source-already-registered");
    }

    @Test
    void allocations_add_up_exactly_to_the_cap_and_not_a_cent_more() {
        allocate("33.33");
        allocate("33.33");
        allocate("33.34");

        assertThatThrownBy(() -> allocate("0.01"))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("allocating 0.01 would exceed the cap of FY2008 NDAA s.1207, FY2008 (100.00): 0.00 remains");
    }

    @Test
    void an_allocation_names_the_case_project_sector_and_the_decision_that_authorised_it() {
        DecisionId decision = commands.sendAndWait(new RecordDecision(
                CASE, "Fund police training", "Gap in policing", List.of("Fund", "Wait"), new Body("CRSG"), "PS-1",
                null, null));

        EntryNumber allocation = commands.sendAndWait(new AllocateFunds(SOURCE, CASE, "Police training",
                                                                        Sector.SECURITY, Amount.of("40"), decision));

        assertThat(events()).last().isEqualTo(new FundsAllocated(SOURCE, allocation, CASE, "Police training",
                                                                 Sector.SECURITY, Amount.of("40.00"), decision));
    }

    @Test
    void an_allocation_on_a_decision_the_case_does_not_have_is_refused() {
        assertThatThrownBy(() -> commands.sendAndWait(new AllocateFunds(
                SOURCE, CASE, "Police training", Sector.SECURITY, Amount.of("40"), DecisionId.number(9))))
                .isInstanceOf(RuleViolation.class).extracting(MovingMoneyTest::ruleOf)
                .isEqualTo("decision-must-exist");
    }

    @Test
    void a_closed_case_gets_no_money() {
        commands.sendAndWait(new MoveCrisisToStage(CASE, Stage.CLOSED, "Calm returned", "Stable"));

        assertThatThrownBy(() -> allocate("10"))
                .isInstanceOf(RuleViolation.class).extracting(MovingMoneyTest::ruleOf).isEqualTo("case-is-closed");
    }

    @Test
    void obligations_stay_within_their_allocation() {
        EntryNumber allocation = allocate("50.00");
        obligate(allocation, "30.00");

        assertThatThrownBy(() -> obligate(allocation, "20.01"))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("obligating 20.01 would exceed allocation AL-1 (50.00): 20.00 remains");
    }

    @Test
    void disbursements_stay_within_their_obligation() {
        EntryNumber obligation = obligate(allocate("50.00"), "30.00");
        commands.sendAndWait(new DisburseFunds(SOURCE, CASE, obligation, Amount.of("29.99"), "First payment"));

        assertThatThrownBy(() -> commands.sendAndWait(
                new DisburseFunds(SOURCE, CASE, obligation, Amount.of("0.02"), "Second payment")))
                .isInstanceOf(RuleViolation.class).extracting(MovingMoneyTest::ruleOf).isEqualTo("obligation-exceeded");
    }

    @Test
    void a_de_obligation_is_a_negative_adjustment_that_frees_the_allocation_again() {
        EntryNumber allocation = allocate("50.00");
        EntryNumber obligation = obligate(allocation, "50.00");

        commands.sendAndWait(new AdjustFunds(SOURCE, CASE, obligation, Amount.of("-20.00"), "Contract cut"));
        obligate(allocation, "20.00");

        assertThat(events()).contains(new FundsAdjusted(SOURCE, obligation, CASE, Amount.of("-20"), "Contract cut"));
    }

    @Test
    void an_entry_is_not_reduced_below_what_is_committed_from_it() {
        EntryNumber allocation = allocate("50.00");
        obligate(allocation, "30.00");

        assertThatThrownBy(() -> commands.sendAndWait(
                new AdjustFunds(SOURCE, CASE, allocation, Amount.of("-20.01"), "Budget cut")))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("AL-1 is 50.00, of which 30.00 is committed further on; it can be reduced by at most 20.00");
    }

    @Test
    void an_adjustment_only_reduces() {
        EntryNumber allocation = allocate("50.00");

        assertThatThrownBy(() -> commands.sendAndWait(
                new AdjustFunds(SOURCE, CASE, allocation, Amount.of("5.00"), "More")))
                .isInstanceOf(RuleViolation.class).extracting(MovingMoneyTest::ruleOf)
                .isEqualTo("adjustment-must-reduce");
    }

    @Test
    void money_of_another_case_is_not_moved_from_here() {
        EntryNumber allocation = allocate("50.00");

        assertThat(refusal(() -> commands.sendAndWait(new ObligateFunds(
                SOURCE, new CaseId("case-2"), allocation, Amount.of("1.00"), "Contract"))))
                .is(matching(brokenRule("unknown-entry").onField("allocation")));
    }

    @Test
    void only_an_entry_of_the_source_is_adjusted() {
        allocate("50.00");

        assertThat(refusal(() -> commands.sendAndWait(
                new AdjustFunds(SOURCE, CASE, EntryNumber.allocation(2), Amount.of("-5.00"), "Budget cut"))))
                .is(matching(brokenRule("unknown-entry").onField("entry")));
    }

    @Test
    void a_reduced_allocation_is_obligated_up_to_its_reduced_amount() {
        EntryNumber allocation = allocate("50.00");
        commands.sendAndWait(new AdjustFunds(SOURCE, CASE, allocation, Amount.of("-20.00"), "Budget cut"));

        obligate(allocation, "30.00");

        assertThat(refusal(() -> obligate(allocation, "0.01")))
                .is(matching(brokenRule("allocation-exceeded").onField("amount")));
    }

    @Test
    void an_entry_is_reduced_to_exactly_what_is_committed_from_it() {
        EntryNumber allocation = allocate("50.00");
        obligate(allocation, "30.00");

        commands.sendAndWait(new AdjustFunds(SOURCE, CASE, allocation, Amount.of("-20.00"), "Budget cut"));

        assertThat(events()).last()
                            .isEqualTo(new FundsAdjusted(SOURCE, allocation, CASE, Amount.of("-20.00"), "Budget cut"));
    }

    @Test
    void disbursements_are_numbered_in_order_and_answered_with_their_number() {
        EntryNumber obligation = obligate(allocate("50.00"), "30.00");

        EntryNumber first = commands.sendAndWait(
                new DisburseFunds(SOURCE, CASE, obligation, Amount.of("10.00"), "First payment"));
        EntryNumber second = commands.sendAndWait(
                new DisburseFunds(SOURCE, CASE, obligation, Amount.of("10.00"), "Second payment"));

        assertThat(List.of(first, second)).containsExactly(EntryNumber.disbursement(1), EntryNumber.disbursement(2));
    }

    @Test
    void a_cap_is_a_positive_amount() {
        FundingSourceId fund = FundingSourceId.of("Economic Support Fund", 2008);

        assertThat(refusal(() -> commands.sendAndWait(
                new RegisterFundingSource(fund, "Economic Support Fund", 2008, Amount.of("0.00")))))
                .is(matching(brokenRule("amount-must-be-positive").onField("cap")));
    }

    @Test
    void no_money_is_allocated_obligated_or_disbursed_without_an_amount() {
        EntryNumber allocation = allocate("50.00");
        EntryNumber obligation = obligate(allocation, "30.00");

        assertThat(refusal(() -> allocate("0.00")))
                .is(matching(brokenRule("amount-must-be-positive").onField("amount")));
        assertThat(refusal(() -> obligate(allocation, "0.00")))
                .is(matching(brokenRule("amount-must-be-positive").onField("amount")));
        assertThat(refusal(() -> commands.sendAndWait(
                new DisburseFunds(SOURCE, CASE, obligation, Amount.of("-1.00"), "Refund"))))
                .is(matching(brokenRule("amount-must-be-positive").onField("amount")));
    }

    @Test
    void an_amount_with_more_than_two_decimal_places_is_not_money() {
        assertThatThrownBy(() -> Amount.of("0.001")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Amount.of("0.10").plus(Amount.of("0.20"))).isEqualTo(Amount.of("0.3"));
    }

    private static MetaData effective(String at) {
        return MetaData.with(RecordMetadata.EFFECTIVE_AT, at);
    }

    @Test
    void an_obligation_takes_effect_no_earlier_than_its_allocation() {
        EntryNumber allocation = commands.sendAndWait(new AllocateFunds(SOURCE, CASE, "Police training",
                Sector.SECURITY, Amount.of("50.00"), null), effective("2026-12-01T09:00:00Z"));

        assertThatThrownBy(() -> commands.sendAndWait(new ObligateFunds(
                SOURCE, CASE, allocation, Amount.of("10.00"), "Contract"), effective("2026-11-30T09:00:00Z")))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("effectiveAt 2026-11-30T09:00:00Z is before allocation AL-1 took effect, on "
                                    + "2026-12-01T09:00:00Z")
                .extracting(MovingMoneyTest::ruleOf).isEqualTo("effective-before-its-entry");
    }

    @Test
    void a_disbursement_takes_effect_no_earlier_than_its_obligation() {
        EntryNumber allocation = commands.sendAndWait(new AllocateFunds(SOURCE, CASE, "Police training",
                Sector.SECURITY, Amount.of("50.00"), null), effective("2026-12-01T09:00:00Z"));
        EntryNumber obligation = commands.sendAndWait(new ObligateFunds(
                SOURCE, CASE, allocation, Amount.of("10.00"), "Contract"), effective("2026-12-03T09:00:00Z"));

        assertThatThrownBy(() -> commands.sendAndWait(new DisburseFunds(
                SOURCE, CASE, obligation, Amount.of("5.00"), "Payment"), effective("2026-12-02T09:00:00Z")))
                .isInstanceOf(RuleViolation.class).extracting(MovingMoneyTest::ruleOf)
                .isEqualTo("effective-before-its-entry");
        commands.sendAndWait(new DisburseFunds(SOURCE, CASE, obligation, Amount.of("5.00"), "Payment"),
                             effective("2026-12-03T09:00:00Z"));
    }

    @Test
    void an_adjustment_takes_effect_no_earlier_than_the_entry_it_adjusts() {
        EntryNumber allocation = commands.sendAndWait(new AllocateFunds(SOURCE, CASE, "Police training",
                Sector.SECURITY, Amount.of("50.00"), null), effective("2026-12-01T09:00:00Z"));

        assertThatThrownBy(() -> commands.sendAndWait(new AdjustFunds(
                SOURCE, CASE, allocation, Amount.of("-5.00"), "Budget cut"), effective("2026-11-01T09:00:00Z")))
                .isInstanceOf(RuleViolation.class).extracting(MovingMoneyTest::ruleOf)
                .isEqualTo("effective-before-its-entry");
    }
}
