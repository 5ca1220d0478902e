package org.casebook.kernel.responder;

import java.time.LocalDate;

/**
 * One page of the roster, by name; {@code skill}, {@code component} and {@code availableOn} (not retired, not
 * unavailable and not booked that day) filter when not null. Pages count from 0.
 */
public record FindRoster(Skill skill, CorpsComponent component, LocalDate availableOn, int page, int size) {
}
