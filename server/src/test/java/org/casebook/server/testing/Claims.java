package org.casebook.server.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.MongoDatabase;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.casebook.journal.json.JournalJson;
import org.casebook.query.ViewProgress;
import org.casebook.query.catalog.ViewCatalog;
import org.casebook.server.testing.CasebookProcess.Node;

/**
 * What the nodes of a {@link Cluster} claimed in the token store: each segment of each processor (every view, the
 * handover deadlines) and the node holding it, by the process id its name begins with ({@code pid@host#...}), and
 * the position each view has stored.
 */
public final class Claims {

    private static final Serializer TOKENS = JacksonSerializer.builder().objectMapper(JournalJson.newMapper()).build();
    private static final Duration POLL = Duration.ofMillis(50);

    private final MongoDatabase store;
    private final List<Node> nodes;

    Claims(MongoDatabase store, List<Node> nodes) {
        this.store = store;
        this.nodes = nodes;
    }

    /** How many segments the node holds. */
    public long heldBy(Node node) {
        return segments().stream().filter(segment -> ownerPid(segment) == node.pid()).count();
    }

    /** The node holding the most segments. */
    public Node busiest() {
        return nodes.stream().max(Comparator.comparingLong(this::heldBy)).orElseThrow();
    }

    /** Whether every segment is held by a node alive (none by a dead one, none unclaimed). */
    public boolean allHeldByLiveNodes() {
        Set<Long> alive = nodes.stream().filter(Node::isAlive).map(Node::pid).collect(Collectors.toSet());
        return segments().stream().allMatch(segment -> alive.contains(ownerPid(segment)));
    }

    /** The least position the view's segments have stored. */
    public long storedPosition(String view) {
        return ViewProgress.storedPosition(store, TOKENS, view);
    }

    public boolean viewsReached(long position) {
        return ViewCatalog.NAMES.stream().allMatch(view -> storedPosition(view) >= position);
    }

    /**
     * How long, from now, until every segment is held by a live node and every view has stored {@code position}:
     * the takeover after a node died. Fails after {@code giveUp}.
     */
    public Duration awaitTakeover(long position, Duration giveUp) throws InterruptedException {
        Instant start = Instant.now();
        while (!allHeldByLiveNodes() || !viewsReached(position)) {
            if (Instant.now().isAfter(start.plus(giveUp))) {
                throw new AssertionError("no takeover of every segment up to " + position + " within " + giveUp
                                                 + ": " + described());
            }
            Thread.sleep(POLL.toMillis());
        }
        return Duration.between(start, Instant.now());
    }

    /** Waits until every view has stored {@code position}. */
    public void awaitViewsAt(long position, Duration giveUp) throws InterruptedException {
        Instant start = Instant.now();
        while (!viewsReached(position)) {
            if (Instant.now().isAfter(start.plus(giveUp))) {
                throw new AssertionError("views not at " + position + " within " + giveUp + ": " + described());
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Each segment as processor/segment: owner. */
    private List<String> described() {
        return segments().stream().map(segment -> segment.getString("processorName") + "/"
                + segment.get("segment") + ": " + segment.getString("owner")).toList();
    }

    private List<Document> segments() {
        return store.getCollection(ViewProgress.TOKENS).find().into(new ArrayList<>());
    }

    /** The process id a claim's owner name begins with, or -1 for a segment nobody claims. */
    private static long ownerPid(Document segment) {
        String owner = segment.getString("owner");
        return owner == null ? -1 : Long.parseLong(owner.substring(0, owner.indexOf('@')));
    }
}
