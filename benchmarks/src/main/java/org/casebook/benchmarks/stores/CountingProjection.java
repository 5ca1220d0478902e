package org.casebook.benchmarks.stores;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.EventHandler;
import org.casebook.kernel.crisis.CrisisEvent;

/**
 * The replay's projection: entries counted per case, which deserialises every event and does little else. It
 * notes the moment it has seen the whole store.
 */
final class CountingProjection {

    private final Map<String, Long> entriesPerCase = new ConcurrentHashMap<>();
    private final AtomicLong seen = new AtomicLong();
    private final long expected;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile long caughtUpAt;

    CountingProjection(long expected) {
        this.expected = expected;
    }

    @EventHandler
    void on(CrisisEvent event) {
        entriesPerCase.merge(event.crisisId().value(), 1L, Long::sum);
        if (seen.incrementAndGet() == expected) {
            caughtUpAt = System.nanoTime();
            caughtUp.countDown();
        }
    }

    /** When the last expected event was handled (System.nanoTime()). */
    long awaitCaughtUp(long timeout, TimeUnit unit) throws InterruptedException {
        if (!caughtUp.await(timeout, unit)) {
            throw new IllegalStateException("the replay saw " + seen.get() + " of " + expected + " events in "
                    + timeout + " " + unit);
        }
        return caughtUpAt;
    }

    int cases() {
        return entriesPerCase.size();
    }
}
