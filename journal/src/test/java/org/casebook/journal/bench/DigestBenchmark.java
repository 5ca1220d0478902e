package org.casebook.journal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.casebook.journal.CommitStore;
import org.casebook.journal.JournalHead;
import org.casebook.journal.accesslog.AccessLogStore;
import org.casebook.journal.accesslog.AccessLogVerifier;
import org.casebook.journal.digest.DigestKey;
import org.casebook.journal.digest.DigestLog;
import org.casebook.journal.digest.SignedDigest;
import org.casebook.journal.digest.TrustedKeys;
import org.casebook.journal.store.Store;
import org.casebook.journal.testing.SyntheticJournal;
import org.casebook.journal.verify.JournalVerifier;
import org.casebook.journal.verify.VerificationReport;

/**
 * Prints what signed digests and the access log's chain cost: signing a digest, verifying a journal with a year of
 * digests (one every 10 minutes: 52,560) against the same journal without, appending to and verifying the access
 * log. Run: {@code ./mvnw -q -pl journal -am -P bench -DskipTests verify
 * -Dbench.main=org.casebook.journal.bench.DigestBenchmark -Dbench.args="100000 52560 20000"} (commits, digests,
 * access-log entries).
 */
public final class DigestBenchmark {

    public static void main(String[] args) throws Exception {
        int commits = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int digests = args.length > 1 ? Integer.parseInt(args[1]) : 52_560;
        int entries = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        Path data = Files.createTempDirectory("casebook-digest-bench-");
        DigestKey key = DigestKey.loadOrCreate(data.resolve(DigestKey.FILE_NAME));
        try (Store store = Store.embedded(data, 0, "bench")) {
            SyntheticJournal.write(store.database(), commits, 500);
            Map<Long, String> hashes = new HashMap<>();
            for (Document commit : store.commits().documentsFrom(1, false)) {
                hashes.put(((Number) commit.get("_id")).longValue(), commit.getString("hash"));
            }
            List<JournalHead> heads = new ArrayList<>();
            for (int i = 1; i <= digests; i++) {
                long position = Math.max(1, (long) i * commits / digests);
                heads.add(new JournalHead(position, hashes.get(position)));
            }
            Instant time = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 0; i < 2_000; i++) {
                key.sign(heads.get(i % heads.size()), time);  // warm up
            }
            long started = System.nanoTime();
            List<SignedDigest> signed = new ArrayList<>();
            for (int i = 0; i < heads.size(); i++) {
                signed.add(key.sign(heads.get(i), time.plusSeconds(600L * i)));
            }
            double signing = seconds(started);
            System.out.printf("sign %,d digests: %.1f s = %.2f ms a digest%n", digests, signing,
                              signing * 1000 / digests);
            DigestLog log = new DigestLog(store.database(), false);
            started = System.nanoTime();
            signed.forEach(log::append);
            System.out.printf("append them to the digest log: %.1f s%n", seconds(started));

            AccessLogStore accessLog = new AccessLogStore(store.database(), false);
            started = System.nanoTime();
            for (int i = 0; i < entries; i++) {
                accessLog.append(time.plusSeconds(i), "auditor", "AUDITOR", "verify journal",
                                 Map.of("from", 1L, "intact", true, "run", "r-" + i));
            }
            double appending = seconds(started);
            System.out.printf("append %,d access-log entries: %.1f s = %.2f ms an entry%n", entries, appending,
                              appending * 1000 / entries);
            started = System.nanoTime();
            boolean intact = new AccessLogVerifier(accessLog).verify().intact();
            System.out.printf("verify the access log's chain: %s in %.1f s%n", intact ? "intact" : "NOT intact",
                              seconds(started));
        }
        try (Store store = Store.embedded(data, 0, "bench")) {
            JournalVerifier plain = new JournalVerifier(store.commits(), false, 1_000_000);
            JournalVerifier withDigests = plain.withDigests(new DigestLog(store.database(), false),
                                                            TrustedKeys.of(List.of(key.publicKey())));
            for (int round = 0; round < 2; round++) {
                long started = System.nanoTime();
                VerificationReport report = plain.verify(1, null, null);
                double without = seconds(started);
                started = System.nanoTime();
                VerificationReport checked = withDigests.verify(1, null, null);
                double with = seconds(started);
                System.out.printf("verify %,d commits: %.1f s (%s); with %,d signed digests: %.1f s (%s)%n",
                                  report.commits(), without, report.intact() ? "intact" : "NOT intact",
                                  checked.digests().checked(), with, checked.intact() ? "intact" : "NOT intact");
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
