package org.casebook.journal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.casebook.kernel.TextRule;

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
        events.forEach(Commit::requireStorable);
        String hash = CanonicalForm.chain(previousHash, CanonicalForm.bytes(position, recordedAt, events));
        return new Commit(position, recordedAt, previousHash, hash, events);
    }

    /**
     * A text with a lone surrogate has no UTF-8 form: the store would keep a replacement and the hash would be of
     * something else, so the chain would fail verification for ever. The API refuses such text by field
     * ({@code TextRule}); this keeps any other writer from sealing it.
     */
    private static void requireStorable(StoredEvent event) {
        for (String text : new String[] {event.eventId(), event.aggregateType(), event.aggregateId(), event.type(),
                                         event.revision(), event.payload(), event.metadata()}) {
            if (text != null && !TextRule.isWellFormed(text)) {
                throw new IllegalArgumentException("event " + event.eventId() + " of type " + event.type()
                        + " holds a lone UTF-16 surrogate and cannot be stored exactly");
            }
        }
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
