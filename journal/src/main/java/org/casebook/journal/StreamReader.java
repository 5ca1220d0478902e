package org.casebook.journal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

import org.axonframework.eventhandling.DomainEventData;

/**
 * Reads one aggregate's events in sequence by their stream keys, a window at a time; the window doubles while it
 * comes back full, so a short case costs one small lookup.
 */
final class StreamReader extends BatchedReader<DomainEventData<?>> {

    private final CommitStore store;
    private final String aggregateId;
    private final int maxWindow;
    private long next;
    private int window;

    StreamReader(CommitStore store, String aggregateId, long firstSequence, int maxWindow) {
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
        record Located(Commit commit, StoredEvent event) {
        }
        List<Located> found = new ArrayList<>();
        for (Commit commit : store.holdingAnyOf(keys)) {
            for (StoredEvent event : commit.events()) {
                if (aggregateId.equals(event.aggregateId()) && event.sequence() >= from) {
                    found.add(new Located(commit, event));
                }
            }
        }
        found.sort(Comparator.comparingLong(located -> located.event().sequence()));
        for (Located located : found) {
            if (located.event().sequence() != next) {
                break;
            }
            buffer.add(EventData.domain(located.commit().recordedAt(), located.event()));
            next++;
        }
        boolean windowWasFull = next >= from + window;
        window = Math.min(window * 2, maxWindow);
        return windowWasFull;
    }
}
