package org.casebook.journal.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

/**
 * Writes a large, valid journal straight into the store (chained, with stream keys), far faster than appending
 * through the engine: for benchmarks and tests that need many commits. The payloads are realistic crisis events.
 */
public final class SyntheticJournal {

    private static final int BATCH = 1_000;
    private static final ObjectMapper JSON = JournalJson.newMapper();

    private SyntheticJournal() {
    }

    /** Appends {@code commits} single-event commits spread over {@code cases} cases; returns the last commit. */
    public static Commit write(MongoDatabase database, int commits, int cases) {
        MongoCollection<Document> collection = database.getCollection(CommitStore.COMMITS);
        long[] nextSequence = new long[cases];
        String previousHash = CanonicalForm.GENESIS_HASH;
        Instant recordedAt = Instant.parse("2026-01-01T00:00:00Z");
        List<Document> batch = new ArrayList<>(BATCH);
        Commit last = null;
        for (int i = 0; i < commits; i++) {
            int kase = i % cases;
            String caseId = "synthetic-" + kase;
            long sequence = nextSequence[kase]++;
            var message = TestEvents.event(caseId, sequence);
            StoredEvent event = new StoredEvent("event-" + (i + 1), "Crisis", caseId, sequence,
                                                sequence == 0 ? "CrisisOpened" : "CrisisMovedToStage", "1",
                                                payload(message.getPayload()),
                                                "{\"role\":\"COORDINATOR\",\"user\":\"tester\"}");
            recordedAt = recordedAt.plusMillis(10);
            last = Commit.seal(i + 1, recordedAt, previousHash, List.of(event));
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

    private static String payload(Object event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
