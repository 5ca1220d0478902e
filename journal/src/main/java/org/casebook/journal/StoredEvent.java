package org.casebook.journal;

/**
 * One event as the journal stores it, inside its commit. {@code payload} and {@code metadata} are the exact JSON
 * strings that were hashed. Events not raised by an aggregate have null aggregate fields.
 */
public record StoredEvent(
        String eventId,
        String aggregateType,
        String aggregateId,
        Long sequence,
        String type,
        String revision,
        String payload,
        String metadata) {

    /** The key under which this event's place in its aggregate's stream is unique, or null. */
    public String streamKey() {
        return aggregateId == null ? null : streamKey(aggregateId, sequence);
    }

    public static String streamKey(String aggregateId, long sequence) {
        return aggregateId + "#" + sequence;
    }
}
