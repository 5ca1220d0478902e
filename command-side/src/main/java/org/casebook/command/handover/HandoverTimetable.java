package org.casebook.command.handover;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casebook.kernel.crisis.CrisisCommand;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.handover.EscalateHandover;
import org.casebook.kernel.handover.HandoverId;
import org.casebook.kernel.handover.LapseHandover;

/**
 * When the deadlines of a pending handover fall, and which of its steps are due at a given moment: escalation
 * {@code escalateAfter} its proposal, lapse {@code lapseAfter} it. Pure: the moment is given.
 */
public record HandoverTimetable(Duration escalateAfter, Duration lapseAfter) {

    public HandoverTimetable {
        if (lapseAfter.compareTo(escalateAfter) <= 0) {
            throw new IllegalArgumentException("a handover must lapse (casebook.handovers.lapse-after: " + lapseAfter
                    + ") later than it escalates (casebook.handovers.escalate-after: " + escalateAfter + ")");
        }
    }

    /** A handover awaiting its answer. */
    public record Pending(CaseId crisis, HandoverId handover, Instant proposedAt, boolean escalated) {
    }

    /** A step due, to be recorded as effective at its {@code deadline}. */
    public record Step(CrisisCommand command, Instant deadline) {
    }

    /** The steps due at {@code now}, in the order they fell due: an escalation before a lapse. */
    public List<Step> dueAt(Pending pending, Instant now) {
        List<Step> due = new ArrayList<>();
        Instant escalation = escalatesAt(pending.proposedAt());
        if (!pending.escalated() && !now.isBefore(escalation)) {
            due.add(new Step(new EscalateHandover(pending.crisis(), pending.handover(), escalation), escalation));
        }
        Instant lapse = lapsesAt(pending.proposedAt());
        if (!now.isBefore(lapse)) {
            due.add(new Step(new LapseHandover(pending.crisis(), pending.handover(), lapse), lapse));
        }
        return due;
    }

    /** When a handover proposed at {@code proposedAt} is escalated if still unanswered: its answer deadline. */
    public Instant escalatesAt(Instant proposedAt) {
        return proposedAt.plus(escalateAfter);
    }

    /** When a handover proposed at {@code proposedAt} lapses if still unanswered: its last deadline. */
    public Instant lapsesAt(Instant proposedAt) {
        return proposedAt.plus(lapseAfter);
    }

    /** Handovers proposed before this moment have a step due at {@code now}, unless they were escalated already. */
    public Instant firstDueProposedBy(Instant now) {
        return now.minus(escalateAfter);
    }
}
