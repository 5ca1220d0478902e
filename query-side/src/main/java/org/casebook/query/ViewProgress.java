package org.casebook.query;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.kernel.refusal.PathIds;
import org.casebook.kernel.refusal.UnknownRecord;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: waits until a view has processed the journal up to a position that a command returned, for
 * at most {@code casebook.queries.catch-up-timeout}, then gives up with {@link ViewNotCaughtUp}.
 */
@Component
public class ViewProgress {

    /** Where Axon's token store keeps the tokens (the store's configuration names it so). */
    public static final String TOKENS = "trackingtokens";
    private static final long POLL_MILLIS = 5;

    private final EventProcessingConfiguration processing;
    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final Duration timeout;
    private final JournalStorageEngine journal;
    /** Each view's segments as last read from the store: while this node holds them all, it reads no token. */
    private final Map<String, Set<Integer>> segments = new ConcurrentHashMap<>();

    public ViewProgress(EventProcessingConfiguration processing, MongoDatabase casebookDatabase, Serializer serializer,
                        QuerySettings settings, JournalStorageEngine journal) {
        this.journal = journal;
        this.processing = processing;
        this.tokens = casebookDatabase.getCollection(TOKENS);
        this.serializer = serializer;
        this.timeout = settings.catchUpTimeout();
    }

    /**
     * Returns once {@code view} has processed position {@code after}; does nothing when {@code after} is null. A
     * position beyond the journal's head is refused at once: no write has been acknowledged there to wait for.
     */
    public void awaitPosition(String view, Long after) {
        if (after == null) {
            return;
        }
        if (position(view) < after) {
            requireRecorded("after", after);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (position(view) < after) {
            if (System.nanoTime() > deadline) {
                throw new ViewNotCaughtUp(view, after, position(view), timeout);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ViewNotCaughtUp(view, after, position(view), timeout);
            }
        }
    }

    /** Returns once each of {@code views} has processed position {@code after} (see above). */
    public void awaitPosition(List<String> views, Long after) {
        views.forEach(view -> awaitPosition(view, after));
    }

    /**
     * What {@code read} finds of the case named {@code caseId} (a path's id) once {@code views} have processed
     * {@code after}: an {@link UnknownRecord} for an id that names no case, checked before waiting, and for a case
     * the views do not hold.
     */
    public <T> T readCase(String caseId, List<String> views, Long after, Function<CaseId, Optional<T>> read) {
        CaseId crisisId = PathIds.caseId(caseId);
        awaitPosition(views, after);
        return read.apply(crisisId).orElseThrow(() -> new UnknownRecord(UnknownRecord.Kind.CASE, caseId));
    }

    /** Refuses ({@link InvalidInput}, naming {@code field}) a position the journal has not reached. */
    public void requireRecorded(String field, long position) {
        long head = journal.head().position();
        if (position > head) {
            throw new InvalidInput(field, "is beyond the journal's head at position " + head
                                          + ": nothing has been recorded there yet");
        }
    }

    /**
     * The journal position up to which {@code view} has processed every event (0 before the first): the least
     * over all its segments, each as far as its processor here has got, or, for a segment another node holds (or
     * nobody), as far as its stored token says; a node stores a token only once the view holds what came before it.
     * A node that runs no views reads the stored tokens alone.
     */
    public long position(String view) {
        Map<Integer, EventTrackerStatus> here = processing.eventProcessor(view, StreamingEventProcessor.class)
                                                          .map(StreamingEventProcessor::processingStatus)
                                                          .orElse(Map.of());
        Set<Integer> all = segments.get(view);
        if (!here.isEmpty() && all != null && here.keySet().containsAll(all)) {
            return leastHere(here.values());
        }
        Map<Integer, Long> stored = storedPositions(tokens, serializer, view);
        segments.put(view, Set.copyOf(stored.keySet()));
        long least = leastHere(here.values());
        for (Map.Entry<Integer, Long> segment : stored.entrySet()) {
            if (!here.containsKey(segment.getKey())) {
                least = Math.min(least, segment.getValue());
            }
        }
        return least == Long.MAX_VALUE ? 0 : least;
    }

    /** How many of {@code view}'s segments this node processes (none on a node that runs no views). */
    public int segmentsHere(String view) {
        return processing.eventProcessor(view, StreamingEventProcessor.class)
                         .map(processor -> processor.processingStatus().size()).orElse(0);
    }

    private static long leastHere(Collection<EventTrackerStatus> here) {
        return here.stream().mapToLong(status -> status.getCurrentPosition().orElse(0)).min().orElse(Long.MAX_VALUE);
    }

    /** The position a view's stored tokens have reached, read from the store alone (a stopped server's, too). */
    public static long storedPosition(MongoDatabase database, Serializer serializer, String view) {
        return storedPositions(database.getCollection(TOKENS), serializer, view).values().stream()
                                                                               .mapToLong(Long::longValue).min()
                                                                               .orElse(0);
    }

    /** Each stored segment of {@code view} and the position its token has reached. */
    private static Map<Integer, Long> storedPositions(MongoCollection<Document> tokens, Serializer serializer,
                                                      String view) {
        Map<Integer, Long> positions = new HashMap<>();
        for (Document stored : tokens.find(Filters.eq("processorName", view))) {
            Binary data = stored.get("token", Binary.class);
            TrackingToken token = data == null ? null : serializer.deserialize(
                    new SimpleSerializedObject<>(data.getData(), byte[].class, stored.getString("tokenType"), null));
            positions.put(stored.getInteger("segment"), token == null ? 0 : token.position().orElse(0));
        }
        return positions;
    }
}
