package org.casebook.journal;

import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * The latest snapshot of each aggregate, one document per aggregate keyed by its id. Snapshots are a cache of the
 * journal, not part of the record: they are not hashed and can be dropped at any time.
 */
final class SnapshotStore {

    static final String SNAPSHOTS = "journal_snapshots";

    private final MongoCollection<Document> snapshots;

    SnapshotStore(MongoDatabase database) {
        this.snapshots = database.getCollection(SNAPSHOTS);
    }

    /** Stores the snapshot unless a snapshot at a later sequence number is already there. */
    void store(DomainEventMessage<?> snapshot, Serializer serializer) {
        SerializedObject<String> payload = serializer.serialize(snapshot.getPayload(), String.class);
        SerializedObject<String> metadata = serializer.serialize(snapshot.getMetaData(), String.class);
        Document document = new Document("_id", snapshot.getAggregateIdentifier())
                .append("aggregateType", snapshot.getType())
                .append("sequence", snapshot.getSequenceNumber())
                .append("id", snapshot.getIdentifier())
                .append("timestamp", snapshot.getTimestamp().toString())
                .append("type", payload.getType().getName())
                .append("revision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metadata", metadata.getData());
        Document olderOnly = new Document("_id", snapshot.getAggregateIdentifier())
                .append("sequence", new Document("$lt", snapshot.getSequenceNumber()));
        try {
            snapshots.replaceOne(olderOnly, document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // a newer snapshot is already stored
        }
    }

    Optional<DomainEventData<?>> latest(String aggregateId) {
        Document document = snapshots.find(new Document("_id", aggregateId)).first();
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(new GenericDomainEventEntry<>(
                document.getString("aggregateType"), aggregateId, ((Number) document.get("sequence")).longValue(),
                document.getString("id"), document.getString("timestamp"), document.getString("type"),
                document.getString("revision"), document.getString("payload"), document.getString("metadata")));
    }
}
