package org.casebook.query.history;

import java.time.Instant;

import org.casebook.query.RecordedEntry;

/**
 * A moment in the record, on one of three clocks: what the system knew at a recorded time; what had happened in
 * the world by an effective time (including entries logged later); or what the journal held up to a position.
 */
public record AsOf(Clock clock, Instant at, long position) {

    public enum Clock {
        /** Entries recorded at or before the instant: what Casebook knew then. */
        RECORDED,
        /** Entries that took effect at or before the instant, whenever they were recorded: what had happened. */
        EFFECTIVE,
        /** Entries at or before a journal position. */
        POSITION
    }

    public static AsOf recorded(Instant at) {
        return new AsOf(Clock.RECORDED, at, 0);
    }

    public static AsOf effective(Instant at) {
        return new AsOf(Clock.EFFECTIVE, at, 0);
    }

    public static AsOf position(long position) {
        return new AsOf(Clock.POSITION, null, position);
    }

    public boolean includes(RecordedEntry entry) {
        return includes(entry.recordedAt(), entry.effectiveAt(), entry.position());
    }

    /** Whether an entry recorded then, effective then and at that journal position is included (a timeline's line). */
    public boolean includes(Instant recordedAt, Instant effectiveAt, long entryPosition) {
        return switch (clock) {
            case RECORDED -> !recordedAt.isAfter(at);
            case EFFECTIVE -> !effectiveAt.isAfter(at);
            case POSITION -> entryPosition <= position;
        };
    }

    /**
     * Whether no later entry can be included either: recorded times and positions only grow along the journal,
     * effective times do not (a late entry may have happened long ago).
     */
    public boolean excludesAllAfter(RecordedEntry entry) {
        return clock != Clock.EFFECTIVE && !includes(entry);
    }

    @Override
    public String toString() {
        return clock == Clock.POSITION ? "position " + position : clock.name().toLowerCase() + " " + at;
    }
}
