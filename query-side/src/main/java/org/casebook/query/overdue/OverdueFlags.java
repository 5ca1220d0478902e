package org.casebook.query.overdue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casebook.kernel.crisis.Stage;
import org.springframework.stereotype.Component;

/**
 * What needs attention on a case, as of now: a handover awaiting its answer (and for how long), one escalated
 * because its deadline passed, and a case in Operations whose current assessment is older than
 * {@code casebook.reviews.assessment-max-age} (90 days by default), or that has none.
 */
@Component
public class OverdueFlags {

    public static final String HANDOVER_PENDING = "handover-pending";
    public static final String HANDOVER_ESCALATED = "handover-escalated";
    public static final String ASSESSMENT_OVERDUE = "assessment-overdue";
    /** Every flag, in the order a case shows them. */
    public static final List<String> ALL = List.of(HANDOVER_PENDING, HANDOVER_ESCALATED, ASSESSMENT_OVERDUE);

    /** A handover awaiting its answer: when it was proposed, and whether it was escalated. */
    public record Pending(Instant proposedAt, boolean escalated) {
    }

    /** The flags of a case, and how many hours its oldest pending handover has waited (null if none). */
    public record Flags(List<String> flags, Long handoverPendingHours) {
    }

    private final Clock clock;
    private final Duration assessmentMaxAge;

    public OverdueFlags(Clock clock, ReviewSettings settings) {
        this.clock = clock;
        this.assessmentMaxAge = settings.assessmentMaxAge();
    }

    /** An assessment that took effect before this moment is overdue for review (in Operations). */
    public Instant reviewDue() {
        return reviewDue(clock.instant());
    }

    private Instant reviewDue(Instant now) {
        return now.minus(assessmentMaxAge);
    }

    public Flags of(Stage stage, Instant assessedAt, List<Pending> pending) {
        Instant now = clock.instant();
        List<String> flags = new ArrayList<>();
        Long hours = null;
        if (!pending.isEmpty()) {
            flags.add(HANDOVER_PENDING);
            Instant oldest = pending.stream().map(Pending::proposedAt).min(Instant::compareTo).orElseThrow();
            hours = Duration.between(oldest, now).toHours();
        }
        if (pending.stream().anyMatch(Pending::escalated)) {
            flags.add(HANDOVER_ESCALATED);
        }
        if (stage == Stage.OPERATIONS && (assessedAt == null || assessedAt.isBefore(reviewDue(now)))) {
            flags.add(ASSESSMENT_OVERDUE);
        }
        return new Flags(List.copyOf(flags), hours);
    }
}
