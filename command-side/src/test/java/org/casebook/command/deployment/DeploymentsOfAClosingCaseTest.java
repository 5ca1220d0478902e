package org.casebook.command.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.command.deployment.DeploymentLifecycleTest.CASE;
import static org.casebook.command.deployment.DeploymentLifecycleTest.DEPLOYMENT;
import static org.casebook.command.deployment.DeploymentLifecycleTest.RESPONDER;
import static org.casebook.command.deployment.DeploymentLifecycleTest.requested;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandMessage;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.saga.SagaTestFixture;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.deployment.CloseOutDeployment;
import org.casebook.kernel.deployment.DeploymentApproved;
import org.casebook.kernel.deployment.DeploymentEnded;
import org.casebook.kernel.deployment.DeploymentStarted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeploymentsOfAClosingCaseTest {

    private static final MetaData CLOSED_ON_MARCH_1 =
            MetaData.with(RecordMetadata.EFFECTIVE_AT, "2027-03-01T16:00:00Z");

    private SagaTestFixture<DeploymentsOfAClosingCase> fixture;

    @BeforeEach
    void fixture() {
        fixture = new SagaTestFixture<>(DeploymentsOfAClosingCase.class);
    }

    private static CrisisClosed closed() {
        return new CrisisClosed(CASE, Stage.OPERATIONS, "Handed to the embassy", null);
    }

    @Test
    void a_deployment_of_a_case_that_closes_is_closed_out_as_of_the_day_it_closed() {
        fixture.givenAggregate(DEPLOYMENT.value()).published(requested(),
                                                             new DeploymentApproved(DEPLOYMENT, CASE, RESPONDER),
                                                             new DeploymentStarted(DEPLOYMENT, CASE))
               .whenAggregate(CASE.value()).publishes(closed(), CLOSED_ON_MARCH_1)
               .expectActiveSagas(1)
               .expectDispatchedCommands(new CloseOutDeployment(DEPLOYMENT, CASE, LocalDate.parse("2027-03-01"),
                                                                "The case was closed: Handed to the embassy"));
    }

    @Test
    void the_entries_it_causes_are_recorded_as_the_system_effective_when_the_case_closed() {
        fixture.givenAggregate(DEPLOYMENT.value()).published(requested())
               .whenAggregate(CASE.value()).publishes(closed(), CLOSED_ON_MARCH_1);

        CommandMessage<?> sent = fixture.getCommandBus().getDispatchedCommands().get(0);
        assertThat(sent.getMetaData()).containsEntry(RecordMetadata.USER, "casebook")
                                      .containsEntry(RecordMetadata.ROLE, "SYSTEM")
                                      .containsEntry(RecordMetadata.EFFECTIVE_AT, "2027-03-01T16:00:00Z");
    }

    @Test
    void another_case_closing_does_not_touch_the_deployment() {
        fixture.givenAggregate(DEPLOYMENT.value()).published(requested())
               .whenAggregate("case-2").publishes(new CrisisClosed(new CaseId("case-2"), Stage.WATCH, "Calm", null))
               .expectNoDispatchedCommands();
    }

    @Test
    void a_deployment_that_is_over_no_longer_follows_its_case() {
        fixture.givenAggregate(DEPLOYMENT.value()).published(requested(),
                                                             new DeploymentApproved(DEPLOYMENT, CASE, RESPONDER),
                                                             new DeploymentStarted(DEPLOYMENT, CASE),
                                                             new DeploymentEnded(DEPLOYMENT, CASE,
                                                                                 LocalDate.parse("2027-02-01"), "Done"))
               .whenAggregate(CASE.value()).publishes(closed(), CLOSED_ON_MARCH_1)
               .expectActiveSagas(0)
               .expectNoDispatchedCommands();
    }
}
