package org.casebook.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.store.Store;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** Readiness follows the store: up with the journal's head while it answers, down soon after it stops answering. */
class JournalHealthIndicatorTest {

    private static final HealthSettings SETTINGS = new HealthSettings(Duration.ofMillis(500));

    @Test
    void a_store_that_answers_makes_the_node_ready_with_the_head_it_read() {
        try (Store store = Store.volatileMemory("health")) {
            JournalHealthIndicator readiness = new JournalHealthIndicator(store, journal(store), SETTINGS);

            Health health = readiness.health();
            readiness.destroy();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("head", 0L);
        }
    }

    @Test
    void a_store_that_does_not_answer_makes_the_node_not_ready_within_the_timeout() {
        try (Store reachable = Store.volatileMemory("health");
             Store unreachable = Store.mongo("mongodb://127.0.0.1:9/?serverSelectionTimeoutMS=5000", "health")) {
            JournalHealthIndicator readiness = new JournalHealthIndicator(unreachable, journal(reachable), SETTINGS);

            long started = System.nanoTime();
            Health health = readiness.health();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            readiness.destroy();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("store", "did not answer within PT0.5S");
            assertThat(took).isLessThan(Duration.ofSeconds(3));
        }
    }

    private static JournalStorageEngine journal(Store store) {
        return store.journal().serializer(JournalSerializer.create(EventTypes.published())).build();
    }
}
