package org.casebook.query.reporting.activity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Month;
import java.util.function.Supplier;

import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.store.Store;
import org.casebook.journal.testing.SyntheticJournal;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.query.reporting.ReportPoint;
import org.casebook.query.reporting.ReportSettings;
import org.casebook.query.reporting.Reports;

/**
 * Prints how long the activity report of a fiscal year takes over a journal of 1,000,000 entries (500 cases, every
 * kind of case entry, all in FY2026) on the embedded store (H2 file): folded from the start, then from the live
 * ledger, then in a fresh process from the stored checkpoints, at the head and at an earlier point. Run:
 * {@code ./mvnw -q -pl query-side -am -P bench-report -DskipTests verify} (an argument sets the number of entries).
 */
public final class ReportBenchmark {

    /** The server's defaults (application.yml). */
    private static final ReportSettings SETTINGS = new ReportSettings(Month.OCTOBER, 100_000, Duration.ofSeconds(30));

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path data = Files.createTempDirectory("casebook-report-bench-");
        try (Store store = Store.embedded(data, 0, "bench")) {
            long started = System.nanoTime();
            SyntheticJournal.writeVaried(store.database(), entries, 500, 7);
            System.out.printf("%,d entries written in %.1f s%n", entries, (System.nanoTime() - started) / 1e9);
            JournalSerializer serializer = JournalSerializer.create(EventTypes.published());
            JournalStorageEngine journal = store.journal().serializer(serializer).build();
            long reading = System.nanoTime();
            try (var events = journal.readEvents(null, false)) {
                System.out.printf("reading the journal alone (%,d events): %.1f s%n",
                                  events.filter(event -> event.getPayload() != null).count(),
                                  (System.nanoTime() - reading) / 1e9);
            }
            Reports first = Reports.offline(journal, store.database(), serializer, SETTINGS);
            FiscalPeriod year = first.period("FY2026");
            ReportPoint head = first.point(null);
            ReportPoint earlier = first.point(head.position() * 2 / 3);
            ReportEdition standard = ReportEdition.STANDARD;
            long before = heapAfterGc();
            time("folded from the start (storing a checkpoint every 100,000)",
                 () -> first.activity(year, head.position(), standard));
            System.out.printf("heap held after the fold (the live ledger, roughly): %,d MB%n",
                              (heapAfterGc() - before) / (1024 * 1024));
            time("again, from the live ledger", () -> first.activity(year, head.position(), standard));
            time("again, from the live ledger", () -> first.activity(year, head.position(), standard));
            Reports restarted = Reports.offline(journal, store.database(), serializer, SETTINGS);
            time("in a fresh process, from the latest checkpoint", () -> restarted.activity(year, head.position(), standard));
            Reports another = Reports.offline(journal, store.database(), serializer, SETTINGS);
            time("in a fresh process, at position " + earlier.position() + " (checkpoint + fold)",
                 () -> another.activity(year, earlier.position(), standard));
            store.database().getCollection(LedgerCheckpoints.HEADERS).find().forEach(header -> System.out.printf(
                    "checkpoint at %,d: %,d bytes compressed%n", header.getLong("position"),
                    header.getInteger("bytes")));
        }
    }

    private static long heapAfterGc() {
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static void time(String what, Supplier<ActivityReport> report) {
        long before = System.nanoTime();
        ActivityReport built = report.get();
        System.out.printf("activity report FY2026 at %,d, %s: %.2f s (%,d decisions, %,d cases)%n",
                          built.builtFrom().position(), what, (System.nanoTime() - before) / 1e9,
                          built.decisions().size(), built.cases().size());
    }
}
