package org.casebook.command.crisis;

import static org.casebook.command.BrokenRule.brokenRule;
import static org.casebook.command.crisis.CaseHistory.CASE;
import static org.casebook.command.crisis.CaseHistory.closed;
import static org.casebook.command.crisis.CaseHistory.decided;
import static org.casebook.command.crisis.CaseHistory.fixture;
import static org.casebook.command.crisis.CaseHistory.opened;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.casebook.kernel.crisis.CorrectEntry;
import org.casebook.kernel.crisis.EntryCorrected;
import org.casebook.kernel.crisis.EventId;
import org.casebook.kernel.crisis.Stage;
import org.junit.jupiter.api.Test;

class CorrectingAnEntryTest {

    private final AggregateTestFixture<Crisis> fixture = fixture();

    @Test
    void a_correction_is_recorded_beside_the_entry_it_corrects() {
        TestExecutor<Crisis> given = fixture.given(opened(), decided(1, null, null));
        EventId decision = storedEventId(1);

        given.when(new CorrectEntry(CASE, decision, "Wrong town", "Deploy to Nyala"))
             .expectEvents(new EntryCorrected(CASE, decision, 1, "DecisionRecorded", "Wrong town", "Deploy to Nyala"));
    }

    @Test
    void a_closed_case_can_still_be_corrected() {
        TestExecutor<Crisis> given = fixture.given(opened(), closed(Stage.WATCH));
        EventId opening = storedEventId(0);

        given.when(new CorrectEntry(CASE, opening, "Misspelt title", "Border instability (Darfur)"))
             .expectEvents(new EntryCorrected(CASE, opening, 0, "CrisisOpened", "Misspelt title",
                                              "Border instability (Darfur)"));
    }

    @Test
    void a_correction_points_at_an_entry_of_the_same_case() {
        fixture.given(opened())
               .when(new CorrectEntry(CASE, new EventId("no-such-event"), "Wrong", "Right"))
               .expectNoEvents()
               .expectException(brokenRule("correction-target-must-be-in-case").onField("correctsEventId"));
    }

    @Test
    void a_correction_needs_a_reason() {
        TestExecutor<Crisis> given = fixture.given(opened());
        EventId opening = storedEventId(0);

        given.when(new CorrectEntry(CASE, opening, " ", "Right"))
             .expectNoEvents()
             .expectException(brokenRule("correction-needs-reason").onField("reason"));
    }

    private EventId storedEventId(long sequence) {
        DomainEventMessage<?> event = fixture.getEventStore().readEvents(CASE.value()).asStream()
                                             .filter(message -> message.getSequenceNumber() == sequence)
                                             .findFirst().orElseThrow();
        return new EventId(event.getIdentifier());
    }
}
