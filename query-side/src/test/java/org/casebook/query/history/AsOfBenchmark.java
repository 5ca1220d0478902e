package org.casebook.query.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.store.Store;
import org.casebook.journal.testing.SyntheticJournal;
import org.casebook.query.casefile.CaseFile;

/**
 * Prints how long a case file as of a moment takes for one case of 10,000 entries on the embedded store (H2 file),
 * on each clock. Run: {@code ./mvnw -q -pl query-side -am -P bench-as-of -DskipTests verify}
 */
public final class AsOfBenchmark {

    private static final int ENTRIES = 10_000;
    private static final int QUERIES = 200;

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("casebook-asof-bench-");
        try (Store store = Store.embedded(data, 0, "bench")) {
            SyntheticJournal.write(store.database(), ENTRIES, 1);
            JournalStorageEngine journal =
                    store.journal().serializer(JournalSerializer.create(EventTypes.published())).build();
            HistoryFeed feed = new HistoryFeed(store.database(), journal);
            long started = System.nanoTime();
            feed.catchUp();
            System.out.printf("history of %,d entries kept in %.1f s%n", ENTRIES, (System.nanoTime() - started) / 1e9);

            Instant first = Instant.parse("2026-01-01T00:00:00Z");
            Random random = new Random(1);
            for (AsOf.Clock clock : AsOf.Clock.values()) {
                long[] nanos = new long[QUERIES];
                for (int i = 0; i < QUERIES; i++) {
                    long offset = random.nextInt(ENTRIES);
                    AsOf asOf = switch (clock) {
                        case RECORDED -> AsOf.recorded(first.plusMillis(10 * offset + 5));
                        case EFFECTIVE -> AsOf.effective(first.plusMillis(10 * offset + 5));
                        case POSITION -> AsOf.position(1 + offset);
                    };
                    long before = System.nanoTime();
                    CaseFile file = feed.history().asOf("synthetic-0", asOf, FoldedView.CASE_FILE);
                    nanos[i] = System.nanoTime() - before;
                    if (file == null || file.version() < 1) {
                        throw new IllegalStateException("no case file as of " + asOf);
                    }
                }
                Arrays.sort(nanos);
                System.out.printf("case file as of a %s moment (10,000-entry case): median %.1f ms, p95 %.1f ms, "
                                          + "max %.1f ms%n", clock.name().toLowerCase(), nanos[QUERIES / 2] / 1e6,
                                  nanos[QUERIES * 95 / 100] / 1e6, nanos[QUERIES - 1] / 1e6);
            }
        }
    }
}
