package org.casebook.query.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casebook.kernel.crisis.Stage;
import org.casebook.query.CaseEntries;
import org.casebook.query.RecordedEntry;
import org.junit.jupiter.api.Test;

class TimelineFoldTest {

    @Test
    void each_entry_is_a_line_with_both_clocks_who_and_a_summary() {
        CaseEntries history = new CaseEntries().opened(Stage.WATCH).decided(1, null, null);

        List<TimelineEntry> timeline = fold(history);

        assertThat(timeline).extracting(TimelineEntry::sequence).containsExactly(0L, 1L);
        TimelineEntry decision = timeline.get(1);
        RecordedEntry recorded = history.last();
        assertThat(decision.position()).isEqualTo(recorded.position());
        assertThat(decision.type()).isEqualTo("DecisionRecorded");
        assertThat(decision.effectiveAt()).isEqualTo(recorded.effectiveAt());
        assertThat(decision.recordedAt()).isEqualTo(recorded.recordedAt());
        assertThat(decision.user()).isEqualTo("coordinator");
        assertThat(decision.role()).isEqualTo("COORDINATOR");
        assertThat(decision.summary()).isEqualTo("D-1: Decision 1 (CRSG)");
        assertThat(decision.payload().get("decisionId").asText()).isEqualTo("D-1");
    }

    @Test
    void a_correction_links_both_ways() {
        List<TimelineEntry> timeline = fold(new CaseEntries().opened(Stage.WATCH).decided(1, null, null)
                                                             .corrected(1, "Fixed"));

        assertThat(timeline.get(1).correctedBy()).containsExactly("event-2");
        assertThat(timeline.get(2).corrects()).isEqualTo("event-1");
        assertThat(timeline.get(0).correctedBy()).isEmpty();
    }

    @Test
    void linking_the_same_correction_twice_changes_nothing() {
        CaseEntries history = new CaseEntries().opened(Stage.WATCH).corrected(0, "Fixed");
        TimelineEntry opening = TimelineFold.line(history.entries().get(0));

        TimelineEntry once = TimelineFold.linkCorrection(opening, history.last());
        TimelineEntry twice = TimelineFold.linkCorrection(once, history.last());

        assertThat(twice).isEqualTo(once);
        assertThat(twice.correctedBy()).containsExactly("event-1");
    }

    @Test
    void long_texts_are_shortened_to_one_line_in_the_summary() {
        CaseEntries history = new CaseEntries().opened(Stage.WATCH)
                                               .moved(Stage.WATCH, Stage.ASSESSMENT, "Line one\nline two " + "x".repeat(300));

        String summary = fold(history).get(1).summary();

        assertThat(summary).startsWith("Moved from Watch to Assessment: Line one line two x").endsWith("…");
        assertThat(summary).doesNotContain("\n");
        assertThat(summary.length()).isLessThan(200);
    }

    @Test
    void a_summary_names_stages_as_people_do_and_counts_one_finding_as_one() {
        CaseEntries history = new CaseEntries().opened(Stage.WATCH).assessed(1);

        List<TimelineEntry> timeline = fold(history);

        assertThat(timeline.get(0).summary()).isEqualTo("Opened \"Border instability\" (SD, Watch, lead CRSG)");
        assertThat(timeline.get(1).summary()).isEqualTo("Assessment A-1 (1 finding): Assessment 1");
    }

    private static List<TimelineEntry> fold(CaseEntries history) {
        return history.foldedBy(List.of(), TimelineFold::apply);
    }
}
