package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ?after=POSITION} waits for the view to hold a write that was acknowledged; it answers 503 when the view
 * does not catch up in time, and at once with 400 for a position the journal has not reached (nothing to wait for).
 */
class ReadYourWritesApiTest {

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start(Map.of(
            "casebook.queries.catch-up-timeout", "300ms"));
    private static final Api coordinator = casebook.as("COORDINATOR");
    private static String caseId;

    @BeforeAll
    static void record() {
        caseId = coordinator.post("/api/crises", openCase()).id();
    }

    @Test
    void a_view_that_has_not_caught_up_in_time_is_503_with_retry_after() {
        EventProcessor caseFiles = casebook.bean(EventProcessingConfiguration.class)
                                           .eventProcessor("case-file").orElseThrow();
        caseFiles.shutDown();
        try {
            long written = coordinator.post("/api/crises/" + caseId + "/decisions", decision("While paused", null))
                                      .position();

            Api.Response response = coordinator.get("/api/crises/" + caseId + "?after=" + written);

            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.json().get("type").asText()).isEqualTo("/problems/view-not-caught-up");
            assertThat(response.header("Retry-After")).isEqualTo("1");
        } finally {
            caseFiles.start();
        }
        long head = coordinator.head();
        assertThat(coordinator.get("/api/crises/" + caseId + "?after=" + head).status()).isEqualTo(200);
    }
}
