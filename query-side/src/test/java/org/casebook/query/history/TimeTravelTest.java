package org.casebook.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.testing.TestClock;
import org.casebook.journal.testing.TestStore;
import org.casebook.kernel.crisis.AssessmentId;
import org.casebook.kernel.crisis.AssessmentRecorded;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.Finding;
import org.casebook.kernel.crisis.FindingType;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.query.board.BoardRow;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.casefile.CaseFileFold;
import org.casebook.query.needtoknow.Withheld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The record as it was, on both clocks. The journal below is recorded one day at a time from 1 March 2026; one
 * entry is late: recorded on 6 March, it took effect on 2 March.
 */
class TimeTravelTest {

    private static final Instant MARCH_1 = Instant.parse("2026-03-01T12:00:00Z");

    private final TestStore store = TestStore.fresh();
    private final TestClock clock = new TestClock(MARCH_1);
    private JournalStorageEngine journal;
    private TimeTravel timeTravel;
    private HistoryFeed history;
    private final CaseId sudan = new CaseId("sudan");
    private final CaseId haiti = new CaseId("haiti");

    @BeforeEach
    void recordAHistory() {
        journal = store.journal().clock(clock).build();
        history = new HistoryFeed(store.database(), journal);
        timeTravel = new TimeTravel(history.history());
        record(day(1), day(1), sudan, 0, opened(sudan, "SD"));                                  // position 1
        record(day(2), day(2), sudan, 1, assessed(sudan, 1));                                   // 2
        record(day(3), day(3), sudan, 2, decided(sudan, 1, "A-1"));                             // 3
        record(day(4), day(4), haiti, 0, opened(haiti, "HT"));                                  // 4
        record(day(5), day(5), sudan, 3, new CrisisMovedToStage(sudan, Stage.WATCH, Stage.ASSESSMENT, null)); // 5
        record(day(6), day(2), sudan, 4, assessed(sudan, 2));                                   // 6: late
        history.catchUp();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void as_of_a_recorded_time_shows_what_was_known_then() {
        CaseFile file = timeTravel.caseFile("sudan", AsOf.recorded(day(4))).orElseThrow();

        assertThat(file.stage()).isEqualTo(Stage.WATCH);
        assertThat(file.decisions()).hasSize(1);
        assertThat(file.currentAssessment().assessmentId()).isEqualTo("A-1");
        assertThat(file.version()).isEqualTo(3);
    }

    @Test
    void as_of_an_effective_time_includes_what_was_logged_later() {
        CaseFile recorded = timeTravel.caseFile("sudan", AsOf.recorded(day(2))).orElseThrow();
        CaseFile effective = timeTravel.caseFile("sudan", AsOf.effective(day(2))).orElseThrow();

        assertThat(recorded.assessmentCount()).isEqualTo(1);
        assertThat(effective.assessmentCount()).isEqualTo(2);
        assertThat(effective.currentAssessment().assessmentId()).isEqualTo("A-2");
        assertThat(effective.decisions()).isEmpty();
    }

    @Test
    void as_of_a_position_shows_the_journal_up_to_it() {
        assertThat(timeTravel.caseFile("sudan", AsOf.position(3)).orElseThrow().decisions()).hasSize(1);
        assertThat(timeTravel.caseFile("sudan", AsOf.position(2)).orElseThrow().decisions()).isEmpty();
    }

    @Test
    void a_case_not_yet_opened_did_not_exist() {
        assertThat(timeTravel.caseFile("haiti", AsOf.recorded(day(3)))).isEmpty();
        assertThat(timeTravel.caseFile("nowhere", AsOf.recorded(day(9)))).isEmpty();
    }

    @Test
    void as_of_now_equals_the_fold_of_every_entry_as_the_live_view_keeps_it() {
        CaseFile live = null;
        for (var entry : history.history().entries("sudan")) {
            live = CaseFileFold.apply(live, entry);
        }

        assertThat(timeTravel.caseFile("sudan", AsOf.position(journal.head().position()))).contains(live);
    }

    @Test
    void the_board_as_of_a_time_shows_the_cases_and_stages_of_then() {
        List<BoardRow> before = timeTravel.board(AsOf.recorded(day(3)), null, null);
        List<BoardRow> after = timeTravel.board(AsOf.recorded(day(5)), null, null);

        assertThat(before).extracting(BoardRow::id).containsExactly("sudan");
        assertThat(after).extracting(BoardRow::id).containsExactly("sudan", "haiti");
        assertThat(after.get(0).stage()).isEqualTo(Stage.ASSESSMENT);
        assertThat(timeTravel.board(AsOf.recorded(day(5)), null, new CountryCode("HT")))
                .extracting(BoardRow::id).containsExactly("haiti");
        assertThat(timeTravel.board(AsOf.recorded(day(5)), Stage.WATCH, null))
                .extracting(BoardRow::id).containsExactly("haiti");
    }

    @Test
    void a_diff_lists_the_entries_between_two_moments_and_the_fields_they_changed() {
        TimeTravel.CaseDiff diff = timeTravel.diff("sudan", AsOf.position(3), AsOf.position(5), file -> Withheld.NOTHING).orElseThrow();

        assertThat(diff.entriesAdded()).extracting(entry -> entry.type()).containsExactly("CrisisMovedToStage");
        assertThat(diff.entriesRemoved()).isEmpty();
        assertThat(diff.changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("stage");
            assertThat(change.before().asText()).isEqualTo("WATCH");
            assertThat(change.after().asText()).isEqualTo("ASSESSMENT");
        });
        assertThat(diff.changes()).extracting(JsonDiff.Change::field).contains("version", "stageHistory[1].to")
                                  .doesNotContain("title");
    }

