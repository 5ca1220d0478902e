package org.casebook.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.bson.Document;

/**
 * The journal's document layout: one document per commit.
 *
 * <pre>
 * { _id: first position (int64), recordedAt: date, previousHash: hex, hash: hex,
 *   streamKeys: ["aggregateId#sequence", ...]   (unique index; absent when no event has an aggregate)
 *   events: [ { id, aggregateType?, aggregateId?, sequence?, type, revision?, payload: json, metadata: json } ] }
 * </pre>
 *
 * The same layout serves the MongoDB driver's documents and the embedded store's own, read in-process: both are
 * maps, so it is written once, for any map.
 */
public final class CommitDocuments {

    public static final String STREAM_KEYS = "streamKeys";

    private CommitDocuments() {
    }

    public static Document toDocument(Commit commit) {
        return toDocument(commit, Document::new);
    }

    /** The commit's document, built of the maps {@code newDocument} makes. */
    public static <D extends Map<String, Object>> D toDocument(Commit commit, Supplier<D> newDocument) {
        D document = newDocument.get();
        document.put("_id", commit.position());
        document.put("recordedAt", Date.from(commit.recordedAt()));
        document.put("previousHash", commit.previousHash());
        document.put("hash", commit.hash());
        List<String> streamKeys = commit.streamKeys();
        if (!streamKeys.isEmpty()) {
            document.put(STREAM_KEYS, streamKeys);
        }
        List<D> events = new ArrayList<>();
        for (StoredEvent event : commit.events()) {
            D stored = newDocument.get();
            stored.put("id", event.eventId());
            putIfPresent(stored, "aggregateType", event.aggregateType());
            putIfPresent(stored, "aggregateId", event.aggregateId());
            putIfPresent(stored, "sequence", event.sequence());
            stored.put("type", event.type());
            putIfPresent(stored, "revision", event.revision());
            stored.put("payload", event.payload());
            stored.put("metadata", event.metadata());
            events.add(stored);
        }
        document.put("events", events);
        return document;
    }

    /** The commit a document holds; fails (ClassCastException, NullPointerException) on one that is malformed. */
    public static Commit fromDocument(Map<String, ?> document) {
        List<StoredEvent> events = new ArrayList<>();
        for (Object item : (List<?>) document.get("events")) {
            Map<?, ?> stored = (Map<?, ?>) item;
            events.add(new StoredEvent(
                    (String) stored.get("id"),
                    (String) stored.get("aggregateType"),
                    (String) stored.get("aggregateId"),
                    longOrNull(stored.get("sequence")),
                    (String) stored.get("type"),
                    (String) stored.get("revision"),
                    (String) stored.get("payload"),
                    (String) stored.get("metadata")));
        }
        return new Commit(
                ((Number) document.get("_id")).longValue(),
                instant(document.get("recordedAt")),
                (String) document.get("previousHash"),
                (String) document.get("hash"),
                events);
    }

    /** The driver reads a BSON date as a {@link Date}, the embedded store as an {@link Instant}. */
    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : (Instant) value;
    }

    private static void putIfPresent(Map<String, Object> document, String key, Object value) {
        if (value != null) {
            document.put(key, value);
        }
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
