package org.casebook.journal.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.casebook.journal.CanonicalForm;
import org.casebook.journal.testing.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The access log is a hash chain: an entry edited, removed or slipped in through the store is named. */
class AccessLogChainTest {

    private static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

    private final TestStore store = TestStore.fresh();
    private final MongoCollection<Document> entries = store.database().getCollection(AccessLogStore.COLLECTION);
    private final AccessLogStore log = new AccessLogStore(store.database(), store.isReal());

    @BeforeEach
    void recordSomeReads() {
        for (int i = 0; i < 6; i++) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("from", (long) i + 1);
            details.put("case", i % 2 == 0 ? null : "case-" + i);
            details.put("intact", true);
            log.append(START.plusSeconds(i), "auditor", "AUDITOR", "verify journal", details);
        }
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void entries_are_numbered_from_1_and_each_names_the_hash_of_the_one_before() {
        List<AccessEntry> newest = log.newest(0, 10).items();

        assertThat(newest).extracting(AccessEntry::position).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(newest.get(5).previousHash()).isEqualTo(CanonicalForm.GENESIS_HASH);
        for (int i = 0; i < 5; i++) {
            assertThat(newest.get(i).previousHash()).isEqualTo(newest.get(i + 1).hash());
        }
        AccessLogReport report = new AccessLogVerifier(log).verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.entries()).isEqualTo(6);
        assertThat(report.lastEntry()).isEqualTo(6);
        assertThat(report.hash()).isEqualTo(newest.get(0).hash());
    }

    /**
     * How many entries the auditor below appends at most, while pages are read. Bounded, so that a page of
     * {@link #WHOLE_LOG} entries always holds the whole log: appending without end, as fast as the machine allows
     * while reads of a growing log grow slower, would in time outgrow any page, and a page would then rightly hold
     * fewer entries than the total.
     */
    private static final int APPENDS = 2_000;
    private static final int WHOLE_LOG = 6 + APPENDS;

    @Test
    void a_page_and_its_total_agree_while_entries_are_appended() throws Exception {
        AtomicBoolean reading = new AtomicBoolean(true);
        CountDownLatch appending = new CountDownLatch(1);
        FutureTask<Void> auditor = new FutureTask<>(() -> {
            for (int i = 0; i < APPENDS && reading.get(); i++) {
                log.append(START.plusSeconds(100 + i), "auditor", "AUDITOR", "export journal", Map.of());
                appending.countDown();
            }
            return null;
        });
        new Thread(auditor).start();
        List<String> disagreements = new ArrayList<>();
        try {
            assertThat(appending.await(1, TimeUnit.MINUTES)).isTrue();
            for (int read = 0; read < 200 && disagreements.size() < 3; read++) {
                AccessLogStore.Page page = log.newest(0, WHOLE_LOG);
                if (page.items().size() != page.total()) {
                    disagreements.add(page.items().size() + " entries, total " + page.total());
                }
            }
        } finally {
            reading.set(false);
            auditor.get();
        }

        assertThat(disagreements).isEmpty();
    }

    @Test
    void the_hash_is_over_the_documented_canonical_form() {
        AccessEntry first = log.newest(0, 10).items().get(5);
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("intact", true);
        reordered.put("case", null);
        reordered.put("from", 1L);

        assertThat(AccessLogForm.hash(CanonicalForm.GENESIS_HASH, 1, START, "auditor", "AUDITOR", "verify journal",
                                      reordered)).isEqualTo(first.hash());
    }

    @Test
    void an_edited_entry_is_named() {
        entries.updateOne(new Document("_id", 3L), Updates.set("user", "someone-else"));

        assertThat(new AccessLogVerifier(log).verify().problems()).extracting(AccessLogProblem::kind,
                                                                               AccessLogProblem::entry)
                                                                   .containsExactly(tuple(AccessLogProblem.Kind.ALTERED,
                                                                                          3L));
    }

    @Test
    void an_edited_detail_is_named_too() {
        entries.updateOne(new Document("_id", 4L), Updates.set("details.case", "another-case"));

        assertThat(new AccessLogVerifier(log).verify().problems()).extracting(AccessLogProblem::kind)
                                                                   .containsExactly(AccessLogProblem.Kind.ALTERED);
    }

    @Test
    void a_removed_entry_leaves_a_gap_that_is_named() {
        entries.deleteOne(new Document("_id", 2L));

        AccessLogReport report = new AccessLogVerifier(log).verify();

        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).extracting(AccessLogProblem::kind, AccessLogProblem::entry)
                                     .containsExactly(tuple(AccessLogProblem.Kind.MISSING, 2L));
    }

    @Test
    void an_entry_replaced_with_a_recomputed_hash_breaks_the_link_to_the_next() {
        Document third = entries.find(new Document("_id", 3L)).first();
        Map<String, Object> details = new LinkedHashMap<>(third.get("details", Document.class));
        entries.replaceOne(new Document("_id", 3L), new Document(third).append("user", "someone-else").append(
                "hash", AccessLogForm.hash(third.getString("previousHash"), 3, third.getDate("at").toInstant(),
                                           "someone-else", "AUDITOR", "verify journal", details)));

        assertThat(new AccessLogVerifier(log).verify().problems()).extracting(AccessLogProblem::kind,
                                                                               AccessLogProblem::entry)
                                                                   .containsExactly(tuple(
                                                                           AccessLogProblem.Kind.BROKEN_LINK, 4L));
    }

    @Test
    void an_entry_slipped_in_without_a_hash_after_the_chain_began_is_named() {
        // a millisecond after the chain's first entry, whose ObjectId (whole seconds) could pass for older
        entries.insertOne(new Document("_id", new ObjectId(Date.from(START)))
                                  .append("at", Date.from(START.plusMillis(1))).append("user", "auditor")
                                  .append("role", "AUDITOR").append("action", "export journal")
                                  .append("details", new Document()));

        AccessLogReport report = new AccessLogVerifier(log).verify();

        assertThat(report.problems()).extracting(AccessLogProblem::kind)
                                     .containsExactly(AccessLogProblem.Kind.NOT_IN_CHAIN);
        assertThat(report.problems().get(0).detail()).contains("export journal by auditor");
    }

    @Test
    void entries_from_before_the_chain_are_counted_as_such_and_not_proven() {
        TestStore older = TestStore.fresh();
        try (older) {
            MongoCollection<Document> legacy = older.database().getCollection(AccessLogStore.COLLECTION);
            Instant then = Instant.now().minus(Duration.ofDays(30));
            for (int i = 0; i < 3; i++) {
                legacy.insertOne(new Document("_id", new ObjectId(Date.from(then.plusSeconds(i))))
                                         .append("at", Date.from(then.plusSeconds(i))).append("user", "auditor")
                                         .append("role", "AUDITOR").append("action", "verify journal")
                                         .append("details", new Document("from", 1L)));
            }
            AccessLogStore chained = new AccessLogStore(older.database(), older.isReal());
            chained.append(Instant.now(), "auditor", "AUDITOR", "export journal", Map.of("from", 1L));

            AccessLogReport report = new AccessLogVerifier(chained).verify();

            assertThat(report.intact()).isTrue();
            assertThat(report.entries()).isEqualTo(1);
            assertThat(report.beforeChain()).isEqualTo(3);
            assertThat(chained.newest(0, 10).items()).extracting(AccessEntry::position)
                                                     .containsExactly(1L, null, null, null);
        }
    }

    @Test
    void writers_racing_from_several_stores_keep_positions_dense_and_the_chain_whole() throws Exception {
        List<AccessLogStore> writers = List.of(log, new AccessLogStore(store.database(), store.isReal()),
                                               new AccessLogStore(store.database(), store.isReal()));
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> appends = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                AccessLogStore writer = writers.get(i % writers.size());
                appends.add(threads.submit(() -> writer.append(Instant.now(), "auditor", "AUDITOR", "export journal",
                                                               Map.of())));
            }
            for (Future<?> append : appends) {
                append.get();
            }
        } finally {
            threads.shutdown();
        }

        AccessLogReport report = new AccessLogVerifier(log).verify();
        assertThat(report.problems()).isEmpty();
        assertThat(report.entries()).isEqualTo(66);
        assertThat(log.newest(0, 100).items()).extracting(AccessEntry::position).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(1, 66).boxed().toList());
    }
}
