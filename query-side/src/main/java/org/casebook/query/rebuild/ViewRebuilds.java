package org.casebook.query.rebuild;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongConsumer;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.query.RebuildLeases;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewDefinition;
import org.casebook.query.ViewGenerations;
import org.casebook.query.ViewLocks;
import org.casebook.query.ViewProgress;
import org.casebook.query.ViewWrites;
import org.casebook.query.catalog.ViewCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a view from the start of the journal into its next generation, with the view's own projection, while
 * the live generation keeps serving. Once the new generation has caught up, it takes over: the live processor is
 * held for a moment (see {@link ViewLocks}), the new generation catches up to the head, becomes live, and the old
 * one is dropped. The projections skip what a view already holds, so the live processor goes on where it was.
 * Writes are sent in batches of {@link #BATCH} events ({@link ViewWrites}). A rebuild takes over only when it
 * reached the journal's head: a commit missing before the head stops it, naming the position.
 * A rebuild runs once among the nodes on one store, under a lease ({@link RebuildLeases}) that holds the live view on
 * every node while it takes over; how it stands is kept with the lease, so every node tells the same.
 */
@Component
public class ViewRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ViewRebuilds.class);
    static final int BATCH = 10_000;
    /** The scratch generation a view check folds into; never a live one (rebuilds count up from 2). */
    static final int CHECK_GENERATION = 999_999;

    /** How a rebuild is going, or how it ended. */
    public record Progress(String view, String state, int generation, long position, long head,
                           double eventsPerSecond, Instant startedAt, Instant endedAt, String failure) {
    }

    private final JournalSerializer serializer;
    private final ViewGenerations generations;
    private final JournalStorageEngine journal;
    private final Clock clock;
    private final RebuildLeases leases;
    private final ViewLocks locks;
    private final ViewProgress viewProgress;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            runnable -> daemon(runnable, "view-rebuild"));
    /** Renews the leases of running rebuilds, also while one waits its turn or is held up. */
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(
            runnable -> daemon(runnable, "view-rebuild-lease"));

    public ViewRebuilds(ViewGenerations generations, ViewLocks locks, JournalStorageEngine journal, Clock clock,
                        @Qualifier("eventSerializer") JournalSerializer serializer, ViewProgress progress,
                        RebuildLeases leases) {
        this.viewProgress = progress;
        this.leases = leases;
        this.generations = generations;
        this.locks = locks;
        this.journal = journal;
        this.clock = clock;
        this.serializer = serializer;
    }

    /** Checks and rebuilds on a store no server runs on (the command line): no live processor to hold still. */
    public static ViewRebuilds onStore(MongoDatabase database, JournalStorageEngine journal,
                                       JournalSerializer serializer) {
        return new ViewRebuilds(new ViewGenerations(database), new ViewLocks(), journal, Clock.systemUTC(),
                                serializer, null, null);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Starts rebuilding a view, unless a rebuild of it is running on any node; returns how it stands. */
    public synchronized Progress start(String view) {
        int live = generations.liveNow(view);
        Progress started = new Progress(view, "RUNNING", live + 1, 0, journal.head().position(),
                                        0, clock.instant().truncatedTo(ChronoUnit.MILLIS), null, null);
        if (!leases.take(view, live, document(started))) {
            return progress(view).orElseThrow();
        }
        long every = Math.max(1, leases.timeout().toMillis() / 3);
        ScheduledFuture<?> renewing = renewer.scheduleWithFixedDelay(() -> leases.renew(view), every, every,
                                                                     TimeUnit.MILLISECONDS);
        worker.submit(() -> {
            try {
                run(view, started);
            } finally {
                renewing.cancel(false);
            }
        });
        return started;
    }

    /** The latest rebuild of a view on any node: running, ended, or stopped with the node that ran it. */
    public Optional<Progress> progress(String view) {
        return leases.latest(view).map(rebuild -> progress(view, rebuild));
    }

    private void run(String view, Progress started) {
        ViewDefinition<?> definition = ViewCatalog.definition(view);
        int target = started.generation();
        long[] reachedSoFar = {0};
        try {
            generations.drop(definition.collections(), target);
            AnnotationEventHandlerAdapter projection = projection(definition, generations.collections(target));
            LongConsumer reached = position -> {
                reachedSoFar[0] = position;
                leases.report(view, document(running(started, position)));
            };
            long position = feed(projection, 0, reached);
            int old;
            ReentrantReadWriteLock.WriteLock live = locks.of(view).writeLock();
            live.lock();
            try {
                if (!leases.hold(view)) {
                    throw new LeaseLapsed(view);
                }
                // read before the last feed, so that a commit appended meanwhile cannot look like a gap; the
                // last stored position, not the head, which stops at a missing commit as the reader does
                long head = journal.commitStore().lastStoredPosition();
                position = feed(projection, position, reached);
                if (position < head) {
                    throw new JournalGap(position + 1, head);
                }
                old = generations.liveNow(view);
                if (!generations.activate(view, target, leases.held())) {
                    throw new LeaseLapsed(view);
                }
                leases.report(view, new Document("holding", false));
            } finally {
                live.unlock();
            }
            // the other nodes' queries read the live generation again within KEPT
            Thread.sleep(2 * ViewGenerations.KEPT.toMillis());
            generations.drop(definition.collections(), old);
            leases.report(view, document(ended(started, "DONE", position, null)));
            log.info("the {} view was rebuilt into generation {} up to position {}", view, target, position);
        } catch (JournalGap gap) {
            log.error("rebuilding the {} view stopped: {}", view, gap.getMessage());
            failed(view, definition, target, ended(started, "FAILED", gap.position() - 1, gap.getMessage()));
        } catch (Exception e) {
            log.error("rebuilding the {} view failed; the live generation stays", view, e);
            failed(view, definition, target, ended(started, "FAILED", reachedSoFar[0], e.getMessage()));
        }
    }

    private void failed(String view, ViewDefinition<?> definition, int target, Progress failed) {
        if (leases.report(view, document(failed).append("holding", false))) {
            generations.drop(definition.collections(), target);
        }
    }

    /** How a rebuild stands, as kept with its lease. */
    private static Document document(Progress progress) {
        return new Document("state", progress.state()).append("generation", progress.generation())
                .append("position", progress.position()).append("head", progress.head())
                .append("eventsPerSecond", progress.eventsPerSecond())
                .append("startedAt", Date.from(progress.startedAt()))
                .append("endedAt", progress.endedAt() == null ? null : Date.from(progress.endedAt()))
                .append("failure", progress.failure());
    }

    private static Progress progress(String view, Document rebuild) {
        Date ended = rebuild.getDate("endedAt");
        boolean lapsed = rebuild.getString("state").equals("RUNNING")
                         && rebuild.getDate("expiresAt").before(new Date());
        return new Progress(view, lapsed ? "FAILED" : rebuild.getString("state"), rebuild.getInteger("generation"),
                            ((Number) rebuild.get("position")).longValue(), ((Number) rebuild.get("head")).longValue(),
                            ((Number) rebuild.get("eventsPerSecond")).doubleValue(),
                            rebuild.getDate("startedAt").toInstant(), ended == null ? null : ended.toInstant(),
                            lapsed ? "the node rebuilding the view stopped before it ended (its lease lapsed); "
                                     + "the live generation stays" : rebuild.getString("failure"));
    }

    /** What a view check found: the documents of the stored view that differ from a fold of the journal. */
    public record Check(String view, long position, long documents, List<Difference> differences) {

        public boolean holds() {
            return differences.isEmpty();
        }
    }

    /** One document that differs: {@code ALTERED} (stored, but not as folded), {@code MISSING}, or {@code EXTRA}. */
    public record Difference(String collection, String id, String kind) {
    }

    /**
     * Folds the journal with the view's own projection into a scratch generation, up to the position the live
     * view has reached, and compares the two document by document; the scratch generation is dropped after. Finds
     * what was edited in the store behind Casebook's back, and what a view missed (parked events, for instance).
     * The long part, folding, runs while the live view goes on; the live processor is held still only to fold what
     * it processed meanwhile and to compare, so a check does not keep a view from following the journal.
     */
    public synchronized Check check(String view) throws Exception {
        return inScratch(view, (definition, projection) -> {
            long folded = feed(projection, 0, viewProgress.position(view), at -> { });
            ReentrantReadWriteLock.WriteLock live = locks.of(view).writeLock();
            live.lock();
            try {
                long reached = feed(projection, folded, viewProgress.position(view), at -> { });
                return compare(view, definition, reached, generations.liveCollections(view),
                               generations.collections(CHECK_GENERATION));
            } finally {
                live.unlock();
            }
        });
    }

    /**
     * The same check, at a position given: that of a view nobody is changing (a stopped server's, whose stored
     * token says how far it got).
     */
    public synchronized Check checkAt(String view, long reached) throws Exception {
        return inScratch(view, (definition, projection) -> compare(
                view, definition, feed(projection, 0, reached, at -> { }), generations.liveCollections(view),
                generations.collections(CHECK_GENERATION)));
    }

    private interface Checking {
        Check run(ViewDefinition<?> definition, AnnotationEventHandlerAdapter projection) throws Exception;
    }

    /** Runs a check with the view's projection on an empty scratch generation, dropped after. */
    private Check inScratch(String view, Checking checking) throws Exception {
        ViewDefinition<?> definition = ViewCatalog.definition(view);
        generations.drop(definition.collections(), CHECK_GENERATION);
        try {
            return checking.run(definition, projection(definition, generations.collections(CHECK_GENERATION)));
        } finally {
            generations.drop(definition.collections(), CHECK_GENERATION);
        }
    }

    /** The view's projection, keeping the view in {@code collections}. */
    private AnnotationEventHandlerAdapter projection(ViewDefinition<?> definition, ViewCollections collections) {
        return new AnnotationEventHandlerAdapter(definition.make(
                new ViewDefinition.Inputs(collections, serializer, clock)));
    }

    private static Check compare(String view, ViewDefinition<?> definition, long position, ViewCollections stored,
                                 ViewCollections folded) {
        List<Difference> differences = new ArrayList<>();
        long documents = 0;
        for (String collection : definition.collections()) {
            Map<Object, Document> expected = new LinkedHashMap<>();
            folded.collection(collection).find().forEach(document -> expected.put(document.get("_id"), document));
            for (Document document : stored.collection(collection).find()) {
                documents++;
                Document should = expected.remove(document.get("_id"));
                if (should == null) {
                    differences.add(new Difference(collection, String.valueOf(document.get("_id")), "EXTRA"));
                } else if (!should.equals(document)) {
                    differences.add(new Difference(collection, String.valueOf(document.get("_id")), "ALTERED"));
                }
            }
            expected.keySet().forEach(id -> differences.add(new Difference(collection, String.valueOf(id),
                                                                            "MISSING")));
        }
        return new Check(view, position, documents, List.copyOf(differences));
    }

    /** Hands the projection every event after {@code after}, telling {@code reached} as it goes; returns the last. */
    private long feed(AnnotationEventHandlerAdapter projection, long after, LongConsumer reached) throws Exception {
        return feed(projection, after, Long.MAX_VALUE, reached);
    }

    /** The same, handing no event past {@code upTo}. */
    private long feed(AnnotationEventHandlerAdapter projection, long after, long upTo, LongConsumer reached)
            throws Exception {
        long position = after;
        var events = journal.readRange(after, upTo).iterator();
        try (ViewWrites writes = ViewWrites.open()) {
            long held = 0;
            while (events.hasNext()) {
                TrackedEventMessage<?> event = events.next();
                if (projection.canHandle(event)) {
                    projection.handle(event);
                }
                position = event.trackingToken().position().orElse(position);
                if (++held % BATCH == 0) {
                    writes.flush();
                }
                if (held % 1_000 == 0) {
                    reached.accept(position);
                }
            }
            writes.flush();
        }
        reached.accept(position);
        return position;
    }

    private Progress running(Progress started, long position) {
        double seconds = Math.max(0.001, (clock.instant().toEpochMilli() - started.startedAt().toEpochMilli()) / 1e3);
        return new Progress(started.view(), "RUNNING", started.generation(), position,
                            Math.max(position, journal.head().position()), position / seconds, started.startedAt(),
                            null, null);
    }

    private Progress ended(Progress started, String state, long position, String failure) {
        Progress last = running(started, position);
        return new Progress(started.view(), state, started.generation(), position, last.head(),
                            last.eventsPerSecond(), started.startedAt(), clock.instant(), failure);
    }

    /** The journal holds no commit at a position before its head: a view folded past it would be partial. */
    static final class JournalGap extends Exception {

        private final long position;

        JournalGap(long position, long head) {
            super("the journal holds no event at position " + position + ", before its head at " + head
                  + "; a view rebuilt without it would be partial, so the live generation keeps serving "
                  + "(verify the journal to see what is missing)");
            this.position = position;
        }

        long position() {
            return position;
        }
    }

    /** Another node took the rebuild over after this node's lease lapsed: this one stops, and drops nothing. */
    static final class LeaseLapsed extends Exception {

        LeaseLapsed(String view) {
            super("this node's lease on rebuilding the " + view + " view lapsed, and another node may have taken it");
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
        renewer.shutdownNow();
    }
}
