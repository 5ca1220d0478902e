package org.casebook.command.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.casebook.command.handover.HandoverTimetable.Pending;
import org.casebook.command.handover.HandoverTimetable.Step;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.handover.EscalateHandover;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.handover.LapseHandover;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When an unanswered handover escalates and lapses, on a fixed clock (72 hours and 7 days, the defaults). */
class HandoverTimetableTest {

    private static final CaseId CASE = new CaseId("case-1");
    private static final HandoverId H1 = HandoverId.number(1);
    private static final Instant PROPOSED = Instant.parse("2027-02-01T09:00:00Z");
    private static final Instant ESCALATION = Instant.parse("2027-02-04T09:00:00Z");
    private static final Instant LAPSE = Instant.parse("2027-02-08T09:00:00Z");

    private final HandoverTimetable timetable = new HandoverTimetable(Duration.ofHours(72), Duration.ofDays(7));

    @Test
    void nothing_is_due_a_moment_before_72_hours() {
        assertThat(timetable.dueAt(pending(false), ESCALATION.minusMillis(1))).isEmpty();
    }

    @Test
    void at_72_hours_the_handover_escalates_effective_at_its_deadline() {
        assertThat(timetable.dueAt(pending(false), ESCALATION))
                .containsExactly(new Step(new EscalateHandover(CASE, H1, ESCALATION), ESCALATION));
    }

    @Test
    void an_escalated_handover_is_not_escalated_again() {
        assertThat(timetable.dueAt(pending(true), LAPSE.minusMillis(1))).isEmpty();
    }

    @Test
    void at_7_days_an_escalated_handover_lapses() {
        assertThat(timetable.dueAt(pending(true), LAPSE))
                .containsExactly(new Step(new LapseHandover(CASE, H1, LAPSE), LAPSE));
    }

    @Test
    void a_handover_found_past_both_deadlines_escalates_then_lapses_each_at_its_own_deadline() {
        assertThat(timetable.dueAt(pending(false), LAPSE.plus(Duration.ofDays(3))))
                .containsExactly(new Step(new EscalateHandover(CASE, H1, ESCALATION), ESCALATION),
                                 new Step(new LapseHandover(CASE, H1, LAPSE), LAPSE));
    }

    @ParameterizedTest(name = "a handover escalating after {0} cannot lapse after {1}, before or the moment it escalates")
    @CsvSource({"P7D, PT72H", "PT72H, PT72H"})
    void a_handover_cannot_lapse_before_or_the_moment_it_escalates(Duration escalation, Duration lapse) {
        assertThatThrownBy(() -> new HandoverTimetable(escalation, lapse))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_handovers_with_a_step_due_are_those_proposed_72_hours_or_more_before() {
        Instant firstDue = timetable.firstDueProposedBy(ESCALATION);

        assertThat(firstDue).isEqualTo(PROPOSED);
        assertThat(timetable.dueAt(new Pending(CASE, H1, firstDue, false), ESCALATION)).isNotEmpty();
        assertThat(timetable.dueAt(new Pending(CASE, H1, firstDue.plusMillis(1), false), ESCALATION)).isEmpty();
    }

    private static Pending pending(boolean escalated) {
        return new Pending(CASE, H1, PROPOSED, escalated);
    }
}
