package org.casebook.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
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
        Map<Integer, EventTrackerStatus> here = here(view);
        Set<Integer> all = segments.get(view);
        if (!here.isEmpty() && all != null && here.keySet().containsAll(all)) {
            return leastHere(here.values());
        }
        long least = leastHere(here.values());
        for (SegmentProgress segment : segments(view, here)) {
            least = Math.min(least, segment.position());
        }
        return least == Long.MAX_VALUE ? 0 : least;
    }

    /**
     * One segment of a view: the node processing it ({@code null}: none), and the position it has reached, as far as
     * this node's processor got for its own segments, and as its stored token says for the others.
     */
    public record SegmentProgress(int segment, String node, long position) {
    }

    /** Each of {@code view}'s segments, in order, with its node and position (for an admin: lag on every node). */
    public List<SegmentProgress> segments(String view) {
        return segments(view, here(view));
    }

    private List<SegmentProgress> segments(String view, Map<Integer, EventTrackerStatus> here) {
        List<SegmentProgress> all = new ArrayList<>();
        for (Document stored : tokens.find(Filters.eq("processorName", view)).sort(Sorts.ascending("segment"))) {
            int segment = stored.getInteger("segment");
            EventTrackerStatus status = here.get(segment);
            all.add(new SegmentProgress(segment, stored.getString("owner"), status != null
                    ? status.getCurrentPosition().orElse(0) : position(serializer, stored)));
        }
        segments.put(view, all.stream().map(SegmentProgress::segment).collect(Collectors.toUnmodifiableSet()));
        return all;
    }

    private Map<Integer, EventTrackerStatus> here(String view) {
        return processing.eventProcessor(view, StreamingEventProcessor.class)
                         .map(StreamingEventProcessor::processingStatus).orElse(Map.of());
    }

    /** How many of {@code view}'s segments this node processes (none on a node that runs no views). */
    public int segmentsHere(String view) {
        return here(view).size();
    }

    private static long leastHere(Collection<EventTrackerStatus> here) {
        return here.stream().mapToLong(status -> status.getCurrentPosition().orElse(0)).min().orElse(Long.MAX_VALUE);
    }

    /** The position a view's stored tokens have reached, read from the store alone (a stopped server's, too). */
    public static long storedPosition(MongoDatabase database, Serializer serializer, String view) {
        long least = Long.MAX_VALUE;
        for (Document stored : database.getCollection(TOKENS).find(Filters.eq("processorName", view))) {
            least = Math.min(least, position(serializer, stored));
        }
        return least == Long.MAX_VALUE ? 0 : least;
    }

    /** The position a stored token has reached (0 before the first event). */
    private static long position(Serializer serializer, Document stored) {
        Binary data = stored.get("token", Binary.class);
        TrackingToken token = data == null ? null : serializer.deserialize(
                new SimpleSerializedObject<>(data.getData(), byte[].class, stored.getString("tokenType"), null));
        return token == null ? 0 : token.position().orElse(0);
    }
}
