package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ?after=POSITION} waits for the view to hold a write that was acknowledged; it answers 503 when the view
 * does not catch up in time, and at once with 400 for a position the journal has not reached (nothing to wait for).
 */
class ReadYourWritesApiTest {

    private static CasebookInstance casebook;
    private static Api coordinator;
    private static String caseId;

    @BeforeAll
    static void start() {
        casebook = CasebookInstance.start(Map.of("casebook.queries.catch-up-timeout", "300ms"));
        coordinator = casebook.as("COORDINATOR");
        caseId = coordinator.post("/api/crises", openCase()).json().get("id").asText();
    }

    @AfterAll
    static void stop() {
        casebook.close();
    }

    @Test
    void a_view_that_has_not_caught_up_in_time_is_503_with_retry_after() {
        EventProcessor caseFiles = casebook.bean(EventProcessingConfiguration.class)
                                           .eventProcessor("case-file").orElseThrow();
        caseFiles.shutDown();
        try {
            long written = coordinator.post("/api/crises/" + caseId + "/decisions", decision("While paused", null))
                                      .json().get("position").asLong();

            Api.Response response = coordinator.get("/api/crises/" + caseId + "?after=" + written);

            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.json().get("type").asText()).isEqualTo("/problems/view-not-caught-up");
            assertThat(response.header("Retry-After")).isEqualTo("1");
        } finally {
            caseFiles.start();
        }
        long head = coordinator.get("/api/journal/head").json().get("position").asLong();
        assertThat(coordinator.get("/api/crises/" + caseId + "?after=" + head).status()).isEqualTo(200);
    }
}
