package org.casebook.command.crisis;

import static org.casebook.command.BrokenRule.brokenRule;
import static org.casebook.command.crisis.CaseEntries.CASE;
import static org.casebook.command.crisis.CaseEntries.CRSG;
import static org.casebook.command.crisis.CaseEntries.assessed;
import static org.casebook.command.crisis.CaseEntries.closed;
import static org.casebook.command.crisis.CaseEntries.decided;
import static org.casebook.command.crisis.CaseEntries.fixture;
import static org.casebook.command.crisis.CaseEntries.moved;
import static org.casebook.command.crisis.CaseEntries.opened;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.CorrectEntry;
import org.casebook.kernel.crisis.CrisisReopened;
import org.casebook.kernel.crisis.EntryCorrected;
import org.casebook.kernel.crisis.EventId;
import org.casebook.kernel.crisis.LeadBodyCorrected;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.kernel.handover.RiskClosed;
import org.casebook.kernel.handover.Signatory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CorrectingAnEntryTest {

    private static final Body EMBASSY = new Body("Embassy Khartoum");
    private static final Signatory CAPITAL = new Signatory("alvarez", "COORDINATOR", CRSG);
    private static final HandoverId HANDOVER = HandoverId.number(1);

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

    /** Each history ends in the entry to be corrected. */
    static Stream<Arguments> entries_of_every_kind() {
        HandoverProposed proposed = new HandoverProposed(
                CASE, HANDOVER, CRSG, EMBASSY, null, List.of(), List.of(), List.of("Rainy season"),
                LocalDate.parse("2027-03-01"), CAPITAL);
        return Stream.of(
                Arguments.of("AssessmentRecorded", List.of(opened(), assessed(1))),
                Arguments.of("CrisisMovedToStage", List.of(opened(), moved(Stage.WATCH, Stage.ASSESSMENT))),
                Arguments.of("CrisisClosed", List.of(opened(), closed(Stage.WATCH))),
                Arguments.of("CrisisReopened", List.of(opened(), closed(Stage.WATCH),
                                                       new CrisisReopened(CASE, Stage.WATCH, "Renewed raids"))),
                Arguments.of("EntryCorrected", List.of(opened(), new EntryCorrected(CASE, new EventId("e-0"), 0,
                                                       "CrisisOpened", "Misspelt title", "Border instability"))),
                Arguments.of("LeadBodyCorrected", List.of(opened(), new LeadBodyCorrected(
                        CASE, CRSG, EMBASSY, "Misrecorded at opening"))),
                Arguments.of("HandoverProposed", List.of(opened(), proposed)),
                Arguments.of("RiskClosed", List.of(opened(), proposed,
                                                   new RiskClosed(CASE, HANDOVER, 1, "Road reopened", CAPITAL))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries_of_every_kind")
    void any_entry_of_the_case_can_be_corrected(String type, List<Object> history) {
        TestExecutor<Crisis> given = fixture.given(history);
        long sequence = history.size() - 1;
        EventId entry = storedEventId(sequence);

        given.when(new CorrectEntry(CASE, entry, "Wrong", "Right"))
             .expectEvents(new EntryCorrected(CASE, entry, sequence, type, "Wrong", "Right"));
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
