package org.casebook.command.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.HamcrestCondition.matching;
import static org.casebook.command.BrokenRule.brokenRule;
import static org.casebook.command.Refused.staleVersion;
import static org.casebook.command.Refused.unknownRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.casebook.command.CommandMetadata;
import org.casebook.command.RuleViolation;
import org.casebook.command.StaleVersion;
import org.casebook.command.crisis.Crisis;
import org.casebook.command.responder.Responder;
import org.casebook.command.responder.RosterSettings;
import org.casebook.command.testing.InMemoryGateway;
import org.casebook.command.testing.InMemoryRecord;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.MoveCrisisToStage;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.deployment.ApproveDeployment;
import org.casebook.kernel.deployment.CancelDeployment;
import org.casebook.kernel.deployment.CloseOutDeployment;
import org.casebook.kernel.deployment.DeploymentApproved;
import org.casebook.kernel.deployment.DeploymentCancelled;
import org.casebook.kernel.deployment.DeploymentEnded;
import org.casebook.kernel.deployment.DeploymentExtended;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.deployment.DeploymentRole;
import org.casebook.kernel.deployment.DeploymentWithdrawn;
import org.casebook.kernel.deployment.EndDeployment;
import org.casebook.kernel.deployment.ExtendDeployment;
import org.casebook.kernel.deployment.Period;
import org.casebook.kernel.deployment.RequestDeployment;
import org.casebook.kernel.deployment.RescheduleDeployment;
import org.casebook.kernel.deployment.DeploymentRescheduled;
import org.casebook.kernel.deployment.DeploymentStarted;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.deployment.StartDeployment;
import org.casebook.kernel.deployment.WithdrawDeployment;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.kernel.responder.Agency;
import org.casebook.kernel.responder.Availability;
import org.casebook.kernel.responder.ChangeResponderAvailability;
import org.casebook.kernel.responder.CorpsComponent;
import org.casebook.kernel.responder.PersonalDetails;
import org.casebook.kernel.responder.RegisterResponder;
import org.casebook.kernel.responder.ResponderBooked;
import org.casebook.kernel.responder.ResponderBookingCancelled;
import org.casebook.kernel.responder.ResponderBookingChanged;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.kernel.responder.RetireResponder;
import org.casebook.kernel.responder.Skill;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deployment commands that book a responder, through Axon's command gateway on an in-memory event store, with
 * the case, the responder and the deployment aggregates: approving books the responder in the same unit of work,
 * and the responder's bookings hold the double-booking, availability and tour-limit rules.
 */
class DeploymentDeskTest {

    private static final ResponderId RESPONDER = new ResponderId("responder-1");
    private static final Skill RULE_OF_LAW = new Skill("rule-of-law");
    private static final CaseId HAITI = new CaseId("case-1");
    private static final DeploymentRole ADVISER = new DeploymentRole("sector adviser");
    private static final RosterSettings SETTINGS = new RosterSettings(
            List.of("rule-of-law", "policing"),
            Map.of(CorpsComponent.ACTIVE, 365, CorpsComponent.STANDBY, 90, CorpsComponent.RESERVE, 60));

    private InMemoryGateway axon;
    private CommandGateway commands;

    @BeforeEach
    void start() {
        axon = InMemoryGateway.over(List.of(Crisis.class, Responder.class, Deployment.class), configurer -> configurer
                .registerComponent(RosterSettings.class, c -> SETTINGS)
                .registerCommandHandler(c -> new DeploymentDesk(c.repository(Deployment.class),
                                                                c.repository(Responder.class),
                                                                c.repository(Crisis.class))));
        commands = axon.commands();
        commands.sendAndWait(new RegisterResponder(RESPONDER, new PersonalDetails("Amina Diallo", null),
                                                   CorpsComponent.STANDBY, new Agency("Justice"),
                                                   List.of(RULE_OF_LAW), null, null));
    }

    @AfterEach
    void stop() {
        axon.stop();
    }

    /** Case-1 opened, and deployment-1 of the responder requested on it from 10 January to 10 March 2027. */
    private DeploymentId requested() {
        return request("deployment-1", openCase(HAITI.value()), "2027-01-10", "2027-03-10");
    }

