package org.casebook.journal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.axonframework.eventhandling.DomainEventMessage;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.store.EmbeddedStore;
import org.casebook.journal.testing.TestEvents;

/**
 * Prints the journal's figures on the embedded store (H2 file in a temporary folder, group-committed durability):
 * append rates with one and eight writers, a full tracking read, loading one long case, and finding the head at
 * start-up. Run: {@code ./mvnw -q -pl journal -am -P bench -DskipTests verify}
 */
public final class JournalBenchmark {

    private static final int SINGLE_WRITER_COMMITS = 3_000;
    private static final int WRITERS = 8;
    private static final int COMMITS_PER_WRITER = 750;
    private static final int LONG_CASE_EVENTS = 10_000;

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("casebook-bench-");
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            JournalStorageEngine journal = journal(store);
            journal.appendEvents(List.of(TestEvents.event("warm-up", 0)));

            long[] latencies = new long[SINGLE_WRITER_COMMITS];
            long started = System.nanoTime();
            for (int i = 0; i < SINGLE_WRITER_COMMITS; i++) {
                long before = System.nanoTime();
                journal.appendEvents(List.of(TestEvents.event("single-" + i, 0)));
                latencies[i] = System.nanoTime() - before;
            }
            report("append, 1 writer", SINGLE_WRITER_COMMITS, System.nanoTime() - started, "commits");
            Arrays.sort(latencies);
            System.out.printf("  latency per commit: p50 %.2f ms, p99 %.2f ms%n",
                              latencies[latencies.length / 2] / 1e6, latencies[latencies.length * 99 / 100] / 1e6);

            long flushesBefore = store.durability().flushes();
            started = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                String crisis = "writer-" + writer;
                done.add(pool.submit(() -> {
                    for (long sequence = 0; sequence < COMMITS_PER_WRITER; sequence++) {
                        journal.appendEvents(List.of(TestEvents.event(crisis, sequence)));
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            pool.shutdown();
            int concurrentCommits = WRITERS * COMMITS_PER_WRITER;
            report("append, " + WRITERS + " writers", concurrentCommits, System.nanoTime() - started, "commits");
            System.out.printf("  store commits (flushes): %d for %d appends%n",
                              store.durability().flushes() - flushesBefore, concurrentCommits);

            for (long from = 0; from < LONG_CASE_EVENTS; from += 100) {
                List<DomainEventMessage<?>> batch = TestEvents.events("batched-case", from, from + 99);
                journal.appendEvents(batch);
            }
            for (long sequence = 0; sequence < LONG_CASE_EVENTS; sequence++) {
                journal.appendEvents(List.of(TestEvents.event("long-case", sequence)));
            }
            started = System.nanoTime();
            long loaded = journal.readEvents("batched-case", 0).asStream().count();
            report("load one case (" + LONG_CASE_EVENTS + " events, commits of 100)", loaded,
                   System.nanoTime() - started, "events");
            started = System.nanoTime();
            loaded = journal.readEvents("long-case", 0).asStream().count();
            report("load one case (" + LONG_CASE_EVENTS + " events, one per commit)", loaded,
                   System.nanoTime() - started, "events");

            long head = journal.head().position();
            started = System.nanoTime();
            long read = journal.readEvents(null, false).count();
            report("tracking read of the whole journal (" + head + " events)", read, System.nanoTime() - started,
                   "events");

            started = System.nanoTime();
            JournalStorageEngine restarted = journal(store);
            long found = restarted.head().position();
            System.out.printf("find the head at start-up: position %d in %.1f ms%n", found,
                              (System.nanoTime() - started) / 1e6);
        }
    }

    /** As the server opens it on the embedded store it holds: in-process, group-committed. */
    private static JournalStorageEngine journal(EmbeddedStore store) {
        return JournalStorageEngine.builder()
                                   .commits(store.commits("bench"))
                                   .durability(store.durability())
                                   .serializer(JournalSerializer.create(EventTypes.published()))
                                   .build();
    }

    private static void report(String what, long count, long nanos, String unit) {
        double seconds = nanos / 1e9;
        System.out.printf("%s: %d %s in %.2f s = %.0f %s/s%n", what, count, unit, seconds, count / seconds, unit);
    }
}
