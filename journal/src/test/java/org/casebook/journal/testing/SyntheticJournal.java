package org.casebook.journal.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.casebook.journal.CanonicalForm;
import org.casebook.journal.Commit;
import org.casebook.journal.CommitDocuments;
import org.casebook.journal.CommitStore;
import org.casebook.journal.StoredEvent;
import org.casebook.journal.json.JournalJson;
import org.casebook.kernel.EventType;

/**
 * Writes a large, valid journal straight into the store (chained, with stream keys), far faster than appending
 * through the engine: for benchmarks and tests that need many commits. The payloads are realistic crisis events.
 */
public final class SyntheticJournal {

    private static final int BATCH = 1_000;
    private static final ObjectMapper JSON = JournalJson.newMapper();
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private SyntheticJournal() {
    }

    /** Appends {@code commits} single-event commits spread over {@code cases} cases; returns the last commit. */
    public static Commit write(MongoDatabase database, int commits, int cases) {
        long[] nextSequence = new long[cases];
        return write(database, commits, i -> {
            int kase = i % cases;
            String caseId = "synthetic-" + kase;
            long sequence = nextSequence[kase]++;
            return new StoredEvent("event-" + (i + 1), "Crisis", caseId, sequence,
                                   sequence == 0 ? "CrisisOpened" : "CrisisMovedToStage", "1",
                                   payload(TestEvents.event(caseId, sequence).getPayload()),
                                   "{\"role\":\"COORDINATOR\",\"user\":\"tester\"}");
        });
    }

    /**
     * Appends {@code commits} single-event commits of {@link VariedCases} histories of {@code cases} cases, the
     * same for the same seed; returns the last commit.
     */
    public static Commit writeVaried(MongoDatabase database, int commits, int cases, long seed) {
        VariedCases histories = new VariedCases(cases, seed, START);
        return write(database, commits, i -> {
            VariedCases.Entry entry = histories.next(recordedAt(i));
            String metadata = "{\"effectiveAt\":\"" + entry.effectiveAt() + "\",\"role\":\"COORDINATOR\",\"user\":\""
                    + entry.user() + "\"}";
            return new StoredEvent(entry.eventId(), "Crisis", entry.caseId(), entry.sequence(), entry.type(),
                                   entry.event().getClass().getAnnotation(EventType.class).revision(),
                                   payload(entry.event()), metadata);
        });
    }

    private static Commit write(MongoDatabase database, int commits, IntFunction<StoredEvent> events) {
        MongoCollection<Document> collection = database.getCollection(CommitStore.COMMITS);
        String previousHash = CanonicalForm.GENESIS_HASH;
        List<Document> batch = new ArrayList<>(BATCH);
        Commit last = null;
        for (int i = 0; i < commits; i++) {
            last = Commit.seal(i + 1, recordedAt(i), previousHash, List.of(events.apply(i)));
            previousHash = last.hash();
            batch.add(CommitDocuments.toDocument(last));
            if (batch.size() == BATCH) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
        }
        return last;
    }

    /** Commit {@code i} (from 0) is recorded 10 ms after the one before it. */
    private static Instant recordedAt(int i) {
        return START.plusMillis(10L * (i + 1));
    }

    private static String payload(Object event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
