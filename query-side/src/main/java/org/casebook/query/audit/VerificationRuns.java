package org.casebook.query.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;


import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.digest.DigestLog;
import org.casebook.journal.digest.TrustedKeys;
import org.casebook.journal.store.Store;
import org.casebook.journal.verify.Anchor;
import org.casebook.journal.verify.JournalVerifier;
import org.casebook.journal.verify.Progress;
import org.casebook.journal.verify.VerificationReport;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Verifications run in the background. Asking for one with the same parameters as a running one joins it; each
 * run can be followed by its id, and its report is kept for {@link #KEPT_AFTER_END} after it ends.
 */
@Component
public class VerificationRuns implements DisposableBean {

    static final Duration KEPT_AFTER_END = Duration.ofMinutes(10);

    /** A verification, running or ended. */
    public static final class Run {
        private final String id = UUID.randomUUID().toString();
        private final long from;
        private final Anchor anchor;
        private final Instant started;
        private final CompletableFuture<VerificationReport> report = new CompletableFuture<>();
        private volatile Progress progress;
        private volatile Instant ended;

        Run(long from, Anchor anchor, Instant started) {
            this.from = from;
            this.anchor = anchor;
            this.started = started;
        }

        public String id() {
            return id;
        }

        public long from() {
            return from;
        }

        public Anchor anchor() {
            return anchor;
        }

        public Instant started() {
            return started;
        }

        public Progress progress() {
            return progress;
        }

        /** The report, once the run has ended; waits at most {@code wait}. */
        public VerificationReport awaitReport(Duration wait) throws InterruptedException {
            try {
                return report.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return null;
            } catch (ExecutionException e) {
                throw new IllegalStateException("the verification failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private record Key(long from, Anchor anchor) {
    }

    /** How long a verification took (casebook_verification_seconds; see docs/operations.md). */
    public static final String TIMER = "casebook.verification";

    private final JournalVerifier verifier;
    private final Clock clock;
    private final Timer timer;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final Map<Key, Run> running = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "journal-verification");
        thread.setDaemon(true);
        return thread;
    });

    /** Each run checks the journal, every signed digest (with the trusted keys) and the access log's chain. */
    public VerificationRuns(JournalStorageEngine journal, Store store, DigestLog digests, TrustedKeys trustedKeys,
                            AccessLog accessLog, Clock clock, MeterRegistry meters) {
        this.timer = Timer.builder(TIMER).description("A whole verification of the journal, digests and access log")
                          .register(meters);
        this.verifier = new JournalVerifier(journal.commitStore(), !store.isEmbedded(), JournalVerifier.PROGRESS_EVERY)
                .withDigests(digests, trustedKeys)
                .withAccessLog(accessLog.store());
        this.clock = clock;
    }

    /** The running verification with these parameters, or a new one. */
    public Run startOrJoin(long from, Anchor anchor) {
        Instant now = clock.instant();
        runs.values().removeIf(run -> run.ended != null && run.ended.plus(KEPT_AFTER_END).isBefore(now));
        Key key = new Key(from, anchor);
        return running.computeIfAbsent(key, k -> {
            Run run = new Run(from, anchor, now);
            runs.put(run.id, run);
            workers.submit(() -> {
                try {
                    run.report.complete(timer.record(
                            () -> verifier.verify(from, anchor, progress -> run.progress = progress)));
                } catch (RuntimeException e) {
                    run.report.completeExceptionally(e);
                } finally {
                    run.ended = clock.instant();
                    running.remove(key, run);
                }
            });
            return run;
        });
    }

    public Optional<Run> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
