package org.casebook.journal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.Document;

/**
 * The commits in a MongoDB database, reached through the driver: a replica set, or an embedded store another
 * process holds. Every read is an exact-key lookup ({@code _id} or a stream key, singly or with {@code $in}),
 * because the embedded store serves only those from an index; real MongoDB serves them fast too. Positions are
 * dense, so "the next commits" are a list of exact keys.
 */
public final class MongoCommitStore implements CommitStore {

    private static final String HINT_ID = "head";
    private static final int SCAN_BATCH = 2_000;

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> hints;

    /**
     * @param majority whether to write and read with majority concerns (a replica set); the embedded store
     *                 ignores concerns and is made durable by {@link GroupCommit} instead
     */
    public MongoCommitStore(MongoDatabase database, boolean majority) {
        MongoCollection<Document> collection = database.getCollection(COMMITS);
        MongoCollection<Document> hintCollection = database.getCollection(HEAD_HINT);
        if (majority) {
            WriteConcern durable = WriteConcern.MAJORITY.withJournal(true);
            collection = collection.withWriteConcern(durable).withReadConcern(ReadConcern.MAJORITY);
            hintCollection = hintCollection.withWriteConcern(durable).withReadConcern(ReadConcern.MAJORITY);
        }
        this.commits = collection;
        this.hints = hintCollection;
    }

    @Override
    public void ensureIndexes() {
        commits.createIndex(Indexes.ascending(CommitDocuments.STREAM_KEYS),
                            new IndexOptions().name(STREAM_KEYS_INDEX).unique(true).sparse(true));
    }

    @Override
    public boolean insert(Commit commit) {
        try {
            commits.insertOne(CommitDocuments.toDocument(commit));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw new EventStoreException("the journal could not store the commit at " + commit.position(), e);
        }
    }

    @Override
    public long lastStoredPosition() {
        Document last = commits.find().sort(new Document("_id", -1)).limit(1).first();
        return last == null ? 0 : CommitDocuments.fromDocument(last).lastPosition();
    }

    @Override
    public Optional<Commit> startingAt(long position) {
        return Optional.ofNullable(commits.find(new Document("_id", position)).first())
                       .map(CommitDocuments::fromDocument);
    }

    @Override
    public Map<Long, Commit> startingAtAny(Collection<Long> positions) {
        Map<Long, Commit> found = new HashMap<>();
        for (Document document : commits.find(new Document("_id", new Document("$in", List.copyOf(positions))))) {
            Commit commit = CommitDocuments.fromDocument(document);
            found.put(commit.position(), commit);
        }
        return found;
    }

    @Override
    public Collection<Commit> holdingAnyOf(Collection<String> streamKeys) {
        Map<Long, Commit> found = new TreeMap<>();
        Document query = new Document(CommitDocuments.STREAM_KEYS, new Document("$in", List.copyOf(streamKeys)));
        for (Document document : commits.find(query)) {
            Commit commit = CommitDocuments.fromDocument(document);
            found.putIfAbsent(commit.position(), commit);
        }
        return found.values();
    }

    @Override
    public boolean holdsAnyOf(Collection<String> streamKeys) {
        Document query = new Document(CommitDocuments.STREAM_KEYS, new Document("$in", List.copyOf(streamKeys)));
        return commits.find(query).first() != null;
    }

    /** On MongoDB, position order is the {@code _id} index; the embedded store cannot sort a large collection. */
    @Override
    public Iterable<Document> documentsFrom(long start, boolean positionOrder) {
        Document query = start <= 1 ? new Document() : new Document("_id", new Document("$gte", start));
        var documents = commits.find(query).batchSize(SCAN_BATCH);
        return positionOrder ? documents.sort(new Document("_id", 1)) : documents;
    }

    @Override
    public Optional<Long> headHint() {
        Document hint = hints.find(new Document("_id", HINT_ID)).first();
        return hint == null ? Optional.empty() : Optional.of(((Number) hint.get("commit")).longValue());
    }

    @Override
    public void noteHead(long commitPosition) {
        hints.updateOne(new Document("_id", HINT_ID),
                        new Document("$max", new Document("commit", commitPosition)),
                        new UpdateOptions().upsert(true));
    }
}
