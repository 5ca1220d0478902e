package org.casebook.query.history;

import java.time.Instant;
import java.util.Date;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.query.RecordedEntry;

/**
 * How the history store keeps an entry: its place and stamps (the effective time to the nanosecond, as given),
 * and its event as type, revision and JSON, read back through the journal's upcasters, so entries kept before an
 * event's shape changed still read as the current one.
 */
final class StoredEntries {

    private final JournalSerializer serializer;
    private final EventUpcaster upcasters;

    StoredEntries(JournalSerializer serializer, EventUpcaster upcasters) {
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    Document write(RecordedEntry entry) {
        SerializedObject<String> event = serializer.serialize(entry.event(), String.class);
        return new Document("_id", HistoryStore.key(entry.caseId(), entry.sequence()))
                .append("position", entry.position())
                .append("eventId", entry.eventId())
                .append("sequence", entry.sequence())
                .append("type", event.getType().getName())
                .append("revision", event.getType().getRevision())
                .append("payload", event.getData())
                .append("recordedAt", Date.from(entry.recordedAt()))
                .append("effectiveAt", entry.effectiveAt().toString())
                .append("user", entry.user())
                .append("role", entry.role());
    }

    RecordedEntry read(String caseId, Document stored) {
        long sequence = ((Number) stored.get("sequence")).longValue();
        Instant recordedAt = stored.getDate("recordedAt").toInstant();
        GenericDomainEventEntry<String> data = new GenericDomainEventEntry<>(
                "Crisis", caseId, sequence, stored.getString("eventId"), recordedAt, stored.getString("type"),
                stored.getString("revision"), stored.getString("payload"), "{}");
        DomainEventMessage<?> message = EventStreamUtils
                .upcastAndDeserializeDomainEvents(Stream.of(data), serializer, upcasters).next();
        CrisisEvent event = (CrisisEvent) message.getPayload();
        return new RecordedEntry(((Number) stored.get("position")).longValue(), stored.getString("eventId"), caseId,
                                 sequence, stored.getString("type"), recordedAt,
                                 Instant.parse(stored.getString("effectiveAt")), stored.getString("user"),
                                 stored.getString("role"), event);
    }
}