    /** {@link #requested()}, then approved. */
    private DeploymentId approved() {
        DeploymentId deployment = requested();
        commands.sendAndWait(new ApproveDeployment(deployment, HAITI));
        return deployment;
    }

    /** {@link #approved()}, then started. */
    private DeploymentId underWay() {
        DeploymentId deployment = approved();
        commands.sendAndWait(new StartDeployment(deployment, HAITI));
        return deployment;
    }

    private CaseId openCase(String id) {
        CaseId crisis = new CaseId(id);
        commands.sendAndWait(InMemoryRecord.openCase(crisis));
        return crisis;
    }

    private DeploymentId request(String id, CaseId crisis, String start, String end) {
        DeploymentId deployment = new DeploymentId(id);
        commands.sendAndWait(new RequestDeployment(deployment, crisis, RESPONDER, ADVISER,
                                                   Sector.JUSTICE_AND_RECONCILIATION, RULE_OF_LAW,
                                                   new Period(LocalDate.parse(start), LocalDate.parse(end))));
        return deployment;
    }

    private List<Object> eventsOf(String aggregateId) {
        return axon.eventsOf(aggregateId);
    }

    private static MetaData expectedVersion(long version) {
        return MetaData.with(CommandMetadata.EXPECTED_VERSION, version);
    }

    private static MetaData effective(String at) {
        return MetaData.with(RecordMetadata.EFFECTIVE_AT, at);
    }

    private static RuleViolation refusal(ThrowingCallable command) {
        return catchThrowableOfType(RuleViolation.class, command);
    }

