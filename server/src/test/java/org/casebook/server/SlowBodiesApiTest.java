package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.casebook.server.testing.Bodies.openCase;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.RawHttp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A client that sends its body slowly holds nothing for long. A request that is refused (here: not signed in) is
 * answered before its body arrives and its connection closed without waiting for the body; a signed-in request's
 * body must arrive within {@code casebook.api.body-read-timeout} and at {@code casebook.api.min-body-rate} or
 * faster, or it gets 408 and nothing is recorded.
 */
class SlowBodiesApiTest {

    private static final int DECLARED = 10 * 1024;
    private static final Duration ANSWER = Duration.ofSeconds(5);

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start(Map.of(
            "casebook.api.body-read-timeout", "2s", "casebook.api.min-body-rate", "1KB",
            "server.tomcat.connection-timeout", "4s"));
    private static final Api coordinator = casebook.as("COORDINATOR");

    @Test
    void many_anonymous_slow_bodies_do_not_keep_a_signed_in_user_waiting() throws Exception {
        List<RawHttp> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        ExecutorService legitimate = Executors.newSingleThreadExecutor();
        try {
            long quiet = millis(() -> assertThat(coordinator.post("/api/crises", openCase()).status()).isEqualTo(201));
            for (int i = 0; i < 250; i++) {
                slow.add(RawHttp.connect(casebook.baseUrl()).head("POST", "/api/crises", Map.of(
                        "Content-Type", "application/json", "Content-Length", String.valueOf(DECLARED))));
            }
            trickle.scheduleAtFixedRate(() -> slow.forEach(http -> http.tryWrite(new byte[] {' '})),
                                        0, 1, TimeUnit.SECONDS);
            Thread.sleep(1_000); // the slow ones have reached the server and started their bodies

            long started = System.nanoTime();
            CompletableFuture<Api.Response> opened = CompletableFuture.supplyAsync(
                    () -> coordinator.post("/api/crises", openCase()), legitimate);
            Api.Response response = answerWithin(opened, Duration.ofSeconds(10));
            long beside = (System.nanoTime() - started) / 1_000_000;

            System.out.println("signed-in request answered in " + beside + " ms beside 250 slow anonymous bodies ("
                               + quiet + " ms without them)");
            assertThat(response.status()).as(response.body()).isEqualTo(201);
        } finally {
            trickle.shutdownNow();
            legitimate.shutdownNow();
            slow.forEach(RawHttp::close);
        }
    }

    @Test
    void an_anonymous_request_is_refused_before_its_body_arrives_and_the_body_is_not_awaited() {
        for (String contentType : List.of("application/json", "application/x-www-form-urlencoded")) {
            for (String method : List.of("POST", "PUT")) {
                try (RawHttp http = RawHttp.connect(casebook.baseUrl())) {
                    http.head(method, "/api/crises", Map.of("Content-Type", contentType,
                                                            "Content-Length", String.valueOf(DECLARED)));

                    Api.Response response = http.read(ANSWER);

                    assertThat(response.status()).as(method + " " + contentType + ": " + response).isEqualTo(401);
                    assertThat(response.json().get("type").asText()).isEqualTo("/problems/unauthenticated");
                    assertThat(http.closedWithin(Duration.ofSeconds(1))).as("closed without waiting for the body")
                                                                          .isTrue();
                }
            }
        }
    }

    @Test
    void an_anonymous_request_that_would_wait_for_100_continue_is_refused_without_being_asked_for_its_body() {
        try (RawHttp http = RawHttp.connect(casebook.baseUrl())) {
            http.head("POST", "/api/crises", Map.of("Content-Type", "application/json", "Expect", "100-continue",
                                                    "Content-Length", String.valueOf(DECLARED)));

            Api.Response response = http.read(ANSWER);

            assertThat(response.status()).as(response.toString()).isEqualTo(401);
        }
    }

    @Test
    void a_signed_in_body_that_trickles_below_the_minimum_rate_is_408_and_records_nothing() throws Exception {
        JsonNode headBefore = head();
        byte[] body = json(openCase());

        Api.Response response = sendSlowly(body, 1, Duration.ofMillis(200));

        assertRequestTimeout(response);
        assertThat(head()).isEqualTo(headBefore);
    }

    @Test
    void a_signed_in_body_that_takes_longer_than_the_deadline_is_408_even_at_a_good_rate() throws Exception {
        JsonNode headBefore = head();
        byte[] body = padded(json(openCase()), 16 * 1024); // 16 KB at 4 KB/s: 4 s

        Api.Response response = sendSlowly(body, 200, Duration.ofMillis(50));

        assertRequestTimeout(response);
        assertThat(head()).isEqualTo(headBefore);
    }

    @Test
    void a_signed_in_body_that_stops_arriving_is_408_and_records_nothing() {
        JsonNode headBefore = head();
        byte[] body = json(openCase());
        try (RawHttp http = signedInPost(body.length)) {
            http.write(Arrays.copyOf(body, body.length / 2));

            assertRequestTimeout(http.read(Duration.ofSeconds(10)));
        }
        assertThat(head()).isEqualTo(headBefore);
    }

    @Test
    void a_signed_in_body_that_comes_in_parts_in_time_is_recorded() throws Exception {
        byte[] body = json(openCase());

        Api.Response response = sendSlowly(body, body.length / 3 + 1, Duration.ofMillis(200));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    /** Sends {@code body} {@code part} bytes at a time, {@code pause} apart, and reads the answer. */
    private static Api.Response sendSlowly(byte[] body, int part, Duration pause) throws Exception {
        try (RawHttp http = signedInPost(body.length)) {
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                for (int sent = 0; sent < body.length; sent += part) {
                    if (!http.tryWrite(Arrays.copyOfRange(body, sent, Math.min(body.length, sent + part)))) {
                        return;
                    }
                    try {
                        Thread.sleep(pause.toMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            try {
                return http.read(Duration.ofSeconds(10));
            } finally {
                sending.cancel(true);
            }
        }
    }

    private static RawHttp signedInPost(int length) {
        return RawHttp.connect(casebook.baseUrl()).head("POST", "/api/crises", Map.of(
                "Authorization", RawHttp.basic("coordinator", CasebookInstance.PASSWORD),
                "Content-Type", "application/json", "Content-Length", String.valueOf(length)));
    }

    private static void assertRequestTimeout(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(408);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/request-timeout");
        assertThat(response.json().get("detail").asText()).isNotBlank();
    }

    private static Api.Response answerWithin(CompletableFuture<Api.Response> answer, Duration within)
            throws Exception {
        try {
            return answer.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return fail("no answer within " + within);
        }
    }

    private static long millis(Runnable request) {
        long started = System.nanoTime();
        request.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static JsonNode head() {
        return coordinator.get("/api/journal/head").json();
    }

    /** The body followed by white space, up to {@code length} bytes: still a valid request. */
    private static byte[] padded(byte[] body, int length) {
        byte[] padded = Arrays.copyOf(body, length);
        Arrays.fill(padded, body.length, length, (byte) ' ');
        return padded;
    }

    private static byte[] json(Object body) {
        try {
            return new ObjectMapper().writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
