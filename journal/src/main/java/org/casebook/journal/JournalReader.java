package org.casebook.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * Reads the journal: forward from a position (as tracking processors and rebuilds do), one aggregate's stream (as
 * aggregates load and as a view folds one case in memory), and where a moment or a stream ends. Commits are fetched
 * lazily, a window at a time.
 */
record JournalReader(CommitStore store, int readWindow, Serializer serializer, EventUpcaster upcasters) {

    /** How many commits a tracking reader fetches at a time. */
    private static final int FORWARD_BATCH = 512;

    /** Every event after the token's position, in global order. */
    Stream<TrackedEventData<?>> after(TrackingToken token) {
        return lazily(new ForwardReader(store, positionOf(token), readWindow, FORWARD_BATCH));
    }

    /** One aggregate's events from a sequence number on. */
    Stream<DomainEventData<?>> stream(String aggregateId, long firstSequence) {
        return lazily(new StreamCommits(store, aggregateId, firstSequence, readWindow))
                .flatMap(commit -> StreamCommits.eventsOf(commit, aggregateId, firstSequence).stream()
                                                .map(event -> EventData.domain(commit.recordedAt(), event)));
    }

    /** The commits that hold the entries of one aggregate, in order. */
    Stream<Commit> commitsOf(String aggregateId) {
        return lazily(new StreamCommits(store, aggregateId, 0, readWindow));
    }

    /** One aggregate's events as tracked messages, with their global positions, in their current revisions. */
    Stream<TrackedEventMessage<?>> trackedEvents(String aggregateId) {
        Stream<TrackedEventData<?>> stored = commitsOf(aggregateId).flatMap(commit -> {
            List<TrackedEventData<?>> events = new ArrayList<>();
            long position = commit.position();
            for (StoredEvent event : commit.events()) {
                if (aggregateId.equals(event.aggregateId())) {
                    events.add(EventData.tracked(position, commit.recordedAt(), event));
                }
                position++;
            }
            return events.stream();
        });
        return EventUtils.upcastAndDeserializeTrackedEvents(stored, serializer, upcasters);
    }

    /** The sequence number of an aggregate's last event (found by halving), if it has any. */
    Optional<Long> lastSequenceNumberFor(String aggregateId) {
        if (!exists(aggregateId, 0)) {
            return Optional.empty();
        }
        long present = 0;
        long step = 1;
        while (exists(aggregateId, present + step)) {
            present += step;
            step *= 2;
        }
        long absent = present + step;
        while (absent - present > 1) {
            long middle = present + (absent - present) / 2;
            if (exists(aggregateId, middle)) {
                present = middle;
            } else {
                absent = middle;
            }
        }
        return Optional.of(present);
    }

    private boolean exists(String aggregateId, long sequence) {
        return store.holdsAnyOf(List.of(StoredEvent.streamKey(aggregateId, sequence)));
    }

    /**
     * The token before the first event recorded at or after {@code instant}, in a journal whose head is at
     * {@code headPosition}; recorded times never decrease.
     */
    TrackingToken tokenAt(Instant instant, long headPosition) {
        long low = 1;
        long high = headPosition + 1;
        while (low < high) {
            long middle = low + (high - low) / 2;
            Commit commit = store.containing(middle, readWindow).orElseThrow(
                    () -> new EventStoreException("the journal has no commit at position " + middle));
            if (commit.recordedAt().isBefore(instant)) {
                low = commit.lastPosition() + 1;
            } else {
                high = commit.position();
            }
        }
        return tokenAt(low - 1);
    }

    /** The token of a reader that has read up to {@code position}: none at the journal's start (Axon's tail). */
    static TrackingToken tokenAt(long position) {
        return position <= 0 ? null : new GlobalSequenceTrackingToken(position);
    }

    private static long positionOf(TrackingToken token) {
        TrackingToken lowerBound = WrappedToken.unwrapLowerBound(token);
        if (lowerBound == null) {
            return 0;
        }
        if (lowerBound instanceof GlobalSequenceTrackingToken global) {
            return global.getGlobalIndex();
        }
        throw new IllegalArgumentException("the journal tracks with global positions, not " + lowerBound);
    }

    private static <T> Stream<T> lazily(Iterator<T> iterator) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }
}
