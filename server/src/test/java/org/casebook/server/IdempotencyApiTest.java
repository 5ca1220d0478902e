package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.MovableClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A retried POST with the same Idempotency-Key and the same body gets the first answer again and records nothing,
 * also after a restart and through another process; the same key with another body is refused. Keys belong to
 * their user and expire after the window.
 */
class IdempotencyApiTest {

    private static final MovableClock clock = new MovableClock();
    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start(Map.of(
            "casebook.api.idempotency-window", "1h"), clock);
    /** Not final: a test restarts the server, on another port. */
    private static Api coordinator = casebook.as("COORDINATOR");
    private static String caseId;

    @BeforeAll
    static void record() {
        caseId = coordinator.post("/api/crises", openCase()).id();
    }

    @Test
    void a_retry_with_the_same_key_and_body_gets_the_first_answer_and_records_nothing() {
        Map<String, String> key = Map.of("Idempotency-Key", "open-retry-1");
        Api.Response first = coordinator.post("/api/crises", openCase("Retried opening", "SD", null), key);
        long head = head();

        Api.Response again = coordinator.post("/api/crises", openCase("Retried opening", "SD", null), key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isNotNull().isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isNotNull().isEqualTo(first.header("ETag"));
        assertThat(again.header("Content-Type")).startsWith("application/json");
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void the_same_key_with_another_body_is_refused_and_records_nothing() {
        Map<String, String> key = Map.of("Idempotency-Key", "decision-retry-2");
        coordinator.post(decisions(), decision("One thing", null), key);
        long head = head();

        Api.Response other = coordinator.post(decisions(), decision("Another thing", null), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asText()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void a_key_holds_across_a_restart_and_through_another_process() {
        Map<String, String> key = Map.of("Idempotency-Key", "decision-retry-3");
        Api.Response first = coordinator.post(decisions(), decision("Before the restart", null), key);
        casebook.stop();
        casebook.restart();
        coordinator = casebook.as("COORDINATOR");
        long head = head();

        Api.Response afterRestart = coordinator.post(decisions(), decision("Before the restart", null), key);
        Api.Response elsewhere;
        try (CasebookInstance other = casebook.alongside()) {
            elsewhere = other.as("COORDINATOR").post(decisions(), decision("Before the restart", null), key);
        }

        assertThat(afterRestart.body()).isEqualTo(first.body());
        assertThat(elsewhere.body()).isEqualTo(first.body());
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void racing_retries_with_one_key_record_once() throws Exception {
        Map<String, String> key = Map.of("Idempotency-Key", "decision-race");
        long head = head();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<Api.Response> post = () -> coordinator.post(decisions(), decision("Raced", null), key);
            answers.add(pool.submit(post));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Response> answer : answers) {
            statuses.add(answer.get().status());
        }
        pool.shutdown();

        assertThat(statuses).allMatch(status -> status == 200 || status == 409).contains(200);
        assertThat(head()).isEqualTo(head + 1);
    }

    @Test
    void keys_belong_to_their_user_and_expire_after_the_window() {
        Map<String, String> key = Map.of("Idempotency-Key", "shared-key");
        long head = head();

        coordinator.post(decisions(), decision("Mine", null), key);
        casebook.uncleared("COORDINATOR").post(decisions(), decision("Theirs", null), key);
        assertThat(head()).isEqualTo(head + 2);

        clock.advance(Duration.ofHours(2));
        Api.Response later = coordinator.post(decisions(), decision("Mine, a day later", null), key);
        assertThat(later.status()).isEqualTo(200);
        assertThat(later.header("Idempotent-Replayed")).isNull();
        assertThat(head()).isEqualTo(head + 3);
    }

    @Test
    void a_malformed_key_is_400_naming_it() {
        Api.Response response = coordinator.post(decisions(), decision("Deploy", null),
                                                 Map.of("Idempotency-Key", "not a key!"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("Idempotency-Key");
    }

    private static String decisions() {
        return "/api/crises/" + caseId + "/decisions";
    }

    private static long head() {
        return coordinator.head();
    }
}
