package org.casebook.journal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.LongStream;

import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;

/**
 * Access paths to the stored commits. Every read is an exact-key lookup ({@code _id} or a stream key, singly or
 * with {@code $in}), because the embedded store serves only those from an index; real MongoDB serves them fast
 * too. Positions are dense, so "the next commits" are a list of exact keys.
 */
public final class CommitStore {

    public static final String COMMITS = "journal";
    public static final String HEAD_HINT = "journal_head";
    private static final String HINT_ID = "head";

    /** The first window of keys a read asks for; reads that keep finding more double it. */
    public static final int FIRST_WINDOW = 8;
    private static final int SCAN_BATCH = 2_000;

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> hints;

    /**
     * @param majority whether to write and read with majority concerns (a replica set); the embedded store
     *                 ignores concerns and is made durable by {@link GroupCommit} instead
     */
    public CommitStore(MongoDatabase database, boolean majority) {
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

    public void ensureIndexes() {
        commits.createIndex(Indexes.ascending(CommitDocuments.STREAM_KEYS),
                            new IndexOptions().name("stream_keys").unique(true).sparse(true));
    }

    /** Inserts a commit; fails with a duplicate-key error if its position or a stream key is taken. */
    public void insert(Commit commit) {
        commits.insertOne(CommitDocuments.toDocument(commit));
    }

    /**
     * The last position any stored commit holds, found by sorting (a scan on the embedded store): unlike the head,
     * which follows the chain, it lies past a commit missing in the middle. For checks, not for every request.
     */
    public long lastStoredPosition() {
        Document last = commits.find().sort(new Document("_id", -1)).limit(1).first();
        return last == null ? 0 : CommitDocuments.fromDocument(last).lastPosition();
    }

    public Optional<Commit> startingAt(long position) {
        return Optional.ofNullable(commits.find(new Document("_id", position)).first())
                       .map(CommitDocuments::fromDocument);
    }

    /** The commits that start at any of the given positions, by their first position. */
    public Map<Long, Commit> startingAtAny(Collection<Long> positions) {
        Map<Long, Commit> found = new HashMap<>();
        for (Document document : commits.find(new Document("_id", new Document("$in", List.copyOf(positions))))) {
            Commit commit = CommitDocuments.fromDocument(document);
            found.put(commit.position(), commit);
        }
        return found;
    }

    /** The commits that hold any of the given stream keys, each once. */
    public Collection<Commit> holdingAnyOf(Collection<String> streamKeys) {
        Map<Long, Commit> found = new TreeMap<>();
        Document query = new Document(CommitDocuments.STREAM_KEYS, new Document("$in", List.copyOf(streamKeys)));
        for (Document document : commits.find(query)) {
            Commit commit = CommitDocuments.fromDocument(document);
            found.putIfAbsent(commit.position(), commit);
        }
        return found.values();
    }

    public boolean holdsAnyOf(Collection<String> streamKeys) {
        Document query = new Document(CommitDocuments.STREAM_KEYS, new Document("$in", List.copyOf(streamKeys)));
        return commits.find(query).first() != null;
    }

    /**
     * The commit that holds the event at {@code position}, if it is stored. Looks for a commit starting there,
     * then searches backwards a window at a time for the commit that starts before it.
     */
    public Optional<Commit> containing(long position, int window) {
        Optional<Commit> exact = startingAt(position);
        if (exact.isPresent()) {
            return exact;
        }
        for (long top = position - 1; top >= 1; top -= window) {
            long bottom = Math.max(1, top - window + 1);
            Map<Long, Commit> found = startingAtAny(LongStream.rangeClosed(bottom, top).boxed().toList());
            if (!found.isEmpty()) {
                Commit nearest = found.get(found.keySet().stream().max(Long::compare).orElseThrow());
                return nearest.contains(position) ? Optional.of(nearest) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The commits that follow position {@code after} without a gap, until no commit starts where the previous one
     * ended or {@code maxCommits} were found. Asks first for the one next commit (at the head, the common case, that
     * is all), then for windows of positions that double up to {@code maxWindow}.
     */
    public List<Commit> following(long after, int maxWindow, int maxCommits) {
        List<Commit> chain = new ArrayList<>();
        Optional<Commit> first = startingAt(after + 1);
        if (first.isEmpty()) {
            return chain;
        }
        chain.add(first.get());
        long next = first.get().lastPosition() + 1;
        int window = Math.min(FIRST_WINDOW, maxWindow);
        while (chain.size() < maxCommits) {
            long from = next;
            Map<Long, Commit> found = startingAtAny(LongStream.range(from, from + window).boxed().toList());
            while (found.containsKey(next) && chain.size() < maxCommits) {
                Commit commit = found.get(next);
                chain.add(commit);
                next = commit.lastPosition() + 1;
            }
            if (next < from + window) {
                return chain;
            }
            window = Math.min(window * 2, maxWindow);
        }
        return chain;
    }

    /**
     * Every commit document from position {@code start} on, for a full read. On MongoDB they come in position
     * order (the {@code _id} index); the embedded store returns them in insertion order, which is position order
     * because a commit is inserted only after the one before it exists (and it cannot sort a large collection).
     */
    public Iterable<Document> documentsFrom(long start, boolean positionOrder) {
        Document query = start <= 1 ? new Document() : new Document("_id", new Document("$gte", start));
        var documents = commits.find(query).batchSize(SCAN_BATCH);
        return positionOrder ? documents.sort(new Document("_id", 1)) : documents;
    }

    /** The first position of a recent commit, as noted by a writer; a place to start looking for the head. */
    public Optional<Long> headHint() {
        Document hint = hints.find(new Document("_id", HINT_ID)).first();
        return hint == null ? Optional.empty() : Optional.of(((Number) hint.get("commit")).longValue());
    }

    public void noteHead(long commitPosition) {
        hints.updateOne(new Document("_id", HINT_ID),
                        new Document("$max", new Document("commit", commitPosition)),
                        new UpdateOptions().upsert(true));
    }
}
