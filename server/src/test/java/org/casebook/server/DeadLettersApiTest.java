package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.casebook.journal.store.Store;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A view that fails on one case parks that case's events, goes on with the others, and an admin retries them. */
class DeadLettersApiTest {

    private static CasebookInstance casebook;

    @BeforeAll
    static void start() {
        casebook = CasebookInstance.start();
    }

    @AfterAll
    static void stop() {
        casebook.close();
    }

    @Test
    void a_failing_case_is_parked_shown_to_the_admin_and_retried_once_fixed() throws Exception {
        Api coordinator = casebook.as("COORDINATOR");
        Api admin = casebook.as("ADMIN");
        Api.Response broken = coordinator.post("/api/crises", openCase("Broken", "SD", null));
        String brokenId = broken.json().get("id").asText();
        String healthyId = coordinator.post("/api/crises", openCase("Healthy", "SD", null)).json().get("id").asText();
        coordinator.get("/api/crises/" + healthyId + "?after="
                        + coordinator.get("/api/journal/head").json().get("position"));
        MongoCollection<Document> files = casebook.bean(Store.class).database().getCollection("view_case_files");
        Document good = files.find(new Document("_id", brokenId)).first();
        files.replaceOne(new Document("_id", brokenId), new Document(good).append("assessmentCount", "many"));

        coordinator.post("/api/crises/" + brokenId + "/decisions", decision("Parked", null));
        long last = coordinator.post("/api/crises/" + healthyId + "/decisions", decision("Processed", null))
                               .json().get("position").asLong();

        JsonNode healthy = coordinator.get("/api/crises/" + healthyId + "?after=" + last).json();
        assertThat(healthy.get("decisions")).hasSize(1);
        JsonNode parked = awaitDeadLetters(admin);
        assertThat(parked).hasSize(1);
        assertThat(parked.get(0).get("view").asText()).isEqualTo("case-file");
        JsonNode letter = parked.get(0).get("letters").get(0);
        assertThat(letter.get("caseId").asText()).isEqualTo(brokenId);
        assertThat(letter.get("type").asText()).isEqualTo("DecisionRecorded");
        assertThat(letter.get("message").asText()).contains("cannot read CaseFile");

        files.replaceOne(new Document("_id", brokenId), good);
        JsonNode retried = admin.post("/api/admin/dead-letters/case-file/retry", null).json();

        assertThat(retried.get("sequencesProcessed").asInt()).isEqualTo(1);
        assertThat(retried.get("stillParked").asLong()).isZero();
        assertThat(admin.get("/api/admin/dead-letters").json()).isEmpty();
        assertThat(coordinator.get("/api/crises/" + brokenId).json().get("decisions")).hasSize(1);
    }

    @Test
    void retrying_a_view_that_does_not_exist_is_400() {
        assertThat(casebook.as("ADMIN").post("/api/admin/dead-letters/nonsense/retry", null).status()).isEqualTo(400);
    }

    private static JsonNode awaitDeadLetters(Api admin) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode letters = admin.get("/api/admin/dead-letters").json();
        while (letters.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            letters = admin.get("/api/admin/dead-letters").json();
        }
        return letters;
    }

}
