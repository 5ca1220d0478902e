package org.casebook.kernel.responder;

import java.time.LocalDate;

/**
 * Whether a responder can be deployed: available, or unavailable until a date (the first day they are available
 * again), with the reason.
 */
public record Availability(boolean available, LocalDate until, String reason) {

    public Availability {
        if (available && (until != null || reason != null)) {
            throw new IllegalArgumentException("an available responder has no date or reason of unavailability");
        }
        if (!available && (until == null || reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("an unavailable responder has a date until which, and a reason");
        }
    }

    public static Availability availableNow() {
        return new Availability(true, null, null);
    }

    public static Availability unavailableUntil(LocalDate until, String reason) {
        return new Availability(false, until, reason);
    }

    /** Whether the responder can be deployed on {@code day}. */
    public boolean on(LocalDate day) {
        return available || !day.isBefore(until);
    }
}