    private static Period period(String start, String end) {
        return new Period(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void the_desk_holds_the_case_and_the_deployment_to_the_versions_the_sender_named() {
        CaseId haiti = openCase("case-1");
        RequestDeployment requested = new RequestDeployment(new DeploymentId("deployment-1"), haiti, RESPONDER,
                ADVISER, Sector.JUSTICE_AND_RECONCILIATION, RULE_OF_LAW, period("2027-01-10", "2027-03-10"));

        assertThat(catchThrowableOfType(StaleVersion.class, () -> commands.sendAndWait(requested, expectedVersion(0))))
                .is(matching(staleVersion("case case-1", 0, 1)));
        commands.sendAndWait(requested, expectedVersion(1));
        assertThat(catchThrowableOfType(StaleVersion.class, () -> commands.sendAndWait(
                new ApproveDeployment(requested.deploymentId(), haiti), expectedVersion(2))))
                .is(matching(staleVersion("deployment deployment-1", 2, 1)));
        commands.sendAndWait(new ApproveDeployment(requested.deploymentId(), haiti), expectedVersion(1));

        assertThat(eventsOf("deployment-1")).hasSize(2);
    }

    @Test
    void approving_books_the_responder_for_the_period() {
        DeploymentId deployment = requested();

        commands.sendAndWait(new ApproveDeployment(deployment, HAITI));

        assertThat(eventsOf("deployment-1")).last().isEqualTo(new DeploymentApproved(deployment, HAITI, RESPONDER));
        assertThat(eventsOf("responder-1")).last().isEqualTo(new ResponderBooked(
                RESPONDER, deployment, HAITI, ADVISER, period("2027-01-10", "2027-03-10")));
    }

    @Test
    void a_responder_is_never_booked_on_two_cases_for_overlapping_days() {
        CaseId haiti = openCase("case-1");
        CaseId sudan = openCase("case-2");
        DeploymentId first = request("deployment-1", haiti, "2027-01-10", "2027-03-10");
        DeploymentId second = request("deployment-2", sudan, "2027-03-10", "2027-04-10");
        commands.sendAndWait(new ApproveDeployment(first, haiti));

        assertThatThrownBy(() -> commands.sendAndWait(new ApproveDeployment(second, sudan)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("responder responder-1 is already booked from 2027-01-10 to 2027-03-10 on deployment "
                                    + "deployment-1 to case case-1")
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo("responder-double-booked");
        assertThat(eventsOf("deployment-2")).hasSize(1);
    }

    @Test
    void deployments_one_after_the_other_are_both_booked() {
        CaseId haiti = openCase("case-1");
        CaseId sudan = openCase("case-2");
        DeploymentId first = request("deployment-1", haiti, "2027-01-10", "2027-03-10");
        DeploymentId second = request("deployment-2", sudan, "2027-03-11", "2027-04-10");

        commands.sendAndWait(new ApproveDeployment(first, haiti));
        commands.sendAndWait(new ApproveDeployment(second, sudan));

        assertThat(eventsOf("responder-1")).filteredOn(ResponderBooked.class::isInstance).hasSize(2);
    }

    @Test
    void an_unavailable_responder_is_not_booked() {
        DeploymentId deployment = requested();
        commands.sendAndWait(new ChangeResponderAvailability(
                RESPONDER, Availability.unavailableUntil(LocalDate.parse("2027-02-01"), "Training")));

        assertThatThrownBy(() -> commands.sendAndWait(new ApproveDeployment(deployment, HAITI)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("responder responder-1 is unavailable until 2027-02-01 (Training)");
    }

    @Test
    void a_booked_responder_is_not_made_unavailable_over_the_booking() {
        DeploymentId deployment = approved();

        assertThatThrownBy(() -> commands.sendAndWait(new ChangeResponderAvailability(
                RESPONDER, Availability.unavailableUntil(LocalDate.parse("2027-02-01"), "Training")),
                MetaData.with(RecordMetadata.EFFECTIVE_AT, "2026-12-01T09:00:00Z")))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo("responder-unavailable");
    }

    @Test
    void a_responder_with_a_booking_not_yet_ended_does_not_retire() {
        DeploymentId deployment = approved();

        MetaData effective = MetaData.with(RecordMetadata.EFFECTIVE_AT, "2027-02-01T09:00:00Z");
        assertThatThrownBy(() -> commands.sendAndWait(new RetireResponder(RESPONDER, "Leaving"), effective))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo("responder-is-booked");
    }

    @Test
    void a_tour_longer_than_the_responders_limit_is_not_approved() {
        CaseId haiti = openCase("case-1");
        DeploymentId deployment = request("deployment-1", haiti, "2027-01-01", "2027-04-01");

        assertThatThrownBy(() -> commands.sendAndWait(new ApproveDeployment(deployment, haiti)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("a tour of 91 days is longer than the 90 days responder responder-1 may serve; give a "
                                    + "reason to override the limit");
    }

    @Test
    void an_extension_past_the_tour_limit_needs_a_reason_to_override_it() {
        CaseId haiti = openCase("case-1");
        DeploymentId deployment = request("deployment-1", haiti, "2027-01-01", "2027-03-01");
        commands.sendAndWait(new ApproveDeployment(deployment, haiti));
        commands.sendAndWait(new StartDeployment(deployment, haiti));

        assertThatThrownBy(() -> commands.sendAndWait(
                new ExtendDeployment(deployment, haiti, LocalDate.parse("2027-04-15"), null)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo("tour-limit-exceeded");

        commands.sendAndWait(new ExtendDeployment(deployment, haiti, LocalDate.parse("2027-04-15"),
                                                  "Elections moved to April"));

        assertThat(eventsOf("deployment-1")).last().isEqualTo(new DeploymentExtended(
                deployment, haiti, period("2027-01-01", "2027-04-15"), "Elections moved to April"));
        assertThat(eventsOf("responder-1")).last().isEqualTo(new ResponderBookingChanged(
                RESPONDER, deployment, period("2027-01-01", "2027-04-15")));
    }

    @Test
    void ending_a_deployment_frees_the_responder_after_the_last_day_served() {
        CaseId haiti = openCase("case-1");
        CaseId sudan = openCase("case-2");
        DeploymentId first = request("deployment-1", haiti, "2027-01-10", "2027-03-10");
        commands.sendAndWait(new ApproveDeployment(first, haiti));
        commands.sendAndWait(new StartDeployment(first, haiti));
        commands.sendAndWait(new EndDeployment(first, haiti, LocalDate.parse("2027-02-01"), "Mission complete"));
        DeploymentId second = request("deployment-2", sudan, "2027-02-02", "2027-03-01");

        commands.sendAndWait(new ApproveDeployment(second, sudan));

        assertThat(eventsOf("deployment-1")).last().isEqualTo(new DeploymentEnded(
                first, haiti, LocalDate.parse("2027-02-01"), "Mission complete"));
        assertThat(eventsOf("responder-1")).filteredOn(ResponderBooked.class::isInstance).hasSize(2);
    }

    @Test
    void a_deployment_to_a_closed_case_is_not_requested() {
        CaseId haiti = openCase("case-1");
        commands.sendAndWait(new MoveCrisisToStage(haiti, Stage.CLOSED, "Calm returned", "Stable"));

        assertThatThrownBy(() -> request("deployment-1", haiti, "2027-01-10", "2027-03-10"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo("case-is-closed");
    }

    @Test
    void a_deployment_asks_for_a_skill_the_responder_has() {
        CaseId haiti = openCase("case-1");

        assertThatThrownBy(() -> commands.sendAndWait(new RequestDeployment(
                new DeploymentId("deployment-1"), haiti, RESPONDER, ADVISER, Sector.SECURITY, new Skill("policing"),
                period("2027-01-10", "2027-03-10"))))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("responder responder-1 does not have the skill policing; their skills are [rule-of-law]");
    }

    @Test
    void cancelling_an_approved_deployment_frees_its_days() {
        CaseId haiti = openCase("case-1");
        CaseId sudan = openCase("case-2");
        DeploymentId first = request("deployment-1", haiti, "2027-01-10", "2027-03-10");
        commands.sendAndWait(new ApproveDeployment(first, haiti));
        commands.sendAndWait(new CancelDeployment(first, haiti, "Mission postponed"));
        DeploymentId second = request("deployment-2", sudan, "2027-01-10", "2027-03-10");

        commands.sendAndWait(new ApproveDeployment(second, sudan));

        assertThat(eventsOf("deployment-1")).last().isEqualTo(new DeploymentCancelled(first, haiti, "Mission postponed"));
        assertThat(eventsOf("responder-1")).contains(new ResponderBookingCancelled(RESPONDER, first));
    }

    @Test
    void closing_out_withdraws_a_request_awaiting_an_answer() {
        DeploymentId deployment = requested();

        commands.sendAndWait(new CloseOutDeployment(deployment, HAITI, LocalDate.parse("2027-01-05"), "Case closed"));

        assertThat(eventsOf("deployment-1")).last().isEqualTo(new DeploymentWithdrawn(deployment, HAITI, "Case closed"));
    }

    @Test
    void closing_out_ends_a_deployment_under_way_on_the_day_the_case_closed() {
        DeploymentId deployment = underWay();

        commands.sendAndWait(new CloseOutDeployment(deployment, HAITI, LocalDate.parse("2027-02-15"), "Case closed"));

        assertThat(eventsOf("deployment-1")).last().isEqualTo(new DeploymentEnded(
                deployment, HAITI, LocalDate.parse("2027-02-15"), "Case closed"));
        assertThat(eventsOf("responder-1")).last().isEqualTo(new ResponderBookingChanged(
                RESPONDER, deployment, period("2027-01-10", "2027-02-15")));
    }

    @Test
    void closing_out_leaves_a_deployment_that_is_over_as_it_is() {
        DeploymentId deployment = requested();
        commands.sendAndWait(new WithdrawDeployment(deployment, HAITI, "Not needed"));

        commands.sendAndWait(new CloseOutDeployment(deployment, HAITI, LocalDate.parse("2027-02-15"), "Case closed"));

        assertThat(eventsOf("deployment-1")).hasSize(2);
    }

    @Test
    void a_deployment_does_not_end_before_the_day_it_started() {
        DeploymentId deployment = approved();
        commands.sendAndWait(new StartDeployment(deployment, HAITI), effective("2027-01-20T08:00:00Z"));

        assertThatThrownBy(() -> commands.sendAndWait(
                new EndDeployment(deployment, HAITI, LocalDate.parse("2027-01-15"), "Sent home")))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("deployment deployment-1 was under way from 2027-01-20 and runs until 2027-03-10; it ends "
                                    + "on one of those days (extend it first to end later)")
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo("end-outside-period");
    }

    @Test
    void starting_early_is_a_reschedule_recorded_before_the_start_that_books_the_new_days() {
        DeploymentId deployment = approved();

        commands.sendAndWait(new RescheduleDeployment(deployment, HAITI, period("2026-12-20", "2027-03-10"),
                                                      "Needed before the holidays", null));
        commands.sendAndWait(new StartDeployment(deployment, HAITI), effective("2026-12-20T08:00:00Z"));

        assertThat(eventsOf("deployment-1")).endsWith(
                new DeploymentRescheduled(deployment, HAITI, period("2026-12-20", "2027-03-10"),
                                          "Needed before the holidays", null),
                new DeploymentStarted(deployment, HAITI));
        assertThat(eventsOf("responder-1")).last().isEqualTo(new ResponderBookingChanged(
                RESPONDER, deployment, period("2026-12-20", "2027-03-10")));
    }

    @Test
    void a_deployment_is_not_rescheduled_into_days_its_responder_is_unavailable() {
        DeploymentId deployment = requested();
        commands.sendAndWait(new ChangeResponderAvailability(
                RESPONDER, Availability.unavailableUntil(LocalDate.parse("2027-01-10"), "Training")));
        commands.sendAndWait(new ApproveDeployment(deployment, HAITI));

        assertThatThrownBy(() -> commands.sendAndWait(new RescheduleDeployment(
                deployment, HAITI, period("2026-11-27", "2027-03-10"), "Earlier", null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("responder responder-1 is unavailable until 2027-01-10 (Training)");
        assertThat(eventsOf("deployment-1")).last().isEqualTo(new DeploymentApproved(deployment, HAITI, RESPONDER));
    }

    @Test
    void only_an_approved_deployment_that_has_not_started_is_rescheduled() {
        DeploymentId deployment = approved();
        commands.sendAndWait(new StartDeployment(deployment, HAITI), effective("2027-01-10T08:00:00Z"));

        assertThatThrownBy(() -> commands.sendAndWait(new RescheduleDeployment(
                deployment, HAITI, period("2027-01-01", "2027-03-10"), "Earlier", null)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo("not-approved");
    }

    /** A responder who joined the roster on 1 December 2026 (registered effective then). */
    private ResponderId registeredOnDecember1() {
        ResponderId joiner = new ResponderId("responder-2");
        commands.sendAndWait(new RegisterResponder(joiner, new PersonalDetails("Jonas Berg", null),
                                                   CorpsComponent.ACTIVE, new Agency("Treasury"),
                                                   List.of(RULE_OF_LAW), null, null),
                             effective("2026-12-01T00:00:00Z"));
        return joiner;
    }

    @Test
    void a_responder_is_not_requested_effective_before_they_joined_the_roster() {
        CaseId haiti = openCase("case-1");
        ResponderId joiner = registeredOnDecember1();

        assertThatThrownBy(() -> commands.sendAndWait(new RequestDeployment(
                new DeploymentId("deployment-1"), haiti, joiner, ADVISER, Sector.SECURITY, RULE_OF_LAW,
                period("2027-01-10", "2027-03-10")), effective("2026-11-20T09:00:00Z")))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("effectiveAt 2026-11-20T09:00:00Z is before responder responder-2 began, on "
                                    + "2026-12-01T00:00:00Z")
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo("effective-before-opening");
        assertThat(eventsOf("deployment-1")).isEmpty();
    }

    @Test
    void a_responder_unavailable_from_their_registration_is_not_booked_then() {
        CaseId haiti = openCase("case-1");
        ResponderId joiner = new ResponderId("responder-2");
        commands.sendAndWait(new RegisterResponder(joiner, new PersonalDetails("Jonas Berg", null),
                                                   CorpsComponent.ACTIVE, new Agency("Treasury"),
                                                   List.of(RULE_OF_LAW), null,
                                                   Availability.unavailableUntil(LocalDate.parse("2027-02-01"),
                                                                                 "Language course")));
        DeploymentId deployment = new DeploymentId("deployment-1");
        commands.sendAndWait(new RequestDeployment(deployment, haiti, joiner, ADVISER, Sector.SECURITY, RULE_OF_LAW,
                                                   period("2027-01-10", "2027-03-10")));

        assertThatThrownBy(() -> commands.sendAndWait(new ApproveDeployment(deployment, haiti)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("responder responder-2 is unavailable until 2027-02-01 (Language course)");
    }

    @Test
    void rescheduling_needs_a_reason() {
        DeploymentId deployment = approved();

        assertThatThrownBy(() -> commands.sendAndWait(new RescheduleDeployment(
                deployment, HAITI, period("2027-01-01", "2027-03-10"), " ", null)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo("answer-needs-reason");
    }

    @Test
    void a_request_answers_with_the_id_of_its_deployment() {
        CaseId haiti = openCase("case-1");
        DeploymentId deployment = new DeploymentId("deployment-1");

        DeploymentId answered = commands.sendAndWait(new RequestDeployment(
                deployment, haiti, RESPONDER, ADVISER, Sector.SECURITY, RULE_OF_LAW,
                period("2027-01-10", "2027-03-10")));

        assertThat(answered).isEqualTo(deployment);
    }

    @Test
    void a_deployment_is_not_requested_effective_before_its_case_was_opened() {
        CaseId haiti = new CaseId("case-1");
        commands.sendAndWait(InMemoryRecord.openCase(haiti), effective("2026-12-01T09:00:00Z"));

        assertThat(refusal(() -> commands.sendAndWait(new RequestDeployment(
                new DeploymentId("deployment-1"), haiti, RESPONDER, ADVISER, Sector.SECURITY, RULE_OF_LAW,
                period("2027-01-10", "2027-03-10")), effective("2026-11-30T09:00:00Z"))))
                .is(matching(brokenRule("effective-before-opening").onField(RecordMetadata.EFFECTIVE_AT)));
        assertThat(eventsOf("deployment-1")).isEmpty();
    }

    @Test
    void a_deployment_is_not_approved_effective_before_it_was_requested() {
        CaseId haiti = openCase("case-1");
        DeploymentId deployment = new DeploymentId("deployment-1");
        commands.sendAndWait(new RequestDeployment(deployment, haiti, RESPONDER, ADVISER, Sector.SECURITY,
                                                   RULE_OF_LAW, period("2027-01-10", "2027-03-10")),
                             effective("2026-12-01T09:00:00Z"));

        assertThat(refusal(() -> commands.sendAndWait(new ApproveDeployment(deployment, haiti),
                                                      effective("2026-11-30T09:00:00Z"))))
                .is(matching(brokenRule("effective-before-opening").onField(RecordMetadata.EFFECTIVE_AT)));
        assertThat(eventsOf("responder-1")).noneMatch(ResponderBooked.class::isInstance);
    }

    @Test
    void a_deployment_is_not_approved_under_another_case() {
        CaseId haiti = openCase("case-1");
        CaseId sudan = openCase("case-2");
        DeploymentId deployment = request("deployment-1", haiti, "2027-01-10", "2027-03-10");

        assertThat(catchThrowableOfType(UnknownRecord.class,
                                        () -> commands.sendAndWait(new ApproveDeployment(deployment, sudan))))
                .is(matching(unknownRecord(Kind.DEPLOYMENT)));
        assertThat(eventsOf("responder-1")).noneMatch(ResponderBooked.class::isInstance);
    }

    @Test
    void a_deployment_is_approved_once() {
        DeploymentId deployment = approved();

        assertThat(refusal(() -> commands.sendAndWait(new ApproveDeployment(deployment, HAITI))))
                .is(matching(brokenRule("not-awaiting-an-answer")));
        assertThat(eventsOf("responder-1")).filteredOn(ResponderBooked.class::isInstance).hasSize(1);
    }

    @Test
    void an_approved_deployment_is_extended_before_it_starts() {
        DeploymentId deployment = approved();

        commands.sendAndWait(new ExtendDeployment(deployment, HAITI, LocalDate.parse("2027-03-20"), null));

        assertThat(eventsOf("deployment-1")).last().isEqualTo(
                new DeploymentExtended(deployment, HAITI, period("2027-01-10", "2027-03-20"), null));
    }

    @Test
    void an_ended_deployment_is_not_extended() {
        DeploymentId deployment = underWay();
        commands.sendAndWait(new EndDeployment(deployment, HAITI, LocalDate.parse("2027-02-15"), "Sent home"));

        assertThat(refusal(() -> commands.sendAndWait(
                new ExtendDeployment(deployment, HAITI, LocalDate.parse("2027-03-20"), null))))
                .is(matching(brokenRule("not-under-way")));
    }

    @Test
    void closing_out_cancels_an_approved_deployment_that_has_not_started_and_frees_its_days() {
        DeploymentId deployment = approved();

        commands.sendAndWait(new CloseOutDeployment(deployment, HAITI, LocalDate.parse("2027-01-05"), "Case closed"));

        assertThat(eventsOf("deployment-1")).last()
                                             .isEqualTo(new DeploymentCancelled(deployment, HAITI, "Case closed"));
        assertThat(eventsOf("responder-1")).last().isEqualTo(new ResponderBookingCancelled(RESPONDER, deployment));
    }

    @Test
    void closing_out_ends_a_deployment_started_after_the_day_the_case_closed_on_the_day_it_started() {
        DeploymentId deployment = approved();
        commands.sendAndWait(new StartDeployment(deployment, HAITI), effective("2027-01-20T08:00:00Z"));

        commands.sendAndWait(new CloseOutDeployment(deployment, HAITI, LocalDate.parse("2027-01-15"), "Case closed"));

        assertThat(eventsOf("deployment-1")).last().isEqualTo(new DeploymentEnded(
                deployment, HAITI, LocalDate.parse("2027-01-20"), "Case closed"));
    }

    @Test
    void a_retired_responder_is_not_requested() {
        CaseId haiti = openCase("case-1");
        commands.sendAndWait(new RetireResponder(RESPONDER, "Left the corps"));

        assertThat(refusal(() -> request("deployment-1", haiti, "2027-01-10", "2027-03-10")))
                .is(matching(brokenRule("responder-is-retired")));
        assertThat(eventsOf("deployment-1")).isEmpty();
    }

    @Test
    void a_responder_who_retired_after_the_request_is_not_booked() {
        DeploymentId deployment = requested();
        commands.sendAndWait(new RetireResponder(RESPONDER, "Left the corps"));

        assertThat(refusal(() -> commands.sendAndWait(new ApproveDeployment(deployment, HAITI))))
                .is(matching(brokenRule("responder-is-retired")));
        assertThat(eventsOf("deployment-1")).hasSize(1);
    }

    @Test
    void a_deployment_of_a_responder_who_has_retired_since_is_not_extended() {
        DeploymentId deployment = approved();
        commands.sendAndWait(new RetireResponder(RESPONDER, "Left the corps"), effective("2027-03-11T09:00:00Z"));

        assertThat(refusal(() -> commands.sendAndWait(
                new ExtendDeployment(deployment, HAITI, LocalDate.parse("2027-03-20"), null))))
                .is(matching(brokenRule("responder-is-retired")));
    }

    @Test
    void a_tour_as_long_as_the_responders_limit_is_approved() {
        CaseId haiti = openCase("case-1");
        DeploymentId deployment = request("deployment-1", haiti, "2027-01-01", "2027-03-31");

        commands.sendAndWait(new ApproveDeployment(deployment, haiti));

        assertThat(period("2027-01-01", "2027-03-31").days()).isEqualTo(SETTINGS.tourLimit(CorpsComponent.STANDBY));
        assertThat(eventsOf("deployment-1")).last().isEqualTo(new DeploymentApproved(deployment, haiti, RESPONDER));
    }
}
