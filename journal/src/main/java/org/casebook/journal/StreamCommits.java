package org.casebook.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The commits that hold one aggregate's events, in sequence order, from a sequence number on, found by their
 * stream keys a window at a time; the window doubles while it comes back full, so a short case costs one small
 * lookup. Stops at the first missing sequence number.
 */
final class StreamCommits extends BatchedReader<Commit> {

    private final CommitStore store;
    private final String aggregateId;
    private final int maxWindow;
    private long next;
    private int window;

    StreamCommits(CommitStore store, String aggregateId, long firstSequence, int maxWindow) {
        this.store = store;
        this.aggregateId = aggregateId;
        this.next = firstSequence;
        this.maxWindow = maxWindow;
        this.window = Math.min(CommitStore.FIRST_WINDOW, maxWindow);
    }

    @Override
    protected boolean fetch() {
        long from = next;
        List<String> keys = LongStream.range(from, from + window)
                                      .mapToObj(sequence -> StoredEvent.streamKey(aggregateId, sequence))
                                      .toList();
        List<Commit> found = new ArrayList<>(store.holdingAnyOf(keys));
        found.sort((a, b) -> Long.compare(a.position(), b.position()));
        for (Commit commit : found) {
            List<Long> sequences = commit.events().stream()
                                         .filter(event -> aggregateId.equals(event.aggregateId()))
                                         .map(StoredEvent::sequence)
                                         .toList();
            if (sequences.isEmpty() || sequences.get(0) > next) {
                break;
            }
            buffer.add(commit);
            next = Math.max(next, sequences.get(sequences.size() - 1) + 1);
        }
        boolean windowWasFull = next >= from + window;
        window = Math.min(window * 2, maxWindow);
        return windowWasFull;
    }

    /** The events of the aggregate in {@code commit}, from {@code firstSequence} on. */
    static List<StoredEvent> eventsOf(Commit commit, String aggregateId, long firstSequence) {
        return commit.events().stream()
                     .filter(event -> aggregateId.equals(event.aggregateId()) && event.sequence() >= firstSequence)
                     .toList();
    }
}
