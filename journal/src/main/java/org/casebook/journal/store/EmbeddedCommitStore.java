package org.casebook.journal.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.bson.Document;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.casebook.journal.Commit;
import org.casebook.journal.CommitDocuments;
import org.casebook.journal.CommitStore;
import org.casebook.journal.MongoCommitStore;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The commits of the embedded store, reached in-process by the process that holds it: the same collection, the
 * same documents and indexes that other processes reach through the wire, but without encoding each request and
 * answer as BSON, sending it through a socket and waking the server's threads, which cost most of the time of an
 * append or a read. Writes still go through the collection, so its unique keys and indexes hold for both doors.
 * On the file store, reads of positions go straight to the collection's documents, which the file keeps ordered
 * by {@code _id}: the commits that follow a position, or a full read, are a range, streamed rather than held.
 * What is rare (the head hint, creating the index) goes through the wire.
 */
public final class EmbeddedCommitStore implements CommitStore {

    private static final int DUPLICATE_KEY = 11000;
    private static final int SCAN_BATCH = 2_000;

    private final MongoBackend backend;
    private final MVStore file;
    private final String databaseName;
    private final MongoCommitStore wire;

    EmbeddedCommitStore(MongoBackend backend, MVStore file, String databaseName, MongoCommitStore wire) {
        this.backend = backend;
        this.file = file;
        this.databaseName = databaseName;
        this.wire = wire;
    }

    @Override
    public void ensureIndexes() {
        wire.ensureIndexes();
    }

    @Override
    public boolean insert(Commit commit) {
        Document document = CommitDocuments.toDocument(commit, Document::new);
        // The embedded store's own type for a BSON date, as it decodes one from the wire.
        document.put("recordedAt", commit.recordedAt());
        List<Document> errors = collection().insertDocuments(List.of(document), true);
        if (errors.isEmpty()) {
            return true;
        }
        Document error = errors.get(0);
        if (error.get("code") instanceof Number code && code.intValue() == DUPLICATE_KEY) {
            return false;
        }
        throw new EventStoreException("the journal could not store the commit at " + commit.position() + ": "
                + error.get("errmsg"));
    }

    @Override
    public long lastStoredPosition() {
        MVMap<Object, Object> documents = documents();
        if (documents == null) {
            return wire.lastStoredPosition();
        }
        Object last = documents.lastKey();
        return last == null ? 0 : commitAt(documents, last).lastPosition();
    }

    @Override
    public Optional<Commit> startingAt(long position) {
        MVMap<Object, Object> documents = documents();
        if (documents == null) {
            return query(new Document("_id", position)).stream().findFirst();
        }
        Object document = documents.get(position);
        return document == null ? Optional.empty() : Optional.of(CommitDocuments.fromDocument((Document) document));
    }

    @Override
    public Map<Long, Commit> startingAtAny(Collection<Long> positions) {
        Map<Long, Commit> found = new HashMap<>();
        MVMap<Object, Object> documents = documents();
        if (documents == null) {
            query(new Document("_id", new Document("$in", List.copyOf(positions))))
                    .forEach(commit -> found.put(commit.position(), commit));
            return found;
        }
        for (Long position : positions) {
            Object document = documents.get(position);
            if (document != null) {
                found.put(position, CommitDocuments.fromDocument((Document) document));
            }
        }
        return found;
    }

    /**
     * On the file store, each key is looked up in the collection's unique index on stream keys: the library's
     * query would also match every document found against every key asked for, which cost most of a case's load.
     */
    @Override
    public Collection<Commit> holdingAnyOf(Collection<String> streamKeys) {
        Map<Long, Commit> found = new TreeMap<>();
        MVMap<Object, Object> documents = documents();
        String indexName = IndexedH2Backend.indexMapName(databaseName, COMMITS, STREAM_KEYS_INDEX);
        if (documents == null || !file.hasMap(indexName)) {
            for (Commit commit : query(new Document(CommitDocuments.STREAM_KEYS,
                                                    new Document("$in", List.copyOf(streamKeys))))) {
                found.putIfAbsent(commit.position(), commit);
            }
            return found.values();
        }
        MVMap<Object, Object> index = IndexedH2Backend.index(file, databaseName, COMMITS, STREAM_KEYS_INDEX);
        for (String key : streamKeys) {
            if (index.get(new KeyValue(key)) instanceof Long position && !found.containsKey(position)
                    && documents.get(position) instanceof Document document) {
                found.put(position, CommitDocuments.fromDocument(document));
            }
        }
        return found.values();
    }

