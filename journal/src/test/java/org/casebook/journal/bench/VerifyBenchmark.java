package org.casebook.journal.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.casebook.journal.CommitStore;
import org.casebook.journal.store.Store;
import org.casebook.journal.testing.SyntheticJournal;
import org.casebook.journal.verify.JournalExport;
import org.casebook.journal.verify.JournalVerifier;
import org.casebook.journal.verify.VerificationReport;

/**
 * Prints how long verifying (and exporting) a journal of many commits takes on the embedded store (H2 file).
 * Run: {@code MAVEN_OPTS=-Xmx512m ./mvnw -q -pl journal -am -P bench -DskipTests verify -Dbench.main=org.casebook.journal.bench.VerifyBenchmark -Dbench.args=1000000}
 * (the benchmark runs in Maven's JVM, so {@code MAVEN_OPTS} bounds its heap).
 */
public final class VerifyBenchmark {

    public static void main(String[] args) throws Exception {
        int commits = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path data = Files.createTempDirectory("casebook-verify-bench-");
        try (Store store = Store.embedded(data, 0, "bench")) {
            long started = System.nanoTime();
            SyntheticJournal.write(store.database(), commits, 500);
            System.out.printf("wrote %,d single-event commits over 500 cases in %.1f s%n", commits, seconds(started));
        }
        // As ./casebook verify does: on the data folder of a stopped server, freshly opened.
        try (Store store = Store.embedded(data, 0, "bench")) {
            CommitStore commitStore = store.commits();
            JournalVerifier verifier = new JournalVerifier(commitStore, false, 100_000);
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            VerificationReport report = verifier.verify(1, null, progress -> System.out.printf(
                    "  verified to %,d (%,.0f commits/s)%n", progress.position(), progress.commitsPerSecond()));
            double took = seconds(started);
            System.out.printf("verify %,d commits: %s in %.1f s = %,.0f commits/s%n", report.commits(),
                              report.intact() ? "intact" : "NOT intact", took, report.commits() / took);

            started = System.nanoTime();
            long exported = new JournalExport(commitStore, false).writeAll(OutputStream.nullOutputStream(), 1);
            took = seconds(started);
            System.out.printf("export %,d commits as JSON Lines in %.1f s = %,.0f commits/s%n", exported, took,
                              exported / took);
            System.out.printf("heap: at most %,d MB; peaks while verifying and exporting: %s%n",
                              Runtime.getRuntime().maxMemory() >> 20, heapPeaks());
        }
    }

    /** Each heap pool's peak since the peaks were reset: the old generation's is what survived collections. */
    private static String heapPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(pool -> pool.getName() + " " + (pool.getPeakUsage().getUsed() >> 20) + " MB")
                .collect(Collectors.joining(", "));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
