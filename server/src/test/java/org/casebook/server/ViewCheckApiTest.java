package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.assessment;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.casebook.journal.store.Store;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An auditor checks the stored views against a fold of the journal; a view edited in the store is named. */
class ViewCheckApiTest {

    private CasebookInstance casebook;
    private Api auditor;
    private final List<String> cases = new ArrayList<>();
    private MongoDatabase store;

    @BeforeEach
    void recordAHistory() {
        casebook = CasebookInstance.start();
        auditor = casebook.as("AUDITOR");
        Api coordinator = casebook.as("COORDINATOR");
        long last = 0;
        for (int i = 0; i < 3; i++) {
            String id = coordinator.post("/api/crises", openCase("Case " + i, "SD", null)).id();
            cases.add(id);
            coordinator.post("/api/crises/" + id + "/assessments", assessment("Look " + i));
            last = coordinator.post("/api/crises/" + id + "/decisions", decision("Decide " + i, null)).position();
        }
        for (String path : List.of("/api/crises", "/api/crises/" + cases.get(2), "/api/crises/" + cases.get(2)
                + "/timeline", "/api/handovers")) {
            assertThat(coordinator.get(path + "?after=" + last).status()).isEqualTo(200);
        }
        store = casebook.bean(Store.class).database();
    }

    @AfterEach
    void stop() {
        casebook.close();
    }

    @Test
    void untouched_views_hold() {
        JsonNode checks = check("");

        assertThat(checks.get("hold").asBoolean()).as(checks.toString()).isTrue();
        assertThat(checks.get("views")).hasSize(9);
        assertThat(checks.get("views").get(0).get("documents").asLong()).isEqualTo(3);
    }

    @Test
    void a_document_edited_removed_or_added_in_the_store_is_named() {
        store.getCollection("view_board").updateOne(new Document("_id", cases.get(0)),
                                                    new Document("$set", new Document("title", "Edited")));
        store.getCollection("view_timeline").deleteOne(new Document("_id", cases.get(1) + "#1"));
        store.getCollection("view_case_files").insertOne(new Document("_id", "planted").append("title", "Forged"));

        JsonNode board = check("?view=board");
        JsonNode timeline = check("?view=timeline");
        JsonNode caseFiles = check("?view=case-file");

        assertThat(board.get("hold").asBoolean()).isFalse();
        assertThat(differences(board)).containsExactly("view_board " + cases.get(0) + " ALTERED");
        assertThat(differences(timeline)).containsExactly("view_timeline " + cases.get(1) + "#1 MISSING");
        assertThat(differences(caseFiles)).containsExactly("view_case_files planted EXTRA");
        assertThat(check("?view=roster").get("hold").asBoolean()).isTrue();
    }

    @Test
    void an_unknown_view_is_400_and_only_auditors_check() {
        assertThat(auditor.get("/api/audit/views/check?view=nonsense").status()).isEqualTo(400);
        assertThat(casebook.as("ADMIN").get("/api/audit/views/check").status()).isEqualTo(403);
    }

    private JsonNode check(String query) {
        Api.Response response = auditor.get("/api/audit/views/check" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> differences(JsonNode checks) {
        List<String> found = new ArrayList<>();
        checks.get("views").forEach(view -> view.get("differences").forEach(difference -> found.add(
                difference.get("collection").asText() + " " + difference.get("id").asText() + " "
                        + difference.get("kind").asText())));
        return found;
    }
}
