package org.casebook.journal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The unit of storage: the events of one unit of work, stored all-or-nothing, at consecutive global positions
 * starting at {@code position}, chained to the previous commit by hash.
 */
public record Commit(long position, Instant recordedAt, String previousHash, String hash, List<StoredEvent> events) {

    public Commit {
        Objects.requireNonNull(recordedAt, "recordedAt");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a commit holds at least one event");
        }
    }

    /** Seals events into the commit that follows {@code previousHash}, computing its hash. */
    public static Commit seal(long position, Instant recordedAt, String previousHash, List<StoredEvent> events) {
        String hash = CanonicalForm.chain(previousHash, CanonicalForm.bytes(position, recordedAt, events));
        return new Commit(position, recordedAt, previousHash, hash, events);
    }

    public long lastPosition() {
        return position + events.size() - 1;
    }

    public boolean contains(long globalPosition) {
        return globalPosition >= position && globalPosition <= lastPosition();
    }

    /** The hash this commit should have, recomputed from its stored fields. */
    public String recomputedHash() {
        return CanonicalForm.chain(previousHash, CanonicalForm.bytes(position, recordedAt, events));
    }

    public List<String> streamKeys() {
        return events.stream().map(StoredEvent::streamKey).filter(Objects::nonNull).toList();
    }
}
