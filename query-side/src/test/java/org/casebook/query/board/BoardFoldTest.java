package org.casebook.query.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.casebook.kernel.crisis.Stage;
import org.casebook.query.CaseEntries;
import org.casebook.query.RecordedEntry;
import org.junit.jupiter.api.Test;

class BoardFoldTest {

    @Test
    void an_opened_case_appears_with_its_lead_and_opening_time() {
        CaseEntries history = new CaseEntries().opened(Stage.WATCH);

        BoardRow row = fold(history);

        assertThat(row.id()).isEqualTo("case-1");
        assertThat(row.title()).isEqualTo("Border instability");
        assertThat(row.country()).isEqualTo("SD");
        assertThat(row.stage()).isEqualTo(Stage.WATCH);
        assertThat(row.leadBody()).isEqualTo("CRSG");
        assertThat(row.leadCoordinator()).isEqualTo("M. Alvarez");
        assertThat(row.openedAt()).isEqualTo(history.last().effectiveAt());
        assertThat(row.decisionCount()).isZero();
        assertThat(row.latestDecision()).isNull();
    }

    @Test
    void decisions_are_counted_and_the_latest_is_summarised() {
        BoardRow row = fold(new CaseEntries().opened(Stage.WATCH).decided(1, null, null).decided(2, 1, null));

        assertThat(row.decisionCount()).isEqualTo(2);
        assertThat(row.latestDecision()).isEqualTo("D-2: Decision 2");
    }

    @Test
    void the_stage_follows_moves_closing_and_reopening() {
        CaseEntries history = new CaseEntries().opened(Stage.WATCH).moved(Stage.WATCH, Stage.ASSESSMENT, null);
        assertThat(fold(history).stage()).isEqualTo(Stage.ASSESSMENT);
        history.closed(Stage.ASSESSMENT, "Resolved");
        assertThat(fold(history).stage()).isEqualTo(Stage.CLOSED);
        history.reopened(Stage.ASSESSMENT, "Back");
        assertThat(fold(history).stage()).isEqualTo(Stage.ASSESSMENT);
    }

    @Test
    void last_activity_is_the_recorded_time_and_position_of_the_latest_entry() {
        CaseEntries history = new CaseEntries().opened(Stage.WATCH).assessed(1).corrected(1, "Fixed");

        BoardRow row = fold(history);

        assertThat(row.lastActivityAt()).isEqualTo(history.last().recordedAt());
        assertThat(row.position()).isEqualTo(history.last().position());
    }

    private static BoardRow fold(CaseEntries history) {
        BoardRow row = null;
        for (RecordedEntry entry : history.entries()) {
            row = BoardFold.apply(row, entry);
        }
        return row;
    }
}
