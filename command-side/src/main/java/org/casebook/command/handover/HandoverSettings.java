package org.casebook.command.handover;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A handover's deadlines ({@code casebook.handovers}; defaults and meaning in {@code application.yml}): escalated
 * {@code escalateAfter} its proposal, lapsed {@code lapseAfter} it, looked for every {@code deadlineCheck}.
 */
@ConfigurationProperties("casebook.handovers")
public record HandoverSettings(Duration escalateAfter, Duration lapseAfter, Duration deadlineCheck) {

    public HandoverSettings {
        Objects.requireNonNull(escalateAfter, "casebook.handovers.escalate-after is not set");
        Objects.requireNonNull(lapseAfter, "casebook.handovers.lapse-after is not set");
        Objects.requireNonNull(deadlineCheck, "casebook.handovers.deadline-check is not set");
    }

    /** When the deadlines of a handover fall, by these settings. */
    public HandoverTimetable timetable() {
        return new HandoverTimetable(escalateAfter, lapseAfter);
    }
}
