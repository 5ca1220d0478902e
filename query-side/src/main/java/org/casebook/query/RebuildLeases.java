package org.casebook.query;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A view's rebuild runs once among the nodes on one store: the node that starts it takes a lease on it, kept as
 * {@code rebuild} in the view's document of {@code view_generations} with its owner and expiry, renewed while it
 * runs; another node asked to rebuild the view finds it running. To take over, the rebuilder holds the view on every
 * node: it marks the lease {@code holding}, each node's processors look at the lease before each batch and wait while
 * it holds (and then follow the live generation), and the rebuilder waits until every batch begun before has ended.
 * A node that dies stops renewing, and once its lease has expired (a claim timeout) the batches go on and the view can
 * be rebuilt again.
 */
public class RebuildLeases {

    private static final long POLL_MILLIS = 10;

    private final ViewGenerations generations;
    private final MongoCollection<Document> documents;
    private final MongoCollection<Document> tokens;
    private final String node;
    private final Duration timeout;

    /** Leases of {@code node}, which expire {@code timeout} after they were last renewed. */
    public RebuildLeases(ViewGenerations generations, String node, Duration timeout) {
        this.generations = generations;
        this.documents = generations.documents();
        this.tokens = generations.database().getCollection(ViewProgress.TOKENS);
        this.node = node;
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * Takes the lease on rebuilding {@code view} from generation {@code live}, as {@code rebuild} says the rebuild
     * starts, unless a rebuild of it runs under a lease that has not expired, or another generation has become live
     * since: then false.
     */
    public boolean take(String view, int live, Document rebuild) {
        Bson free = Filters.and(
                Filters.or(Filters.exists("rebuild", false), Filters.ne("rebuild.state", "RUNNING"),
                           Filters.lt("rebuild.expiresAt", new Date())),
                live == 1 ? Filters.or(Filters.exists("generation", false), Filters.eq("generation", 1))
                          : Filters.eq("generation", live));
        Document lease = new Document(rebuild).append("owner", node).append("expiresAt", expiry())
                                              .append("holding", false);
        try {
            documents.updateOne(Filters.and(Filters.eq("_id", view), free),
                                Updates.combine(Updates.set("rebuild", lease), Updates.setOnInsert("generation", 1)),
                                new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException taken) {
            if (ErrorCategory.fromErrorCode(taken.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw taken;
        }
    }

    /** The latest rebuild of {@code view} (running or ended), as the store holds it. */
    public Optional<Document> latest(String view) {
        return Optional.ofNullable(generations.read(view).get("rebuild", Document.class));
    }

    /** Extends this node's lease on rebuilding {@code view}; false if it has none (it lapsed, and another took it). */
    public boolean renew(String view) {
        return update(view, Updates.set("rebuild.expiresAt", expiry()));
    }

    /** Records how this node's rebuild of {@code view} stands ({@code fields} of its rebuild). */
    public boolean report(String view, Document fields) {
        return update(view, Updates.combine(fields.entrySet().stream()
                                                  .map(field -> Updates.set("rebuild." + field.getKey(),
                                                                            field.getValue())).toList()));
    }

    /** Holds {@code view} still on every node (see above); false if this node's lease lapsed. */
    public boolean hold(String view) {
        if (!update(view, Updates.set("rebuild.holding", true))) {
            return false;
        }
        awaitBatchesBegunBefore(view);
        return true;
    }

    /** A filter on the view's document: this node's lease still stands. */
    public Bson held() {
        return Filters.and(Filters.eq("rebuild.owner", node), Filters.gt("rebuild.expiresAt", new Date()));
    }

    private boolean update(String view, Bson update) {
        return documents.updateOne(Filters.and(Filters.eq("_id", view), held()), update).getMatchedCount() == 1;
    }

    /**
     * Before each batch of a live processor of {@code view}: waits while another node holds the view for its
     * rebuild's takeover, then notes which generation is live.
     */
    public void awaitNoHold(String view) {
        while (true) {
            Document rebuild = generations.read(view).get("rebuild", Document.class);
            if (rebuild == null || !rebuild.getBoolean("holding", false) || node.equals(rebuild.getString("owner"))
                || rebuild.getDate("expiresAt").before(new Date())) {
                return;
            }
            pause();
        }
    }

    /**
     * Waits until every batch that other nodes began on {@code view} before the hold has ended: each segment they
     * hold has since stored its token or extended its claim (a live node does so every second when idle), changed
     * hands, or not moved for a claim timeout (its node is dead, its claim lapsed). This node's own batches are held
     * by its {@link ViewLocks}.
     */
    private void awaitBatchesBegunBefore(String view) {
        Map<Integer, Object> seen = claimsOfOthers(view);
        long giveUp = System.nanoTime() + timeout.toNanos();
        while (!seen.isEmpty() && System.nanoTime() < giveUp) {
            pause();
            Map<Integer, Object> now = claimsOfOthers(view);
            seen.entrySet().removeIf(claim -> !claim.getValue().equals(now.get(claim.getKey())));
        }
    }

    /** The segments of {@code view} other nodes hold, each with its owner and when it last stored or extended. */
    private Map<Integer, Object> claimsOfOthers(String view) {
        Map<Integer, Object> claims = new HashMap<>();
        for (Document token : tokens.find(Filters.and(Filters.eq("processorName", view),
                                                      Filters.ne("owner", null), Filters.ne("owner", node)))) {
            claims.put(token.getInteger("segment"), token.getString("owner") + "@" + token.get("timestamp"));
        }
        return claims;
    }

    private Date expiry() {
        return new Date(System.currentTimeMillis() + timeout.toMillis());
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a view was held for a rebuild", e);
        }
    }
}
