package org.casebook.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends commits at the head of the journal and knows where the head is. A commit takes the positions after the
 * last commit this process knows; if another process took them first (the insert of the commit's first position
 * fails), it finds the newer head and tries again, unless the commit's place in an aggregate's stream is what was
 * taken: then the change conflicts. The head is noted every {@value #HINT_EVERY} commits and on close, so that the
 * next start need not walk the whole journal to find it.
 */
final class CommitAppender {

    private static final Logger log = LoggerFactory.getLogger(CommitAppender.class);
    private static final int MAX_POSITION_RACES = 1_000;
    /** How many commits a walk to the head holds in memory at a time. */
    private static final int HEAD_WALK = 1_024;
    /** How often (in commits) a writer notes the head for the next start. */
    private static final int HINT_EVERY = 32;

    private final CommitStore store;
    private final Durability durability;
    private final Clock clock;
    private final int readWindow;
    private final ReentrantLock writeLock = new ReentrantLock();
    private Commit lastWritten;
    private boolean headLoaded;
    private int commitsSinceHint;

    CommitAppender(CommitStore store, Durability durability, Clock clock, int readWindow) {
        this.store = store;
        this.durability = durability;
        this.clock = clock;
        this.readWindow = readWindow;
    }

    /** Stores the events as one commit after the head and returns once it is durable. */
    Commit append(List<StoredEvent> events) {
        Commit commit;
        long ticket;
        writeLock.lock();
        try {
            commit = insertAtHead(events);
            ticket = durability.registerWrite();
        } finally {
            writeLock.unlock();
        }
        durability.awaitDurable(ticket);
        return commit;
    }

    /** The current head digest, including commits appended by other processes. */
    JournalHead head() {
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

    /** Notes the head for the next start. */
    void close() {
        writeLock.lock();
        try {
            if (lastWritten != null) {
                store.noteHead(lastWritten.position());
            }
        } finally {
            writeLock.unlock();
        }
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
            if (!store.insert(commit)) {
                Optional<StoredEvent> conflicting = alreadyStored(commit);
                if (conflicting.isPresent()) {
                    throw concurrencyConflict(conflicting.get());
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

    private static RuntimeException concurrencyConflict(StoredEvent event) {
        if (event.sequence() == 0) {
            return new AggregateStreamCreationException("a stream for " + event.aggregateId() + " already exists");
        }
        return new ConcurrencyException("another change to " + event.aggregateId() + " was stored at sequence "
                + event.sequence() + " first; reload and try again");
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
}
