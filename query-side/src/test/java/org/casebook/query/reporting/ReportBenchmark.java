package org.casebook.query.reporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;

import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.store.Store;
import org.casebook.journal.testing.SyntheticJournal;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.query.history.CaseHistory;
import org.casebook.query.history.TimeTravel;

/**
 * Prints how long the activity report of a fiscal year takes over a journal of 1,000,000 entries (500 cases, every
 * kind of case entry, all in FY2026) on the embedded store (H2 file). Run:
 * {@code ./mvnw -q -pl query-side -am -P bench-report -DskipTests verify} (an argument sets the number of entries).
 */
public final class ReportBenchmark {

    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path data = Files.createTempDirectory("casebook-report-bench-");
        try (Store store = Store.embedded(data, 0, "bench")) {
            long started = System.nanoTime();
            SyntheticJournal.writeVaried(store.database(), entries, 500, 7);
            System.out.printf("%,d entries written in %.1f s%n", entries, (System.nanoTime() - started) / 1e9);
            JournalSerializer serializer = JournalSerializer.create(EventTypes.published());
            JournalStorageEngine journal = store.journal().serializer(serializer).build();
            Reports reports = new Reports(journal, new TimeTravel(CaseHistory.live(store.database(), serializer)),
                                          Month.OCTOBER);
            long reading = System.nanoTime();
            long read;
            try (var events = journal.readEvents(null, false)) {
                read = events.mapToLong(event -> event.getPayload() == null ? 0 : 1).sum();
            }
            System.out.printf("reading the journal alone (%,d events): %.1f s%n", read,
                              (System.nanoTime() - reading) / 1e9);
            FiscalPeriod year = reports.period("FY2026");
            for (int run = 1; run <= RUNS; run++) {
                long before = System.nanoTime();
                ActivityReport report = reports.activity(year, reports.point(null), ReportEdition.STANDARD);
                System.out.printf("activity report FY2026 over %,d entries, run %d: %.1f s (%,d decisions, %,d cases)%n",
                                  entries, run, (System.nanoTime() - before) / 1e9, report.decisions().size(),
                                  report.cases().size());
            }
        }
    }
}
