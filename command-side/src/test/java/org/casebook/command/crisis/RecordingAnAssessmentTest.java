package org.casebook.command.crisis;

import static org.casebook.command.BrokenRule.brokenRule;
import static org.casebook.command.crisis.CaseEntries.CASE;
import static org.casebook.command.crisis.CaseEntries.assessed;
import static org.casebook.command.crisis.CaseEntries.closed;
import static org.casebook.command.crisis.CaseEntries.findings;
import static org.casebook.command.crisis.CaseEntries.fixture;
import static org.casebook.command.crisis.CaseEntries.opened;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.kernel.crisis.AssessmentId;
import org.casebook.kernel.crisis.RecordAssessment;
import org.casebook.kernel.crisis.Stage;
import org.junit.jupiter.api.Test;

class RecordingAnAssessmentTest {

    private final AggregateTestFixture<Crisis> fixture = fixture();

    @Test
    void assessments_are_numbered_in_the_order_they_are_recorded() {
        fixture.given(opened(), assessed(1))
               .when(new RecordAssessment(CASE, findings(), "Assessment 2"))
               .expectResultMessagePayload(AssessmentId.number(2))
               .expectEvents(assessed(2));
    }

    @Test
    void an_assessment_records_at_least_one_finding() {
        fixture.given(opened())
               .when(new RecordAssessment(CASE, List.of(), "Nothing found"))
               .expectNoEvents()
               .expectException(brokenRule("assessment-needs-findings").onField("findings"));
    }

    @Test
    void a_closed_case_takes_no_assessment() {
        fixture.given(opened(), closed(Stage.WATCH))
               .when(new RecordAssessment(CASE, findings(), "Late"))
               .expectNoEvents()
               .expectException(brokenRule("case-is-closed"));
    }
}
