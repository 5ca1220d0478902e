package org.casebook.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.casebook.journal.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

/**
 * A request that failed on the server may still have been recorded (a commit stored, then its flush failed), so a
 * retry with its Idempotency-Key is not run again: it is told to look at the record and use a new key.
 */
class IdempotentPostsTest {

    private final Store store = Store.volatileMemory("idempotency");
    private final ApiSettings settings = new ApiSettings(DataSize.ofKilobytes(256), Duration.ofHours(1),
                                                        Duration.ofHours(1), Duration.ofSeconds(10),
                                                        DataSize.ofKilobytes(1));
    private final IdempotentPosts filter = new IdempotentPosts(store, Clock.systemUTC(), new ObjectMapper(), settings);

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x"));
    }

    @AfterEach
    void close() {
        SecurityContextHolder.clearContext();
        store.close();
    }

    @Test
    void a_retry_after_a_server_failure_is_not_run_again() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        FilterChain failing = (request, response) -> {
            runs.incrementAndGet();
            ((HttpServletResponse) response).setStatus(500);
        };

        MockHttpServletResponse first = send(failing);
        MockHttpServletResponse retry = send(failing);

        assertThat(first.getStatus()).isEqualTo(500);
        assertThat(runs).hasValue(1);
        assertThat(retry.getStatus()).isEqualTo(409);
        assertThat(retry.getContentAsString()).contains("/problems/first-attempt-failed");
    }

    @Test
    void a_retry_after_an_answer_gets_the_answer_and_the_handler_runs_once() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        FilterChain answering = (request, response) -> {
            runs.incrementAndGet();
            response.getOutputStream().write(request.getInputStream().readAllBytes());
            ((HttpServletResponse) response).setStatus(201);
        };

        send(answering);
        MockHttpServletResponse retry = send(answering);

        assertThat(runs).hasValue(1);
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getContentAsString()).isEqualTo("{\"decision\":\"Deploy\"}");
        assertThat(retry.getHeader(IdempotentPosts.REPLAYED)).isEqualTo("true");
    }

    private MockHttpServletResponse send(FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/crises/x/decisions");
        request.addHeader(IdempotentPosts.HEADER, "key-1");
        request.setContent("{\"decision\":\"Deploy\"}".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}
