package org.casebook.command.deployment;

import static org.casebook.command.testing.Refusing.expectRefused;
import static org.casebook.command.BrokenRule.brokenRule;
import static org.casebook.command.Refused.unknownRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.command.AddressedCommandTargetResolver;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.DeclineDeployment;
import org.casebook.kernel.deployment.DeploymentApproved;
import org.casebook.kernel.deployment.DeploymentCancelled;
import org.casebook.kernel.deployment.DeploymentDeclined;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.deployment.DeploymentRequested;
import org.casebook.kernel.deployment.DeploymentRole;
import org.casebook.kernel.deployment.DeploymentStarted;
import org.casebook.kernel.deployment.DeploymentWithdrawn;
import org.casebook.kernel.deployment.Period;
import org.casebook.kernel.deployment.Sector;
import org.casebook.kernel.deployment.StartDeployment;
import org.casebook.kernel.deployment.WithdrawDeployment;
import org.casebook.kernel.refusal.UnknownRecord.Kind;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.kernel.responder.Skill;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The answers and steps a deployment takes on its own: decline, withdraw, start. */
class DeploymentLifecycleTest {

    static final DeploymentId DEPLOYMENT = new DeploymentId("deployment-1");
    static final CaseId CASE = new CaseId("case-1");
    static final ResponderId RESPONDER = new ResponderId("responder-1");

    private AggregateTestFixture<Deployment> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Deployment.class);
        fixture.registerCommandTargetResolver(new AddressedCommandTargetResolver());
    }

    static DeploymentRequested requested() {
        return new DeploymentRequested(DEPLOYMENT, CASE, RESPONDER, new DeploymentRole("sector adviser"),
                                       Sector.JUSTICE_AND_RECONCILIATION, new Skill("rule-of-law"),
                                       new Period(LocalDate.parse("2027-01-10"), LocalDate.parse("2027-03-10")));
    }

    @Test
    void a_request_is_declined_with_a_reason() {
        fixture.given(requested())
               .when(new DeclineDeployment(DEPLOYMENT, CASE, "Needed at home"))
               .expectEvents(new DeploymentDeclined(DEPLOYMENT, CASE, "Needed at home"));
    }

    @Test
    void declining_needs_a_reason() {
        expectRefused(fixture, new DeclineDeployment(DEPLOYMENT, CASE, ""),
                      brokenRule("answer-needs-reason").onField("reason"),
                      requested());
    }

    @Test
    void only_a_request_awaiting_an_answer_is_withdrawn() {
        expectRefused(fixture, new WithdrawDeployment(DEPLOYMENT, CASE, "No longer needed"),
                      brokenRule("not-awaiting-an-answer"),
                      requested(), new DeploymentApproved(DEPLOYMENT, CASE, RESPONDER));
    }

    @Test
    void a_request_is_withdrawn_before_it_is_answered() {
        fixture.given(requested())
               .when(new WithdrawDeployment(DEPLOYMENT, CASE, "No longer needed"))
               .expectEvents(new DeploymentWithdrawn(DEPLOYMENT, CASE, "No longer needed"));
    }

    @Test
    void an_approved_deployment_starts() {
        fixture.given(requested(), new DeploymentApproved(DEPLOYMENT, CASE, RESPONDER))
               .when(new StartDeployment(DEPLOYMENT, CASE))
               .expectEvents(new DeploymentStarted(DEPLOYMENT, CASE));
    }

    @Test
    void a_request_does_not_start_before_it_is_approved() {
        expectRefused(fixture, new StartDeployment(DEPLOYMENT, CASE), brokenRule("not-approved"), requested());
    }

    static Stream<Arguments> steps_named_under_another_case() {
        CaseId another = new CaseId("case-2");
        return Stream.of(
                Arguments.of(Named.of("started", new StartDeployment(DEPLOYMENT, another))),
                Arguments.of(Named.of("declined", new DeclineDeployment(DEPLOYMENT, another, "Needed at home"))),
                Arguments.of(Named.of("withdrawn", new WithdrawDeployment(DEPLOYMENT, another, "No longer needed"))));
    }

    @ParameterizedTest(name = "a deployment is not found under another case to be {0}")
    @MethodSource("steps_named_under_another_case")
    void a_deployment_is_not_found_under_another_case(Object step) {
        expectRefused(fixture, step, unknownRecord(Kind.DEPLOYMENT), requested());
    }

    @Test
    void an_approved_deployment_is_not_declined() {
        expectRefused(fixture, new DeclineDeployment(DEPLOYMENT, CASE, "Needed at home"),
                      brokenRule("not-awaiting-an-answer"),
                      requested(), new DeploymentApproved(DEPLOYMENT, CASE, RESPONDER));
    }

    @Test
    void a_cancelled_deployment_does_not_start() {
        fixture.given(requested(), new DeploymentApproved(DEPLOYMENT, CASE, RESPONDER),
                      new DeploymentCancelled(DEPLOYMENT, CASE, "Case closed"))
               .when(new StartDeployment(DEPLOYMENT, CASE), effective("2027-01-10T09:00:00Z"))
               .expectNoEvents()
               .expectException(brokenRule("not-approved"));
    }

    private static Map<String, Object> effective(String at) {
        return Map.of(RecordMetadata.EFFECTIVE_AT, at);
    }

    @Test
    void a_deployment_does_not_start_before_its_first_day() {
        fixture.given(requested(), new DeploymentApproved(DEPLOYMENT, CASE, RESPONDER))
               .when(new StartDeployment(DEPLOYMENT, CASE), effective("2026-11-27T09:00:00Z"))
               .expectNoEvents()
               .expectException(brokenRule("start-outside-period").onField(RecordMetadata.EFFECTIVE_AT));
    }

    @Test
    void a_deployment_does_not_start_after_its_last_day() {
        fixture.given(requested(), new DeploymentApproved(DEPLOYMENT, CASE, RESPONDER))
               .when(new StartDeployment(DEPLOYMENT, CASE), effective("2027-03-11T09:00:00Z"))
               .expectNoEvents()
               .expectException(brokenRule("start-outside-period").onField(RecordMetadata.EFFECTIVE_AT));
    }

    @Test
    void a_deployment_starts_on_a_day_of_its_period() {
        fixture.given(requested(), new DeploymentApproved(DEPLOYMENT, CASE, RESPONDER))
               .when(new StartDeployment(DEPLOYMENT, CASE), effective("2027-01-12T09:00:00Z"))
               .expectEvents(new DeploymentStarted(DEPLOYMENT, CASE));
    }

    @Test
    void a_step_of_a_deployment_does_not_take_effect_before_it_was_requested() {
        fixture.given(List.of(GenericEventMessage.asEventMessage(requested())
                                                 .andMetaData(MetaData.from(effective("2026-12-01T09:00:00Z")))))
               .when(new DeclineDeployment(DEPLOYMENT, CASE, "Needed at home"), effective("2026-11-30T09:00:00Z"))
               .expectNoEvents()
               .expectException(brokenRule("effective-before-opening").onField(RecordMetadata.EFFECTIVE_AT));
    }
}
