package org.casebook.journal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

import org.bson.Document;

/**
 * Access paths to the stored commits ({@link CommitDocuments} gives their layout): through the MongoDB driver
 * ({@link MongoCommitStore}), or in-process, straight to the embedded store this process holds.
 */
public interface CommitStore {

    String COMMITS = "journal";
    String HEAD_HINT = "journal_head";
    /** The unique index on {@link CommitDocuments#STREAM_KEYS}. */
    String STREAM_KEYS_INDEX = "stream_keys";
    /** The first window of keys a read asks for; reads that keep finding more double it. */
    int FIRST_WINDOW = 8;

    /** Makes sure the collection and its unique index on stream keys exist. */
    void ensureIndexes();

    /**
     * Inserts a commit, or returns false and stores nothing if its position or one of its stream keys is taken.
     */
    boolean insert(Commit commit);

    /**
     * The last position any stored commit holds, found by sorting (a scan on the embedded store): unlike the head,
     * which follows the chain, it lies past a commit missing in the middle. For checks, not for every request.
     */
    long lastStoredPosition();

    Optional<Commit> startingAt(long position);

    /** The commits that start at any of the given positions, by their first position. */
    Map<Long, Commit> startingAtAny(Collection<Long> positions);

    /** The commits that hold any of the given stream keys, each once, in position order. */
    Collection<Commit> holdingAnyOf(Collection<String> streamKeys);

    boolean holdsAnyOf(Collection<String> streamKeys);

    /**
     * The commit that holds the event at {@code position}, if it is stored. Looks for a commit starting there,
     * then searches backwards a window at a time for the commit that starts before it.
     */
    default Optional<Commit> containing(long position, int window) {
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
    default List<Commit> following(long after, int maxWindow, int maxCommits) {
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
     * Every commit document from position {@code start} on, for a full read, streamed rather than held: in
     * position order, or, where the store cannot sort a large collection, in insertion order, which is position
     * order because a commit is inserted only after the one before it exists.
     */
    Iterable<Document> documentsFrom(long start, boolean positionOrder);

    /** The first position of a recent commit, as noted by a writer; a place to start looking for the head. */
    Optional<Long> headHint();

    void noteHead(long commitPosition);
}
