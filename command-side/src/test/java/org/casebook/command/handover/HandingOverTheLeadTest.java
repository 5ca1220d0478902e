package org.casebook.command.handover;

import static org.casebook.command.testing.Refusing.expectRefused;
import static org.casebook.command.BrokenRule.brokenRule;
import static org.casebook.command.Refused.unknownRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.command.AddressedCommandTargetResolver;
import org.casebook.command.RuleViolation;
import org.casebook.command.crisis.Crisis;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.RecordDecision;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.handover.AcceptHandover;
import org.casebook.kernel.handover.CloseRisk;
import org.casebook.kernel.handover.DeclineHandover;
import org.casebook.kernel.handover.EscalateHandover;
import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.HandoverDeclined;
import org.casebook.kernel.handover.HandoverEscalated;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.handover.HandoverLapsed;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.HandoverWithdrawn;
import org.casebook.kernel.handover.LapseHandover;
import org.casebook.kernel.handover.LeadMove;
import org.casebook.kernel.handover.LeadTransferred;
import org.casebook.kernel.handover.OpenItem;
import org.casebook.kernel.handover.ProposeHandover;
import org.casebook.kernel.handover.RiskClosed;
import org.casebook.kernel.handover.Signatory;
import org.casebook.kernel.handover.TransferLead;
import org.casebook.kernel.handover.WithdrawHandover;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.junit.jupiter.api.Test;

/** A case's lead moves from one body to another only by a handover that the receiving side accepts. */
class HandingOverTheLeadTest {

    private static final CaseId CASE = new CaseId("case-1");
    private static final Body CRSG = new Body("CRSG");
    private static final Body EMBASSY = new Body("Embassy Khartoum");
    private static final Body UNDP = new Body("UNDP");
    private static final Signatory CAPITAL = new Signatory("alvarez", "COORDINATOR", CRSG);
    private static final Signatory FIELD = new Signatory("okafor", "COORDINATOR", EMBASSY);
    private static final Signatory AGENCY = new Signatory("lindqvist", "COORDINATOR", UNDP);
    private static final HandoverId H1 = HandoverId.number(1);
    private static final HandoverId H2 = HandoverId.number(2);
    private static final LocalDate MARCH_1 = LocalDate.parse("2027-03-01");
    private static final Map<String, Object> ON_FEBRUARY_10 = Map.of(RecordMetadata.EFFECTIVE_AT, "2027-02-10T09:00:00Z");
    private static final Map<String, Object> ON_MARCH_20 = Map.of(RecordMetadata.EFFECTIVE_AT, "2027-03-20T09:00:00Z");
    private static final List<OpenItem> OPEN_ITEMS = List.of(new OpenItem("Police salary arrears", "Embassy RSO"));
    private static final List<String> RISKS = List.of("Rainy season closes the southern road");

    private final AggregateTestFixture<Crisis> fixture = new AggregateTestFixture<>(Crisis.class);

    HandingOverTheLeadTest() {
        fixture.registerCommandTargetResolver(new AddressedCommandTargetResolver());
    }

    @Test
    void a_coordinator_of_the_lead_body_proposes_a_handover_with_its_open_items_and_risks() {
        fixture.given(opened())
               .when(propose(CAPITAL, EMBASSY, List.of()))
               .expectEvents(proposed(1, CRSG, EMBASSY, List.of()))
               .expectResultMessagePayload(H1);
    }

    @Test
    void a_coordinator_of_another_body_cannot_propose_a_handover_of_the_lead() {
        expectRefused(fixture, propose(FIELD, UNDP, List.of()), brokenRule("proposer-must-lead"), opened());
    }

    @Test
    void the_lead_is_not_handed_to_the_body_that_has_it() {
        expectRefused(fixture, propose(CAPITAL, CRSG, List.of()), brokenRule("handover-to-the-lead").onField("toBody"),
                      opened());
    }

    @Test
    void only_one_handover_of_a_scope_is_pending_at_a_time() {
        expectRefused(fixture, propose(CAPITAL, UNDP, List.of()), brokenRule("handover-pending").onField("sectors"),
                      opened(), proposed(1, CRSG, EMBASSY, List.of(Sector.SECURITY)));
    }

