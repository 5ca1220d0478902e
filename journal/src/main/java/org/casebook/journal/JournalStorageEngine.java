package org.casebook.journal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.mongodb.client.MongoDatabase;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
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
 *   <li>It keeps no snapshots: an aggregate is always loaded from its events.</li>
 * </ul>
 *
 * This class adapts Axon's calls; the work is done by {@link CommitAppender} (the head, and races for it),
 * {@link JournalReader} (reading) and {@link AppendCapture} (which commits a command appended, for its receipt).
 */
public final class JournalStorageEngine extends AbstractEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(JournalStorageEngine.class);

    private final CommitStore store;
    private final CommitAppender appender;
    private final JournalReader reader;
    private final ThreadAppendCapture captures = new ThreadAppendCapture();
    private final EventTypes eventTypes;
    private final AppendObserver observer;

    private JournalStorageEngine(Builder builder, CommitStore store) {
        super(builder);
        this.store = store;
        this.appender = new CommitAppender(store, builder.durability, builder.clock, builder.readWindow);
        this.reader = new JournalReader(store, builder.readWindow, getEventSerializer(), upcasterChain);
        this.eventTypes = builder.journalSerializer.eventTypes();
        this.observer = builder.observer;
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
        long started = System.nanoTime();
        boolean durable = false;
        try {
            Commit commit = appender.append(stored);
            durable = true;
            captures.appended(commit);
            log.debug("stored commit at position {} with {} event(s)", commit.position(), stored.size());
        } finally {
            observer.appended(System.nanoTime() - started, durable);
        }
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

    /** Which commits a command appended, for its receipt: all the command side needs of the journal. */
    public AppendCapture appendCapture() {
        return captures;
    }

    /** The current head digest, including commits appended by other processes. */
    public JournalHead head() {
        return appender.head();
    }

    /** Notes the head for the next start; called on shutdown. */
    public void close() {
        appender.close();
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        return reader.after(trackingToken);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateId, long firstSequenceNumber) {
        return reader.stream(aggregateId, firstSequenceNumber);
    }

    /** The commits that hold the entries of one aggregate, in order. */
    public Stream<Commit> commitsOf(String aggregateId) {
        return reader.commitsOf(aggregateId);
    }

    /**
     * One aggregate's events as tracked messages, with their global positions, in their current revisions: what
     * a view's fold needs to rebuild that aggregate's part of the view in memory.
     */
    public Stream<TrackedEventMessage<?>> readTrackedEvents(String aggregateId) {
        return reader.trackedEvents(aggregateId);
    }

    /**
     * The journal from one position to another: the events after position {@code after} up to and including
     * {@code upTo}, in order, in their current revisions. Nothing past the commit that holds {@code upTo} is read;
     * {@code upTo} {@link Long#MAX_VALUE} reads to the head.
     */
    public Stream<TrackedEventMessage<?>> readRange(long after, long upTo) {
        Stream<? extends TrackedEventMessage<?>> events = readEvents(JournalReader.tokenAt(after), false);
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
        return reader.lastSequenceNumberFor(aggregateId);
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        return JournalReader.tokenAt(head().position());
    }

    /** The token before the first event recorded at or after {@code instant}; recorded times never decrease. */
    @Override
    public TrackingToken createTokenAt(Instant instant) {
        return reader.tokenAt(instant, head().position());
    }

    // ---- snapshots -----------------------------------------------------------------------------------------------

    /** Nothing takes snapshots: aggregates load from their events (see docs/benchmarks.md for what that costs). */
    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        throw new EventStoreException("the journal keeps no snapshots; " + snapshot.getAggregateIdentifier()
                + " loads from its events");
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateId) {
        return Stream.empty();
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
        private AppendObserver observer = AppendObserver.NONE;

        /** The database whose commits the journal reaches through the driver. */
        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /**
         * The commits to use instead of a database's through the driver: the embedded store's, reached in-process
         * by the process that holds it.
         */
        public Builder commits(CommitStore commits) {
            this.store = commits;
            return this;
        }

        /** The embedded store's group commit; real MongoDB uses the write concern instead. */
        public Builder durability(Durability durability) {
            this.durability = durability;
            return this;
        }

        /**
         * With {@link #database}: read and write with majority concerns; true (the default) for a replica set, false
         * for an embedded store reached through the driver.
         */
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

        /** Told how long each append took (the server's metrics); none by default. */
        public Builder appendObserver(AppendObserver observer) {
            this.observer = observer;
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        public JournalStorageEngine build() {
            validate();
            return new JournalStorageEngine(this, store != null ? store : new MongoCommitStore(database, majority));
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            if ((database == null) == (store == null)) {
                throw new AxonConfigurationException("the journal needs either a MongoDB database or its commits");
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
