package org.casebook.server.testing;

import java.lang.reflect.Field;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

/**
 * A server's single background worker (the journal's verifications, the views' rebuilds) kept busy until released,
 * so that the next run it is given waits its turn in sight: its page shows the progress before the result.
 */
public final class BusyWorker implements AutoCloseable {

    private final CountDownLatch release = new CountDownLatch(1);

    private BusyWorker(ExecutorService worker) {
        worker.submit(() -> {
            release.await();
            return null;
        });
    }

    /** Keeps busy the worker that the bean of that type holds in the field named. */
    public static BusyWorker of(CasebookInstance casebook, Class<?> type, String field) {
        try {
            Field held = type.getDeclaredField(field);
            held.setAccessible(true);
            return new BusyWorker((ExecutorService) held.get(casebook.bean(type)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no worker " + type.getSimpleName() + "." + field, e);
        }
    }

    /** Lets the worker go on to what waits. */
    @Override
    public void close() {
        release.countDown();
    }
}