    @Test
    void handovers_of_different_sectors_may_be_pending_together() {
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of(Sector.SECURITY)))
               .when(propose(CAPITAL, UNDP, List.of(Sector.ECONOMIC_STABILIZATION_AND_INFRASTRUCTURE)))
               .expectEvents(proposed(2, CRSG, UNDP, List.of(Sector.ECONOMIC_STABILIZATION_AND_INFRASTRUCTURE)));
    }

    @Test
    void the_receiving_body_accepts_and_the_lead_will_move_on_the_proposed_date_when_that_is_later() {
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()))
               .when(new AcceptHandover(CASE, H1, "brief-digest", FIELD, "J. Okafor"), ON_FEBRUARY_10)
               .expectEvents(accepted(1, List.of()));
    }

    @Test
    void an_acceptance_after_the_proposed_date_moves_the_lead_at_once_from_the_day_of_acceptance() {
        LocalDate march20 = LocalDate.parse("2027-03-20");
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()))
               .when(new AcceptHandover(CASE, H1, "brief-digest", FIELD, "J. Okafor"), ON_MARCH_20)
               .expectEvents(new HandoverAccepted(CASE, H1, CRSG, EMBASSY, List.of(), FIELD, "J. Okafor",
                                                  "brief-digest", march20, LeadMove.ON_EFFECTIVE_DATE),
                             new LeadTransferred(CASE, H1, CRSG, EMBASSY, List.of(), march20));
    }

    @Test
    void until_its_effective_date_the_old_lead_leads_but_can_no_longer_hand_the_lead_over() {
        expectRefused(fixture, propose(CAPITAL, UNDP, List.of()), brokenRule("proposer-must-lead"),
                      opened(), proposed(1, CRSG, EMBASSY, List.of()), accepted(1, List.of()));
    }

    @Test
    void the_incoming_lead_cannot_hand_over_effective_before_its_own_lead_begins() {
        ProposeHandover back = new ProposeHandover(CASE, CRSG, null, List.of(), OPEN_ITEMS, RISKS,
                                                   LocalDate.parse("2027-02-01"), FIELD);
        expectRefused(fixture, back, brokenRule("handover-before-lead-begins").onField("proposedEffectiveOn"),
                      opened(), proposed(1, CRSG, EMBASSY, List.of()), accepted(1, List.of()));
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()), accepted(1, List.of()), transferred(1))
               .when(back)
               .expectNoEvents()
               .expectException(RuleViolation.class);
    }

    @Test
    void casebook_moves_the_lead_on_the_effective_date_and_not_before() {
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()), accepted(1, List.of()))
               .when(new TransferLead(CASE, H1), ON_FEBRUARY_10)
               .expectNoEvents()
               .expectException(brokenRule("no-lead-to-transfer"));
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()), accepted(1, List.of()))
               .when(new TransferLead(CASE, H1), Map.of(RecordMetadata.EFFECTIVE_AT, "2027-03-01T00:00:00Z"))
               .expectEvents(transferred(1));
    }

    @Test
    void a_lead_accepted_later_moves_only_after_the_one_accepted_before_it() {
        HandoverProposed onward = new HandoverProposed(CASE, H2, EMBASSY, UNDP, null, List.of(), OPEN_ITEMS, RISKS,
                                                       MARCH_1, FIELD);
        HandoverAccepted onwardAccepted = new HandoverAccepted(CASE, H2, EMBASSY, UNDP, List.of(), AGENCY,
                                                               "K. Lindqvist", "brief-digest", MARCH_1,
                                                               LeadMove.ON_EFFECTIVE_DATE);
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()), accepted(1, List.of()), onward,
                      onwardAccepted)
               .when(new TransferLead(CASE, H2), ON_MARCH_20)
               .expectNoEvents()
               .expectException(brokenRule("no-lead-to-transfer"));
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()), accepted(1, List.of()), onward,
                      onwardAccepted, transferred(1))
               .when(new TransferLead(CASE, H2), ON_MARCH_20)
               .expectEvents(new LeadTransferred(CASE, H2, EMBASSY, UNDP, List.of(), MARCH_1));
    }

    @Test
    void the_lead_moves_once() {
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()), accepted(1, List.of()), transferred(1))
               .when(new TransferLead(CASE, H1), ON_MARCH_20)
               .expectNoEvents()
               .expectException(brokenRule("no-lead-to-transfer"));
    }

    @Test
    void an_acceptance_recorded_when_leads_moved_on_acceptance_moved_it_then() {
        HandoverAccepted atOnce = new HandoverAccepted(CASE, H1, CRSG, EMBASSY, List.of(), FIELD, "J. Okafor",
                                                       "brief-digest", MARCH_1, LeadMove.ON_ACCEPTANCE);
        expectRefused(fixture, propose(CAPITAL, UNDP, List.of()), brokenRule("proposer-must-lead"),
                      opened(), proposed(1, CRSG, EMBASSY, List.of()), atOnce);
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()), atOnce)
               .when(propose(FIELD, UNDP, List.of()))
               .expectEvents(proposed(2, EMBASSY, UNDP, List.of()));
    }

    @Test
    void only_the_receiving_body_accepts() {
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()))
               .when(new AcceptHandover(CASE, H1, "brief-digest", AGENCY, "K. Lindqvist"), ON_FEBRUARY_10)
               .expectNoEvents()
               .expectException(brokenRule("not-the-receiving-side"));
    }

    @Test
    void when_a_receiving_coordinator_is_named_only_they_answer() {
        HandoverProposed forOkafor = new HandoverProposed(CASE, H1, CRSG, EMBASSY, "okafor", List.of(), OPEN_ITEMS,
                                                          RISKS, MARCH_1, CAPITAL);
        Signatory colleague = new Signatory("mensah", "COORDINATOR", EMBASSY);
        expectRefused(fixture, new DeclineHandover(CASE, H1, "Not ours", colleague),
                      brokenRule("not-the-receiving-side"),
                      opened(), forOkafor);
    }

    @Test
    void the_receiving_body_declines_with_a_reason_and_the_lead_stays() {
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()))
               .when(new DeclineHandover(CASE, H1, "No staff until April", FIELD))
               .expectEvents(new HandoverDeclined(CASE, H1, "No staff until April", FIELD));
    }

    @Test
    void declining_needs_a_reason() {
        expectRefused(fixture, new DeclineHandover(CASE, H1, " ", FIELD),
                      brokenRule("handover-answer-needs-reason").onField("reason"),
                      opened(), proposed(1, CRSG, EMBASSY, List.of()));
    }

    @Test
    void the_proposing_body_withdraws_a_handover_before_it_is_answered() {
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()))
               .when(new WithdrawHandover(CASE, H1, "Elections moved", CAPITAL))
               .expectEvents(new HandoverWithdrawn(CASE, H1, "Elections moved", CAPITAL));
    }

    @Test
    void the_receiving_body_cannot_withdraw_a_handover() {
        expectRefused(fixture, new WithdrawHandover(CASE, H1, "Not ours", FIELD), brokenRule("not-the-proposing-side"),
                      opened(), proposed(1, CRSG, EMBASSY, List.of()));
    }

    @Test
    void an_answered_handover_cannot_be_withdrawn() {
        expectRefused(fixture, new WithdrawHandover(CASE, H1, "Too late", CAPITAL), brokenRule("handover-not-pending"),
                      opened(), proposed(1, CRSG, EMBASSY, List.of()), accepted(1, List.of()));
    }

    @Test
    void after_an_acceptance_the_new_lead_hands_over_and_the_old_one_cannot() {
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()), accepted(1, List.of()))
               .when(propose(FIELD, UNDP, List.of()))
               .expectEvents(proposed(2, EMBASSY, UNDP, List.of()));
    }

    @Test
    void a_sector_handed_over_is_handed_on_only_by_the_body_that_now_leads_it() {
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of(Sector.SECURITY)),
                      accepted(1, List.of(Sector.SECURITY)))
               .when(propose(CAPITAL, UNDP, List.of(Sector.SECURITY)))
               .expectNoEvents()
               .expectException(brokenRule("proposer-must-lead"));
    }

    @Test
    void decisions_are_still_recorded_while_a_handover_is_pending() {
        RecordDecision decision = new RecordDecision(CASE, "Extend the ACT", "Talks continue", List.of("Extend"),
                                                     CRSG, "PS-2027-02", null, null);
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()))
               .when(decision)
               .expectEvents(new DecisionRecorded(CASE, DecisionId.number(1), "Extend the ACT", "Talks continue",
                                                  List.of("Extend"), CRSG, "PS-2027-02", null, null, null));
    }

    @Test
    void a_pending_handover_escalates_once() {
        Instant deadline = Instant.parse("2027-02-04T09:00:00Z");
        expectRefused(fixture, new EscalateHandover(CASE, H1, deadline), brokenRule("handover-already-escalated"),
                      opened(), proposed(1, CRSG, EMBASSY, List.of()), new HandoverEscalated(CASE, H1, deadline));
    }

    @Test
    void an_answered_handover_does_not_escalate() {
        expectRefused(fixture, new EscalateHandover(CASE, H1, Instant.parse("2027-02-04T09:00:00Z")),
                      brokenRule("handover-not-pending"),
                      opened(), proposed(1, CRSG, EMBASSY, List.of()), accepted(1, List.of()));
    }

    @Test
    void a_lapsed_handover_can_no_longer_be_accepted() {
        Instant deadline = Instant.parse("2027-02-08T09:00:00Z");
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()), new HandoverLapsed(CASE, H1, deadline))
               .when(new AcceptHandover(CASE, H1, "brief-digest", FIELD, "J. Okafor"), ON_FEBRUARY_10)
               .expectNoEvents()
               .expectException(brokenRule("handover-not-pending"));
    }

    @Test
    void a_lapsed_handover_frees_its_scope_for_another() {
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()),
                      new HandoverLapsed(CASE, H1, Instant.parse("2027-02-08T09:00:00Z")))
               .when(propose(CAPITAL, UNDP, List.of()))
               .expectEvents(proposed(2, CRSG, UNDP, List.of()));
    }

    @Test
    void a_lapsed_handover_does_not_lapse_again() {
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()),
                      new HandoverLapsed(CASE, H1, Instant.parse("2027-02-08T09:00:00Z")))
               .when(new LapseHandover(CASE, H1, Instant.parse("2027-02-08T09:00:00Z")))
               .expectNoEvents()
               .expectException(brokenRule("handover-not-pending"));
    }

    @Test
    void an_unknown_handover_is_not_found() {
        expectRefused(fixture, new DeclineHandover(CASE, H2, "Unknown", FIELD), unknownRecord(Kind.HANDOVER), opened());
    }

    @Test
    void no_handover_is_proposed_on_a_closed_case() {
        expectRefused(fixture, propose(CAPITAL, EMBASSY, List.of()), brokenRule("case-is-closed"), opened(), closed());
    }

    @Test
    void a_handover_is_not_accepted_on_a_closed_case() {
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()), closed())
               .when(new AcceptHandover(CASE, H1, "brief-digest", FIELD, "J. Okafor"), ON_FEBRUARY_10)
               .expectNoEvents()
               .expectException(brokenRule("case-is-closed"));
    }

    @Test
    void the_proposing_body_closes_a_risk_of_its_pending_handover() {
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()))
               .when(new CloseRisk(CASE, H1, 1, "Road reopened", CAPITAL))
               .expectEvents(new RiskClosed(CASE, H1, 1, "Road reopened", CAPITAL));
    }

    @Test
    void a_risk_closed_once_is_not_closed_again() {
        fixture.given(opened(), proposed(1, CRSG, EMBASSY, List.of()),
                      new RiskClosed(CASE, H1, 1, "Road reopened", CAPITAL))
               .when(new CloseRisk(CASE, H1, 1, "Road reopened again", CAPITAL))
               .expectNoEvents()
               .expectException(brokenRule("risk-not-open"));
    }

    private static CrisisOpened opened() {
        return new CrisisOpened(CASE, "Border instability", new CountryCode("SD"), "West Darfur",
                                "Raids across the border", Stage.TRANSITION, Sensitivity.SBU, CRSG,
                                new Coordinator("M. Alvarez"));
    }

    private static CrisisClosed closed() {
        return new CrisisClosed(CASE, Stage.TRANSITION, "Stabilised", null);
    }

    private static ProposeHandover propose(Signatory proposer, Body to, List<Sector> sectors) {
        return new ProposeHandover(CASE, to, null, sectors, OPEN_ITEMS, RISKS, MARCH_1, proposer);
    }

    private static HandoverProposed proposed(int number, Body from, Body to, List<Sector> sectors) {
        Signatory proposer = from.equals(CRSG) ? CAPITAL : FIELD;
        return new HandoverProposed(CASE, HandoverId.number(number), from, to, null, sectors, OPEN_ITEMS, RISKS,
                                    MARCH_1, proposer);
    }

    private static HandoverAccepted accepted(int number, List<Sector> sectors) {
        return new HandoverAccepted(CASE, HandoverId.number(number), CRSG, EMBASSY, sectors, FIELD, "J. Okafor",
                                    "brief-digest", MARCH_1, LeadMove.ON_EFFECTIVE_DATE);
    }

    private static LeadTransferred transferred(int number) {
        return new LeadTransferred(CASE, HandoverId.number(number), CRSG, EMBASSY, List.of(), MARCH_1);
    }
}
