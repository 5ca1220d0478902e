package org.casebook.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.upcasting.Upcasters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Casebook's journal as an Axon {@link org.axonframework.eventsourcing.eventstore.EventStorageEngine} on MongoDB.
 *
 * <ul>
 *   <li>A commit (all events of one unit of work) is one document, so it is stored all-or-nothing.</li>
 *   <li>A commit takes the positions after the head; its {@code _id} is its first position, so the insert itself
 *       claims them: two writers cannot take the same position, and no position is taken without a commit.</li>
 *   <li>Each domain event's {@code aggregateId#sequence} is a unique key: two commands that extend a case from the
 *       same version cannot both be stored, in one process or several.</li>
 *   <li>Each commit is chained to the previous by {@link CanonicalForm} hash.</li>
 *   <li>An append returns only once its commit is durable ({@link Durability}).</li>
 * </ul>
 */
public final class JournalStorageEngine extends AbstractEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(JournalStorageEngine.class);
    private static final int MAX_POSITION_RACES = 1_000;
    /** How many commits a walk to the head holds in memory at a time. */
    private static final int HEAD_WALK = 1_024;
    /** How many commits a tracking reader fetches at a time. */
    private static final int FORWARD_BATCH = 512;
    /** How often (in commits) a writer notes the head for the next start. */
    private static final int HINT_EVERY = 32;

    private final CommitStore store;
    private final SnapshotStore snapshots;
    private final Durability durability;
    private final Clock clock;
    private final EventTypes eventTypes;
    private final int readWindow;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ThreadLocal<List<AppendedCommit>> captures = new ThreadLocal<>();
    private Commit lastWritten;
    private boolean headLoaded;
    private int commitsSinceHint;

    private JournalStorageEngine(Builder builder) {
        super(builder);
        this.store = builder.store;
        this.snapshots = new SnapshotStore(builder.database);
        this.durability = builder.durability;
        this.clock = builder.clock;
        this.eventTypes = builder.journalSerializer.eventTypes();
        this.readWindow = builder.readWindow;
        store.ensureIndexes();
    }

    /** A builder with Casebook's upcasters in place, so that every reader sees current revisions. */
    public static Builder builder() {
        Builder builder = new Builder();
        builder.upcasterChain(Upcasters.chain());
        return builder;
    }

    // ---- appending -------------------------------------------------------------------------------------------

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<StoredEvent> stored = events.stream().map(event -> toStored(event, serializer)).toList();
        Commit commit;
        long ticket;
        writeLock.lock();
        try {
            commit = insertAtHead(stored);
            ticket = durability.registerWrite();
        } finally {
            writeLock.unlock();
        }
        durability.awaitDurable(ticket);
        List<AppendedCommit> capture = captures.get();
        if (capture != null) {
            capture.add(AppendedCommit.of(commit));
        }
        log.debug("stored commit at position {} with {} event(s)", commit.position(), stored.size());
    }

    private StoredEvent toStored(EventMessage<?> event, Serializer serializer) {
        if (!eventTypes.isPublished(event.getPayloadType())) {
            throw new EventStoreException(event.getPayloadType().getName()
                    + " is not a published event type; list it in PublishedEvents with an @EventType");
        }
        SerializedObject<String> payload = serializer.serialize(event.getPayload(), String.class);
        SerializedObject<String> metadata = serializer.serialize(event.getMetaData(), String.class);
        String aggregateType = null;
        String aggregateId = null;
        Long sequence = null;
        if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
            aggregateType = domainEvent.getType();
            aggregateId = domainEvent.getAggregateIdentifier();
            sequence = domainEvent.getSequenceNumber();
        }
        return new StoredEvent(event.getIdentifier(), aggregateType, aggregateId, sequence,
                               payload.getType().getName(), payload.getType().getRevision(),
                               payload.getData(), metadata.getData());
    }

    /** Called with the write lock held. */
    private Commit insertAtHead(List<StoredEvent> events) {
        Commit previous = lastCommit();
        for (int race = 0; race < MAX_POSITION_RACES; race++) {
            long position = previous == null ? 1 : previous.lastPosition() + 1;
            String previousHash = previous == null ? CanonicalForm.GENESIS_HASH : previous.hash();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Instant recordedAt = previous == null || now.isAfter(previous.recordedAt()) ? now : previous.recordedAt();
            Commit commit = Commit.seal(position, recordedAt, previousHash, events);
            try {
                store.insert(commit);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw new EventStoreException("the journal could not store the commit at " + position, e);
                }
                Optional<StoredEvent> conflicting = alreadyStored(commit);
                if (conflicting.isPresent()) {
                    throw concurrencyConflict(conflicting.get(), e);
                }
                previous = lastCommitAfter(previous);
                continue;
            }
            lastWritten = commit;
            if (++commitsSinceHint >= HINT_EVERY) {
                store.noteHead(commit.position());
                commitsSinceHint = 0;
            }
            return commit;
        }
        throw new EventStoreException("gave up appending after " + MAX_POSITION_RACES + " races for the head");
    }

    /** The first event of the commit whose place in its aggregate's stream another commit already holds. */
    private Optional<StoredEvent> alreadyStored(Commit commit) {
        if (commit.streamKeys().isEmpty()) {
            return Optional.empty();
        }
        Set<String> taken = new HashSet<>();
        for (Commit holder : store.holdingAnyOf(commit.streamKeys())) {
            taken.addAll(holder.streamKeys());
        }
        return commit.events().stream().filter(event -> taken.contains(event.streamKey())).findFirst();
    }

    private static RuntimeException concurrencyConflict(StoredEvent event, Exception cause) {
        if (event.sequence() == 0) {
            return new AggregateStreamCreationException(
                    "a stream for " + event.aggregateId() + " already exists", cause);
        }
        return new ConcurrencyException("another change to " + event.aggregateId() + " was stored at sequence "
                + event.sequence() + " first; reload and try again", cause);
    }

    /** The last commit this process knows, loading it on first use. Called with the write lock held. */
    private Commit lastCommit() {
        if (!headLoaded) {
            lastWritten = findLastCommit();
            headLoaded = true;
        }
        return lastWritten;
    }

    private Commit findLastCommit() {
        Optional<Long> hint = store.headHint();
        Optional<Commit> hinted = hint.flatMap(store::startingAt);
        if (hint.isPresent() && hinted.isEmpty()) {
            log.warn("the journal's head hint names no commit; walking the journal from its start");
        }
        return lastCommitAfter(hinted.orElse(null));
    }

    /** The last commit of the chain that continues from {@code known} (from the start when null). */
    private Commit lastCommitAfter(Commit known) {
        Commit last = known;
        while (true) {
            List<Commit> chain = store.following(last == null ? 0 : last.lastPosition(), readWindow, HEAD_WALK);
            if (chain.isEmpty()) {
                return last;
            }
            last = chain.get(chain.size() - 1);
        }
    }

    /**
     * Runs {@code action} and reports the commits it appended on this thread. With Axon's simple command bus a
     * command is handled, and its events appended, on the thread that sends it.
     */
    public <T> Captured<T> capturingAppends(Supplier<T> action) {
        List<AppendedCommit> outer = captures.get();
        List<AppendedCommit> appended = new ArrayList<>();
        captures.set(appended);
        try {
            T result = action.get();
            return new Captured<>(result, List.copyOf(appended));
        } finally {
            if (outer == null) {
                captures.remove();
            } else {
                outer.addAll(appended);
                captures.set(outer);
            }
        }
    }

    public record Captured<T>(T result, List<AppendedCommit> commits) {
    }

    /** The current head digest, including commits appended by other processes. */
    public JournalHead head() {
        Commit known;
        writeLock.lock();
        try {
            known = lastCommitAfter(lastCommit());
            lastWritten = known;
        } finally {
            writeLock.unlock();
        }
        return known == null ? JournalHead.EMPTY : new JournalHead(known.lastPosition(), known.hash());
    }

    /** Notes the head for the next start; called on shutdown. */
    public void close() {
        writeLock.lock();
        try {
            if (lastWritten != null) {
                store.noteHead(lastWritten.position());
            }
        } finally {
            writeLock.unlock();
        }
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        return lazily(new ForwardReader(store, positionOf(trackingToken), readWindow, FORWARD_BATCH));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateId, long firstSequenceNumber) {
        return lazily(new StreamCommits(store, aggregateId, firstSequenceNumber, readWindow))
                .flatMap(commit -> StreamCommits.eventsOf(commit, aggregateId, firstSequenceNumber).stream()
                                                .map(event -> EventData.domain(commit.recordedAt(), event)));
    }

    /** The commits that hold the entries of one aggregate, in order. */
    public Stream<Commit> commitsOf(String aggregateId) {
        return lazily(new StreamCommits(store, aggregateId, 0, readWindow));
    }

    /**
     * One aggregate's events as tracked messages, with their global positions, in their current revisions: what
     * a view's fold needs to rebuild that aggregate's part of the view in memory.
     */
    public Stream<TrackedEventMessage<?>> readTrackedEvents(String aggregateId) {
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
        return EventUtils.upcastAndDeserializeTrackedEvents(stored, getEventSerializer(), upcasterChain);
    }

    /**
     * The journal from one position to another: the events after position {@code after} up to and including
     * {@code upTo}, in order, in their current revisions. Nothing past the commit that holds {@code upTo} is read;
     * {@code upTo} {@link Long#MAX_VALUE} reads to the head.
     */
    public Stream<TrackedEventMessage<?>> readRange(long after, long upTo) {
        Stream<? extends TrackedEventMessage<?>> events = readEvents(tokenAt(after), false);
        return events.<TrackedEventMessage<?>>map(event -> event)
                     .takeWhile(event -> event.trackingToken().position().orElseThrow() <= upTo);
    }

    /** One aggregate's events (as {@link #readTrackedEvents(String)} gives them) up to position {@code upTo}. */
    public Stream<TrackedEventMessage<?>> readTrackedEvents(String aggregateId, long upTo) {
        return readTrackedEvents(aggregateId)
                .takeWhile(event -> event.trackingToken().position().orElseThrow() <= upTo);
    }

    /** Where this journal stores its commits, for tools that read them whole (verification, export). */
    public CommitStore commitStore() {
        return store;
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateId) {
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

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        return tokenAt(head().position());
    }

    /** The token before the first event recorded at or after {@code instant}; recorded times never decrease. */
    @Override
    public TrackingToken createTokenAt(Instant instant) {
        long low = 1;
        long high = head().position() + 1;
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
    private static TrackingToken tokenAt(long position) {
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

    // ---- snapshots ---------------------------------------------------------------------------------------------

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshots.store(snapshot, serializer);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateId) {
        return snapshots.latest(aggregateId).stream();
    }

    // ---- configuration -----------------------------------------------------------------------------------------

    public static final class Builder extends AbstractEventStorageEngine.Builder {
        private MongoDatabase database;
        private CommitStore store;
        private Durability durability = Durability.BY_WRITE_CONCERN;
        private boolean majority = true;
        private Clock clock = Clock.systemUTC();
        private JournalSerializer journalSerializer;
        private int readWindow = 128;

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** The embedded store's group commit; real MongoDB uses the write concern instead. */
        public Builder durability(Durability durability) {
            this.durability = durability;
            return this;
        }

        /** Read and write with majority concerns; true for a replica set, false for the embedded store. */
        public Builder majority(boolean majority) {
            this.majority = majority;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder serializer(JournalSerializer serializer) {
            this.journalSerializer = serializer;
            super.eventSerializer(serializer);
            super.snapshotSerializer(serializer);
            return this;
        }

        /** How many positions (or sequence numbers) one read asks for. */
        public Builder readWindow(int readWindow) {
            this.readWindow = readWindow;
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        public JournalStorageEngine build() {
            validate();
            store = new CommitStore(database, majority);
            return new JournalStorageEngine(this);
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            if (database == null) {
                throw new AxonConfigurationException("the journal needs a MongoDB database");
            }
            if (journalSerializer == null) {
                throw new AxonConfigurationException("the journal needs its JournalSerializer");
            }
            if (readWindow < 1) {
                throw new AxonConfigurationException("the read window is at least 1");
            }
            super.validate();
        }
    }
}