    @Override
    public boolean holdsAnyOf(Collection<String> streamKeys) {
        return !holdingAnyOf(streamKeys).isEmpty();
    }

    @Override
    public Optional<Commit> containing(long position, int window) {
        MVMap<Object, Object> documents = documents();
        if (documents == null) {
            return CommitStore.super.containing(position, window);
        }
        Object start = documents.floorKey(position);
        if (!(start instanceof Long)) {
            return Optional.empty();
        }
        Commit commit = commitAt(documents, start);
        return commit.contains(position) ? Optional.of(commit) : Optional.empty();
    }

    @Override
    public List<Commit> following(long after, int maxWindow, int maxCommits) {
        MVMap<Object, Object> documents = documents();
        if (documents == null) {
            return CommitStore.super.following(after, maxWindow, maxCommits);
        }
        List<Commit> chain = new ArrayList<>();
        long next = after + 1;
        Cursor<Object, Object> cursor = documents.cursor(next);
        while (chain.size() < maxCommits && cursor.hasNext()) {
            if (!Long.valueOf(next).equals(cursor.next())) {
                break;
            }
            Commit commit = CommitDocuments.fromDocument((Document) cursor.getValue());
            chain.add(commit);
            next = commit.lastPosition() + 1;
        }
        return chain;
    }

    /** On the file store, in position order whatever is asked: the file keeps the documents by {@code _id}. */
    @Override
    public Iterable<org.bson.Document> documentsFrom(long start, boolean positionOrder) {
        MVMap<Object, Object> documents = documents();
        if (documents == null) {
            return wire.documentsFrom(start, positionOrder);
        }
        return () -> new Iterator<>() {
            private Iterator<Object> batch = List.of().iterator();
            private long next = Math.max(start, 1);
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!batch.hasNext() && !exhausted) {
                    batch = batchFrom(next);
                    exhausted = !batch.hasNext();
                }
                return batch.hasNext();
            }

            @Override
            public org.bson.Document next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Document document = (Document) batch.next();
                next = ((Number) document.get("_id")).longValue() + 1;
                return new org.bson.Document(document);
            }
        };
    }

    /**
     * The next documents of a full read, from a cursor on the map as it is now: a cursor held for the whole read
     * would pin nothing, and the chunks it reads could be compacted away under it.
     */
    private Iterator<Object> batchFrom(long position) {
        MVMap<Object, Object> documents = documents();
        if (documents == null) {
            throw new IllegalStateException("the journal's collection was dropped, or a position stored as another "
                    + "type than int64, during a full read; read it again");
        }
        List<Object> batch = new ArrayList<>(SCAN_BATCH);
        Cursor<Object, Object> cursor = documents.cursor(position);
        while (batch.size() < SCAN_BATCH && cursor.hasNext()) {
            cursor.next();
            batch.add(cursor.getValue());
        }
        return batch.iterator();
    }

    @Override
    public Optional<Long> headHint() {
        return wire.headHint();
    }

    @Override
    public void noteHead(long commitPosition) {
        wire.noteHead(commitPosition);
    }

    private List<Commit> query(Document query) {
        MongoCollection<?> collection = existingCollection();
        if (collection == null) {
            return List.of();
        }
        List<Commit> found = new ArrayList<>();
        for (Document document : collection.handleQuery(new QueryParameters(query, 0, 0))) {
            found.add(CommitDocuments.fromDocument(document));
        }
        return found;
    }

    private MongoCollection<?> collection() {
        return backend.resolveDatabase(databaseName).resolveCollection(COMMITS, true);
    }

    /** The journal's collection, or null before it exists. */
    private MongoCollection<?> existingCollection() {
        return backend.resolveDatabase(databaseName).resolveCollection(COMMITS, false);
    }

    /**
     * The collection's documents by {@code _id} on the file store; null on the volatile store, before the collection
     * exists, or when a key is not an int64. The map orders keys by their Java type first, so the first and last
     * keys being Longs proves all are; a position stored as another type (a journal edited or imported by hand)
     * sends every read through the collection's query, which compares numbers as numbers, as MongoDB does.
     */
    private MVMap<Object, Object> documents() {
        if (file == null || existingCollection() == null) {
            return null;
        }
        MVMap<Object, Object> documents = IndexedH2Backend.documents(file, databaseName, COMMITS);
        if (documents.isEmpty() || documents.firstKey() instanceof Long && documents.lastKey() instanceof Long) {
            return documents;
        }
        return null;
    }

    private static Commit commitAt(MVMap<Object, Object> documents, Object position) {
        return CommitDocuments.fromDocument((Document) documents.get(position));
    }
}
