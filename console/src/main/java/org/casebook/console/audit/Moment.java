package org.casebook.console.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import org.casebook.console.Shown;
import org.casebook.query.history.AsOf;

/**
 * A moment a past-state page shows: an instant on one clock (recorded: what Casebook knew then; effective: what had
 * happened by then), and the entry it was chosen by, if it was chosen by one.
 */
public record Moment(AsOf.Clock clock, Instant at, Long entry) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
                                                                    .withZone(ZoneOffset.UTC);

    /** The clock a page was asked for by name: effective, or recorded (the default: what Casebook knew). */
    public static AsOf.Clock clock(String name) {
        return "effective".equals(name) ? AsOf.Clock.EFFECTIVE : AsOf.Clock.RECORDED;
    }

    /** A browser's date and time (UTC, to the minute or second), or an ISO-8601 instant; empty if it is neither. */
    public static Optional<Instant> instant(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            try {
                return Optional.of(Instant.parse(value.strip()));
            } catch (DateTimeParseException notInstant) {
                return Optional.empty();
            }
        }
    }

    public AsOf asOf() {
        return clock == AsOf.Clock.EFFECTIVE ? AsOf.effective(at) : AsOf.recorded(at);
    }

    /** The clock's name as the pages' addresses and the API write it. */
    public String clockName() {
        return clock.name().toLowerCase(Locale.ROOT);
    }

    /** The API's {@code recordedAt}, when this moment is on the recorded clock. */
    public String recordedAt() {
        return clock == AsOf.Clock.RECORDED ? at.toString() : null;
    }

    /** The API's {@code effectiveAt}, when this moment is on the effective clock. */
    public String effectiveAt() {
        return clock == AsOf.Clock.EFFECTIVE ? at.toString() : null;
    }

    /** The value of a browser's date and time field, in UTC to the second. */
    public String local() {
        return LOCAL.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The instant to the second, in UTC: moments of one minute differ by their seconds. */
    public String time() {
        return new Shown().second(at);
    }

    /** What the clock means, as the banner says it. */
    public String meaning() {
        return clock == AsOf.Clock.EFFECTIVE ? "what had happened by then, on the effective clock"
                : "what Casebook knew then, on the recorded clock";
    }
}
