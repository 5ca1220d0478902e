package org.casebook.command.crisis;

import static org.casebook.command.Refused.staleVersion;
import static org.casebook.command.crisis.CaseEntries.CASE;
import static org.casebook.command.crisis.CaseEntries.fixture;
import static org.casebook.command.crisis.CaseEntries.moved;
import static org.casebook.command.crisis.CaseEntries.opened;

import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.command.CommandMetadata;
import org.casebook.kernel.crisis.MoveCrisisToStage;
import org.casebook.kernel.crisis.Stage;
import org.junit.jupiter.api.Test;

class ChangingAKnownVersionTest {

    private final AggregateTestFixture<Crisis> fixture = fixture();

    @Test
    void a_command_for_the_current_version_is_applied() {
        fixture.given(opened(), moved(Stage.WATCH, Stage.ASSESSMENT))
               .when(new MoveCrisisToStage(CASE, Stage.POLICY, null, null),
                     Map.of(CommandMetadata.EXPECTED_VERSION, 2L))
               .expectEvents(moved(Stage.ASSESSMENT, Stage.POLICY));
    }

    @Test
    void a_command_for_an_older_version_is_refused() {
        fixture.given(opened(), moved(Stage.WATCH, Stage.ASSESSMENT))
               .when(new MoveCrisisToStage(CASE, Stage.POLICY, null, null),
                     Map.of(CommandMetadata.EXPECTED_VERSION, 1L))
               .expectNoEvents()
               .expectException(staleVersion("case case-1", 1, 2));
    }
}
