package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.Test;

/** Stopping and starting the server on the same data keeps the record and the views, and the record continues. */
class RestartPersistenceTest {

    @Test
    void a_restarted_server_has_every_case_and_view_and_continues_the_sequence() {
        try (CasebookInstance casebook = CasebookInstance.start()) {
            Api coordinator = casebook.as("COORDINATOR");
            String id = coordinator.post("/api/crises", openCase()).id();
            coordinator.post("/api/crises/" + id + "/decisions", decision("Before the restart", null));
            Api.Response last = coordinator.post("/api/crises/" + id + "/decisions", decision("Also before", null));
            long position = last.position();
            JsonNode fileBefore = coordinator.get("/api/crises/" + id + "?after=" + position).json();
            JsonNode timelineBefore = coordinator.get("/api/crises/" + id + "/timeline?after=" + position).json();
            JsonNode boardBefore = coordinator.get("/api/crises?after=" + position).json();
            JsonNode headBefore = coordinator.get("/api/journal/head").json();

            casebook.stop();
            casebook.restart();

            coordinator = casebook.as("COORDINATOR");
            assertThat(coordinator.get("/api/journal/head").json()).isEqualTo(headBefore);
            assertThat(coordinator.get("/api/crises/" + id + "?after=" + position).json()).isEqualTo(fileBefore);
            assertThat(coordinator.get("/api/crises/" + id + "/timeline?after=" + position).json())
                    .isEqualTo(timelineBefore);
            assertThat(coordinator.get("/api/crises?after=" + position).json()).isEqualTo(boardBefore);

            Api.Response after = coordinator.post("/api/crises/" + id + "/decisions", decision("After the restart", null));
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.json().get("version").asLong()).isEqualTo(4);
            assertThat(after.position()).isEqualTo(position + 1);
            assertThat(after.json().get("decisionId").asText()).isEqualTo("D-3");
            JsonNode fileAfter = coordinator.get("/api/crises/" + id + "?after=" + (position + 1)).json();
            assertThat(fileAfter.get("decisions")).hasSize(3);

            JsonNode head = coordinator.get("/api/journal/head").json();
            assertThat(head.get("position").asLong()).isEqualTo(position + 1);
            assertThat(casebook.bean(JournalStorageEngine.class).head().hash()).isEqualTo(head.get("hash").asText());
        }
    }
}
