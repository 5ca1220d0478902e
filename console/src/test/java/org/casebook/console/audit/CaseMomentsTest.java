package org.casebook.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.casebook.query.history.AsOf;
import org.casebook.query.history.JsonDiff;
import org.casebook.query.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

class CaseMomentsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    /** Three entries: the opening, a decision, and a late entry recorded last that took effect before the decision. */
    private final CaseMoments moments = new CaseMoments(List.of(
            line(0, T0, T0), line(1, T0.plusSeconds(60), T0.plusSeconds(60)),
            line(2, T0.plusSeconds(30), T0.plusSeconds(120))));

    @Test
    void an_entry_is_the_moment_it_was_recorded_or_took_effect_on_the_clock_chosen() {
        assertThat(moments.chosen("recorded", "entry", 3L, null)).isEqualTo(
                new Moment(AsOf.Clock.RECORDED, T0.plusSeconds(120), 3L));
        assertThat(moments.chosen("effective", "entry", 3L, null)).isEqualTo(
                new Moment(AsOf.Clock.EFFECTIVE, T0.plusSeconds(30), 3L));
    }

    @Test
    void the_effective_clock_includes_an_entry_recorded_later_that_had_happened_by_then() {
        Moment decision = moments.chosen("effective", "entry", 2L, null);
        assertThat(moments.included(decision)).extracting(TimelineEntry::sequence).containsExactly(0L, 1L, 2L);
        assertThat(moments.included(moments.chosen("recorded", "entry", 2L, null)))
                .extracting(TimelineEntry::sequence).containsExactly(0L, 1L);
    }

    @Test
    void a_time_sent_by_its_button_wins_over_the_slider_and_nothing_valid_means_the_latest_entry() {
        Moment byTime = moments.chosen("recorded", "time", 3L, "2026-03-01T10:00:30");
        assertThat(byTime.entry()).isNull();
        assertThat(moments.reached(byTime)).isEqualTo(1);
        assertThat(moments.chosen(null, null, 99L, "not a time")).isEqualTo(
                new Moment(AsOf.Clock.RECORDED, T0.plusSeconds(120), 3L));
    }

    @Test
    void a_changed_field_is_named_in_words_with_items_counted_from_one() {
        FieldChange change = FieldChange.of(new JsonDiff.Change("decisions[0].supersededBy", null,
                                                                 TextNode.valueOf("D-2")));
        assertThat(change).isEqualTo(new FieldChange("decisions 1 › superseded by", "", "D-2", "Added"));
        assertThat(FieldChange.of(new JsonDiff.Change("decisions[1].superseded", BooleanNode.FALSE,
                                                       BooleanNode.TRUE)).what()).isEqualTo("Changed");
        assertThat(FieldChange.of(new JsonDiff.Change("outcome", TextNode.valueOf("x"), null)).what())
                .isEqualTo("Removed");
    }

    private static TimelineEntry line(long sequence, Instant effectiveAt, Instant recordedAt) {
        return new TimelineEntry("case", sequence, 10 + sequence, "event-" + sequence, "Type", effectiveAt, recordedAt,
                                 "coordinator", "COORDINATOR", "entry " + (sequence + 1), null, null, List.of());
    }
}
