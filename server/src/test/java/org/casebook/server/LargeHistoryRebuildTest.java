package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.casebook.journal.Commit;
import org.casebook.journal.store.Store;
import org.casebook.journal.testing.SyntheticJournal;
import org.casebook.query.ViewProgress;
import org.casebook.query.Views;
import org.casebook.query.catalog.ViewCatalog;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a history of 100,000 entries across 500 cases (every kind of entry, interleaved), each view rebuilt from the
 * journal is exactly the view the live processors kept while the history arrived. Prints how fast each view was
 * kept and rebuilt; {@code -Dcasebook.test.large-history=N} changes the number of entries.
 */
class LargeHistoryRebuildTest {

    private static final int ENTRIES = Integer.getInteger("casebook.test.large-history", 100_000);
    private static final int CASES = 500;
    private static final Map<String, List<String>> COLLECTIONS = new LinkedHashMap<>();

    static {
        COLLECTIONS.put(Views.BOARD, List.of("view_board"));
        COLLECTIONS.put(Views.CASE_FILE, List.of("view_case_files"));
        COLLECTIONS.put(Views.TIMELINE, List.of("view_timeline"));
        COLLECTIONS.put(Views.HISTORY, List.of("history_cases", "history_entries", "history_checkpoints"));
    }

    private static CasebookInstance casebook;
    private static Api admin;
    private static long head;

    @BeforeAll
    static void recordALargeHistoryWhileTheViewsRun() throws InterruptedException {
        // The history holds handovers long past their deadlines: the server must not add to it while it is compared.
        // ...and it writes the history from the first position, so Casebook lists no bodies there at start.
        casebook = CasebookInstance.start(Map.of("casebook.store.volatile", "true",
                                                 "casebook.handovers.deadline-check", "3650d",
                                                 "casebook.bodies.list-at-start", "false"));
        admin = casebook.as("ADMIN");
        long started = System.nanoTime();
        Commit last = SyntheticJournal.writeVaried(casebook.bean(Store.class).database(), ENTRIES, CASES, 7);
        head = last.lastPosition();
        System.out.printf("%,d entries written to the journal in %.1f s%n", head, (System.nanoTime() - started) / 1e9);
        ViewProgress progress = casebook.bean(ViewProgress.class);
        for (String view : ViewCatalog.NAMES) {
            while (progress.position(view) < head) {
                Thread.sleep(100);
            }
            System.out.printf("live %s view: %,d entries kept in %.1f s since the history started arriving%n",
                              view, head, (System.nanoTime() - started) / 1e9);
        }
    }

    @AfterAll
    static void stop() {
        casebook.close();
    }

    @Test
    void every_view_rebuilt_from_a_large_history_equals_the_live_one() throws InterruptedException {
        MongoDatabase database = casebook.bean(Store.class).database();
        assertThat(database.getCollection("view_board").countDocuments()).isEqualTo(CASES);
        for (Map.Entry<String, List<String>> view : COLLECTIONS.entrySet()) {
            Map<String, List<Document>> live = contents(database, view.getValue(), "");
            assertThat(live.values().stream().mapToInt(List::size).sum()).as(view.getKey()).isPositive();

            JsonNode done = rebuild(view.getKey());

            assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("DONE");
            assertThat(done.get("position").asLong()).isEqualTo(head);
            assertThat(contents(database, view.getValue(), "_g2")).as(view.getKey()).isEqualTo(live);
            System.out.printf("rebuilt %s view: %,d entries at %,.0f events/s%n", view.getKey(), head,
                              done.get("eventsPerSecond").asDouble());
        }
    }

    private static JsonNode rebuild(String view) throws InterruptedException {
        assertThat(admin.post("/api/admin/views/" + view + "/rebuild", null).status()).isEqualTo(202);
        JsonNode progress = admin.get("/api/admin/views/" + view + "/rebuild").json();
        while (progress.get("state").asText().equals("RUNNING")) {
            Thread.sleep(200);
            progress = admin.get("/api/admin/views/" + view + "/rebuild").json();
        }
        return progress;
    }

    private static Map<String, List<Document>> contents(MongoDatabase database, List<String> collections,
                                                        String suffix) {
        Map<String, List<Document>> contents = new LinkedHashMap<>();
        for (String collection : collections) {
            List<Document> documents = new ArrayList<>();
            database.getCollection(collection + suffix).find().batchSize(20).into(documents);
            documents.sort(Comparator.comparing(document -> document.getString("_id")));
            contents.put(collection, documents);
        }
        return contents;
    }
}