    @Test
    void what_was_known_at_a_decision_and_what_arrived_late() {
        TimeTravel.DecisionContext context = timeTravel.knownAtDecision("sudan", "D-1", file -> Withheld.NOTHING).orElseThrow();

        assertThat(context.decision().position()).isEqualTo(3);
        assertThat(context.caseFileBefore().decisions()).isEmpty();
        assertThat(context.caseFileBefore().version()).isEqualTo(2);
        assertThat(context.assessmentThen().assessmentId()).isEqualTo("A-1");
        assertThat(context.lateEntries()).extracting(entry -> entry.payload().get("assessmentId").asText())
                                         .containsExactly("A-2");
        assertThat(timeTravel.knownAtDecision("sudan", "D-9", file -> Withheld.NOTHING)).isEmpty();
    }

    private void record(Instant recordedAt, Instant effectiveAt, CaseId crisis, long sequence, CrisisEvent event) {
        clock.set(recordedAt);
        journal.appendEvents(List.of(new GenericDomainEventMessage<>(
                "Crisis", crisis.value(), sequence, event,
                MetaData.from(Map.of("user", "coordinator", "role", "COORDINATOR",
                                     "effectiveAt", effectiveAt.toString())))));
    }

    private static Instant day(int day) {
        return MARCH_1.plusSeconds(86_400L * (day - 1));
    }

    private static CrisisOpened opened(CaseId crisis, String country) {
        return new CrisisOpened(crisis, "Case " + crisis, new CountryCode(country), null, "Summary", Stage.WATCH,
                                Sensitivity.UNCLASSIFIED, new Body("CRSG"), new Coordinator("M. Alvarez"));
    }

    private static AssessmentRecorded assessed(CaseId crisis, int number) {
        return new AssessmentRecorded(crisis, AssessmentId.number(number),
                                      List.of(new Finding(FindingType.KEY_ACTOR, "Militia leaders")), "A" + number);
    }

    private static DecisionRecorded decided(CaseId crisis, int number, String assessment) {
        return new DecisionRecorded(crisis, DecisionId.number(number), "Decision " + number, "Because",
                                    List.of("Act", "Wait"), new Body("CRSG"), "PS-1", null,
                                    new AssessmentId(assessment), null);
    }
}
