package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private static final String CLEARED_ADMIN = "admin-cleared";

    @BeforeAll
    static void start() {
        casebook = CasebookInstance.start(CasebookInstance.anotherUser(CLEARED_ADMIN, "ADMIN",
                                                                        Map.of("clearance", "SBU")));
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
        String brokenId = broken.id();
        String healthyId = coordinator.post("/api/crises", openCase("Healthy", "SD", null)).id();
        coordinator.get("/api/crises/" + healthyId + "?after="
                        + coordinator.get("/api/journal/head").json().get("position"));
        MongoCollection<Document> files = casebook.bean(Store.class).database().getCollection("view_case_files");
        Document good = files.find(new Document("_id", brokenId)).first();
        files.replaceOne(new Document("_id", brokenId), new Document(good).append("assessmentCount", "many"));

        coordinator.post("/api/crises/" + brokenId + "/decisions", decision("Parked", null));
        long last = coordinator.post("/api/crises/" + healthyId + "/decisions", decision("Processed", null)).position();

        JsonNode healthy = coordinator.get("/api/crises/" + healthyId + "?after=" + last).json();
        assertThat(healthy.get("decisions")).hasSize(1);
        JsonNode parked = awaitDeadLetters(clearedAdmin());
        assertThat(parked).hasSize(1);
        assertThat(parked.get(0).get("view").asText()).isEqualTo("case-file");
        JsonNode letter = parked.get(0).get("letters").get(0);
        assertThat(letter.get("caseId").asText()).isEqualTo(brokenId);
        assertThat(letter.get("type").asText()).isEqualTo("DecisionRecorded");
        assertThat(letter.get("message").asText()).contains("cannot read CaseFile");
        // the case file that says whether the entry is SBU cannot be read, so the uncleared admin is not told
        JsonNode uncleared = admin.get("/api/admin/dead-letters").json().get(0).get("letters").get(0);
        assertThat(uncleared.get("message").asText()).isEqualTo("[withheld: SBU]");
        assertThat(uncleared.get("type").asText()).isEqualTo("DecisionRecorded");

        files.replaceOne(new Document("_id", brokenId), good);
        JsonNode retried = admin.post("/api/admin/dead-letters/case-file/retry", null).json();

        assertThat(retried.get("sequencesProcessed").asInt()).isEqualTo(1);
        assertThat(retried.get("stillParked").asLong()).isZero();
        assertThat(admin.get("/api/admin/dead-letters").json()).isEmpty();
        assertThat(coordinator.get("/api/crises/" + brokenId).json().get("decisions")).hasSize(1);
    }

    @Test
    void an_uncleared_admin_reads_why_an_unclassified_entry_failed_but_not_an_sbu_one() throws Exception {
        Api coordinator = casebook.as("COORDINATOR");
        Map<String, Object> secret = openCase("Secret-title", "HT", null);
        secret.put("sensitivity", "SBU");
        String sbuId = coordinator.post("/api/crises", secret).id();
        String openId = coordinator.post("/api/crises", openCase("Open", "HT", null)).id();
        coordinator.get("/api/crises?after=" + coordinator.get("/api/journal/head").json().get("position"));
        MongoCollection<Document> rows = casebook.bean(Store.class).database().getCollection("view_board");
        Map<String, Document> good = new HashMap<>();
        long last = 0;
        for (String id : List.of(sbuId, openId)) {
            good.put(id, rows.find(new Document("_id", id)).first());
            rows.replaceOne(new Document("_id", id), new Document(good.get(id)).append("decisionCount", "many"));
            last = coordinator.post("/api/crises/" + id + "/decisions", decision("Parked", null)).position();
        }
        coordinator.get("/api/crises/" + openId + "?after=" + last); // the case file says what the entry is

        JsonNode parked = awaitDeadLetters(casebook.as("ADMIN"), 2);
        Map<String, String> messages = new HashMap<>();
        parked.forEach(sequence -> messages.put(sequence.get("letters").get(0).get("caseId").asText(),
                                                sequence.get("letters").get(0).get("message").asText()));
        assertThat(messages.get(openId)).contains("cannot read BoardRow");
        assertThat(messages.get(sbuId)).isEqualTo("[withheld: SBU]");
        awaitDeadLetters(clearedAdmin(), 2).forEach(sequence -> assertThat(
                sequence.get("letters").get(0).get("message").asText()).contains("cannot read BoardRow"));

        good.forEach((id, row) -> rows.replaceOne(new Document("_id", id), row));
        assertThat(casebook.as("ADMIN").post("/api/admin/dead-letters/board/retry", null).json()
                           .get("stillParked").asLong()).isZero();
    }

    @Test
    void retrying_a_view_that_does_not_exist_is_400() {
        assertThat(casebook.as("ADMIN").post("/api/admin/dead-letters/nonsense/retry", null).status()).isEqualTo(400);
    }

    private static Api clearedAdmin() {
        return new Api(casebook.baseUrl(), CLEARED_ADMIN, CasebookInstance.PASSWORD);
    }

    private static JsonNode awaitDeadLetters(Api admin) throws InterruptedException {
        return awaitDeadLetters(admin, 1);
    }

    private static JsonNode awaitDeadLetters(Api admin, int sequences) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode letters = admin.get("/api/admin/dead-letters").json();
        while (letters.size() < sequences && System.nanoTime() < deadline) {
            Thread.sleep(50);
            letters = admin.get("/api/admin/dead-letters").json();
        }
        return letters;
    }

}
