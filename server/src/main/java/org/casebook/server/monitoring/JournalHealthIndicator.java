package org.casebook.server.monitoring;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.bson.Document;
import org.casebook.journal.JournalHead;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.store.Store;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Ready only when the store answers and the journal's head is known: the store answers a ping and the head is read
 * from it, within {@code casebook.health.store-timeout} (a store that does not answer would otherwise hold the probe
 * for the driver's whole server selection). In the readiness group as {@code journal}; its details (the head's
 * position, or why it is down) are shown to admins alone.
 */
@Component
public class JournalHealthIndicator implements HealthIndicator, DisposableBean {

    private final Store store;
    private final JournalStorageEngine journal;
    private final HealthSettings settings;
    private final ExecutorService checks = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "casebook-readiness");
        thread.setDaemon(true);
        return thread;
    });

    public JournalHealthIndicator(Store store, JournalStorageEngine journal, HealthSettings settings) {
        this.store = store;
        this.journal = journal;
        this.settings = settings;
    }

    @Override
    public Health health() {
        Future<JournalHead> check = checks.submit(() -> {
            store.database().runCommand(new Document("ping", 1));
            return journal.head();
        });
        try {
            JournalHead head = check.get(settings.storeTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return Health.up().withDetail("head", head.position()).build();
        } catch (TimeoutException e) {
            check.cancel(true);
            return Health.down().withDetail("store", "did not answer within " + settings.storeTimeout()).build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("store", e.getCause().getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
