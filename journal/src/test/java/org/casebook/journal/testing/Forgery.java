package org.casebook.journal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.casebook.journal.Commit;
import org.casebook.journal.CommitDocuments;
import org.casebook.journal.CommitStore;
import org.casebook.journal.StoredEvent;

/** Changes to a stored journal made behind Casebook's back, as someone who can write to the store could make them. */
public final class Forgery {

    private Forgery() {
    }

    /**
     * Changes the payload of the first event of the commit starting at {@code position} and seals that commit and
     * every one after it again, so that every hash recomputes and every link holds: the journal verifies intact on
     * its own, and only a digest signed before can tell.
     */
    public static void rewriteFrom(MongoDatabase database, long position, UnaryOperator<String> payloadChange) {
        MongoCollection<Document> commits = database.getCollection(CommitStore.COMMITS);
        List<Commit> tail = new ArrayList<>();
        for (Document document : commits.find(new Document("_id", new Document("$gte", position)))) {
            tail.add(CommitDocuments.fromDocument(document));
        }
        tail.sort((a, b) -> Long.compare(a.position(), b.position()));
        if (tail.isEmpty() || tail.get(0).position() != position) {
            throw new IllegalArgumentException("no commit starts at " + position);
        }
        String previousHash = tail.get(0).previousHash();
        for (Commit original : tail) {
            List<StoredEvent> events = new ArrayList<>(original.events());
            if (original.position() == position) {
                StoredEvent first = events.get(0);
                events.set(0, new StoredEvent(first.eventId(), first.aggregateType(), first.aggregateId(),
                                              first.sequence(), first.type(), first.revision(),
                                              payloadChange.apply(first.payload()), first.metadata()));
            }
            Commit forged = Commit.seal(original.position(), original.recordedAt(), previousHash, events);
            commits.replaceOne(new Document("_id", original.position()), CommitDocuments.toDocument(forged));
            previousHash = forged.hash();
        }
    }

    /** Removes the commits from {@code position} on, and the writers' note of the head with them. */
    public static void removeFrom(MongoDatabase database, long position) {
        database.getCollection(CommitStore.COMMITS).deleteMany(new Document("_id", new Document("$gte", position)));
        database.getCollection(CommitStore.HEAD_HINT).deleteMany(new Document());
    }
}
