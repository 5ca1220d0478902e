package org.casebook.journal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;

/**
 * The journal's document layout: one document per commit.
 *
 * <pre>
 * { _id: first position (int64), recordedAt: date, previousHash: hex, hash: hex,
 *   streamKeys: ["aggregateId#sequence", ...]   (unique index; absent when no event has an aggregate)
 *   events: [ { id, aggregateType?, aggregateId?, sequence?, type, revision?, payload: json, metadata: json } ] }
 * </pre>
 */
public final class CommitDocuments {

    public static final String STREAM_KEYS = "streamKeys";

    private CommitDocuments() {
    }

    public static Document toDocument(Commit commit) {
        Document document = new Document("_id", commit.position())
                .append("recordedAt", Date.from(commit.recordedAt()))
                .append("previousHash", commit.previousHash())
                .append("hash", commit.hash());
        List<String> streamKeys = commit.streamKeys();
        if (!streamKeys.isEmpty()) {
            document.append(STREAM_KEYS, streamKeys);
        }
        List<Document> events = new ArrayList<>();
        for (StoredEvent event : commit.events()) {
            Document stored = new Document("id", event.eventId());
            putIfPresent(stored, "aggregateType", event.aggregateType());
            putIfPresent(stored, "aggregateId", event.aggregateId());
            putIfPresent(stored, "sequence", event.sequence());
            stored.append("type", event.type());
            putIfPresent(stored, "revision", event.revision());
            stored.append("payload", event.payload()).append("metadata", event.metadata());
            events.add(stored);
        }
        return document.append("events", events);
    }

    public static Commit fromDocument(Document document) {
        List<StoredEvent> events = new ArrayList<>();
        for (Document stored : document.getList("events", Document.class)) {
            events.add(new StoredEvent(
                    stored.getString("id"),
                    stored.getString("aggregateType"),
                    stored.getString("aggregateId"),
                    longOrNull(stored.get("sequence")),
                    stored.getString("type"),
                    stored.getString("revision"),
                    stored.getString("payload"),
                    stored.getString("metadata")));
        }
        return new Commit(
                ((Number) document.get("_id")).longValue(),
                document.getDate("recordedAt").toInstant(),
                document.getString("previousHash"),
                document.getString("hash"),
                events);
    }

    private static void putIfPresent(Document document, String key, Object value) {
        if (value != null) {
            document.append(key, value);
        }
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
