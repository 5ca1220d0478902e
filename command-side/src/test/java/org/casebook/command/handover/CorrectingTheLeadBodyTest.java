package org.casebook.command.handover;

import static org.casebook.command.testing.Refusing.expectRefused;
import static org.casebook.command.BrokenRule.brokenRule;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.command.AddressedCommandTargetResolver;
import org.casebook.command.RuleViolation;
import org.casebook.command.crisis.Crisis;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CorrectLeadBody;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.LeadBodyCorrected;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.OpenItem;
import org.casebook.kernel.handover.ProposeHandover;
import org.casebook.kernel.handover.Signatory;
import org.casebook.kernel.handover.HandoverAccepted;
import org.casebook.kernel.handover.LeadMove;
import org.junit.jupiter.api.Test;

/** A lead body recorded wrongly is corrected by an entry with a reason, and the case is led by the right one. */
class CorrectingTheLeadBodyTest {

    private static final CaseId CASE = new CaseId("case-1");
    private static final Body MISSPELT = new Body("Embasy");
    private static final Body EMBASSY = new Body("Embassy Khartoum");
    private static final Body CRSG = new Body("CRSG");
    private static final Signatory FIELD = new Signatory("okafor", "COORDINATOR", EMBASSY);
    private static final LocalDate MARCH_1 = LocalDate.parse("2027-03-01");
    private static final List<OpenItem> OPEN_ITEMS = List.of(new OpenItem("Police salary arrears", "Embassy RSO"));

    private final AggregateTestFixture<Crisis> fixture = new AggregateTestFixture<>(Crisis.class);

    CorrectingTheLeadBodyTest() {
        fixture.registerCommandTargetResolver(new AddressedCommandTargetResolver());
    }

    @Test
    void a_lead_body_recorded_wrongly_is_corrected_with_its_reason() {
        fixture.given(opened(MISSPELT))
               .when(new CorrectLeadBody(CASE, EMBASSY, "Misspelt at opening"))
               .expectEvents(new LeadBodyCorrected(CASE, MISSPELT, EMBASSY, "Misspelt at opening"));
    }

    @Test
    void the_lead_body_of_a_closed_case_is_corrected_only_once_it_is_reopened() {
        expectRefused(fixture, new CorrectLeadBody(CASE, EMBASSY, "Misspelt at opening"), brokenRule("case-is-closed"),
                      opened(MISSPELT), new CrisisClosed(CASE, Stage.TRANSITION, "Stabilised", null));
    }

    @Test
    void a_correction_of_the_lead_body_needs_a_reason() {
        expectRefused(fixture, new CorrectLeadBody(CASE, EMBASSY, " "),
                      brokenRule("correction-needs-reason").onField("reason"),
                      opened(MISSPELT));
    }

    @Test
    void a_correction_names_another_body_than_the_one_leading() {
        expectRefused(fixture, new CorrectLeadBody(CASE, EMBASSY, "Sure"),
                      brokenRule("lead-unchanged").onField("leadBody"),
                      opened(EMBASSY));
    }

    @Test
    void the_lead_body_is_not_corrected_while_a_handover_of_the_whole_case_is_under_way() {
        Signatory capital = new Signatory("alvarez", "COORDINATOR", CRSG);
        HandoverProposed proposed = new HandoverProposed(CASE, HandoverId.number(1), CRSG, EMBASSY, null, List.of(),
                                                         OPEN_ITEMS, List.of(), MARCH_1, capital);
        expectRefused(fixture, new CorrectLeadBody(CASE, new Body("IPC"), "Wrong body"),
                      brokenRule("handover-pending").onField("leadBody"),
                      opened(CRSG), proposed);
        fixture.given(opened(CRSG), proposed, new HandoverAccepted(CASE, HandoverId.number(1), CRSG, EMBASSY,
                                                                   List.of(), FIELD, "J. Okafor", "brief-digest",
                                                                   MARCH_1, LeadMove.ON_EFFECTIVE_DATE))
               .when(new CorrectLeadBody(CASE, new Body("IPC"), "Wrong body"))
               .expectNoEvents()
               .expectException(RuleViolation.class);
    }

    @Test
    void once_corrected_the_right_body_hands_the_lead_over() {
        fixture.given(opened(MISSPELT), new LeadBodyCorrected(CASE, MISSPELT, EMBASSY, "Misspelt at opening"))
               .when(new ProposeHandover(CASE, CRSG, null, List.of(), OPEN_ITEMS, List.of(), MARCH_1, FIELD))
               .expectEvents(new HandoverProposed(CASE, HandoverId.number(1), EMBASSY, CRSG, null, List.of(),
                                                  OPEN_ITEMS, List.of(), MARCH_1, FIELD));
    }

    private static CrisisOpened opened(Body lead) {
        return new CrisisOpened(CASE, "Border instability", new CountryCode("SD"), "West Darfur",
                                "Raids across the border", Stage.TRANSITION, Sensitivity.SBU, lead,
                                new Coordinator("M. Alvarez"));
    }
}
