package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.casebook.journal.CommitStore;
import org.casebook.journal.store.Store;
import org.casebook.query.audit.AccessLog;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Auditors verify the journal, prove a published digest and export the record; each such read is logged in an
 * access log that is a hash chain of its own, verified with the journal. Each test has a server of its own, with
 * one case of five decisions and another case recorded, since some of them change the store behind its back.
 */
class JournalAuditApiTest {

    /** How long a verification of this small journal may take, however loaded the machine. */
    private static final Duration VERIFICATION_TIMEOUT = Duration.ofMinutes(2);

    private CasebookInstance casebook;
    private Api auditor;
    private String caseId;
    /** What a fresh install records before anyone does anything: the directory's first bodies. */
    private long seeded;

    @BeforeEach
    void recordACaseOfFiveDecisionsAndAnother() {
        casebook = CasebookInstance.start();
        auditor = casebook.as("AUDITOR");
        seeded = auditor.get("/api/journal/export").body().lines().count();
        Api coordinator = casebook.as("COORDINATOR");
        caseId = coordinator.post("/api/crises", openCase()).id();
        for (int i = 0; i < 5; i++) {
            coordinator.post("/api/crises/" + caseId + "/decisions", decision("Decision " + i, null));
        }
        coordinator.post("/api/crises", openCase());
    }

    @AfterEach
    void stop() {
        casebook.close();
    }

    @Test
    void an_untouched_journal_verifies_intact_and_a_published_digest_holds() {
        JsonNode head = auditor.get("/api/journal/head").json();

        JsonNode verification = await(auditor.get("/api/journal/verify?anchor=" + head.get("position").asLong() + ":"
                                                  + head.get("hash").asText()));

        JsonNode report = verification.get("report");
        assertThat(report.get("intact").asBoolean()).isTrue();
        assertThat(report.get("anchorHolds").asBoolean()).isTrue();
        assertThat(report.get("commits").asLong()).isEqualTo(seeded + 7);
        assertThat(report.get("verifiedTo").asLong()).isEqualTo(head.get("position").asLong());
        assertThat(report.get("hash").asText()).isEqualTo(head.get("hash").asText());
        assertThat(report.get("digests").get("checked").asLong()).as("none signed yet: every 10 minutes").isZero();
        JsonNode accessLog = report.get("accessLog");
        assertThat(accessLog.get("intact").asBoolean()).isTrue();
        assertThat(accessLog.get("beforeChain").asLong()).isZero();
    }

    @Test
    void the_export_has_one_line_per_commit_and_a_case_export_only_its_commits() throws Exception {
        Api.Response all = auditor.get("/api/journal/export");
        Api.Response oneCase = auditor.get("/api/journal/export?case=" + caseId);

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(all.body().lines()).hasSize((int) seeded + 7);
        List<String> lines = oneCase.body().lines().toList();
        assertThat(lines).hasSize(6);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            assertThat(json.readTree(line).get("events").get(0).get("aggregateId").asText()).isEqualTo(caseId);
        }
    }

    @Test
    void every_verification_and_export_is_in_the_access_log() {
        await(auditor.get("/api/journal/verify"));
        auditor.get("/api/journal/export");
        auditor.get("/api/journal/export?case=" + caseId);

        JsonNode log = auditor.get("/api/audit/access-log").json();

        assertThat(log.get("items")).isNotEmpty();
        assertThat(log.get("items").get(0).get("user").asText()).isEqualTo("auditor");
        assertThat(log.get("items").get(0).get("role").asText()).isEqualTo("AUDITOR");
        List<String> actions = log.get("items").findValuesAsText("action");
        assertThat(actions).contains("verify journal", "export journal");
        assertThat(log.get("items").get(0).get("position").asLong()).isEqualTo(log.get("total").asLong());
        assertThat(log.get("items").get(0).get("details").get("case").asText()).isEqualTo(caseId);
    }

    @Test
    void an_anchor_with_a_from_position_or_in_the_wrong_form_is_400() {
        assertThat(auditor.get("/api/journal/verify?from=3&anchor=3:" + "ab".repeat(32)).status()).isEqualTo(400);
        Api.Response malformed = auditor.get("/api/journal/verify?anchor=12-abc");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("anchor");
        assertThat(auditor.get("/api/journal/verify/runs/no-such-run").status()).isEqualTo(404);
    }

    @Test
    void a_payload_changed_in_the_store_is_found_and_named() {
        Store store = casebook.bean(Store.class);
        var commits = store.database().getCollection(CommitStore.COMMITS);
        long decision1 = seeded + 3; // after the opening and decision 0 (every commit here holds one event)
        Document third = commits.find(new Document("_id", decision1)).first();
        Document event = third.getList("events", Document.class).get(0);
        event.put("payload", event.getString("payload").replace("Decision 1", "Decision 9"));
        commits.replaceOne(new Document("_id", decision1), third);

        JsonNode report = await(auditor.get("/api/journal/verify")).get("report");

        assertThat(report.get("intact").asBoolean()).isFalse();
        assertThat(report.get("problems").get(0).get("kind").asText()).isEqualTo("ALTERED");
        assertThat(report.get("problems").get(0).get("position").asLong()).isEqualTo(decision1);
    }

    @Test
    void an_access_log_entry_edited_in_the_store_is_found_by_verify() {
        MongoCollection<Document> entries = accessLogOfFourExports();
        Document second = entries.find(new Document("_id", 2L)).first();
        entries.replaceOne(new Document("_id", 2L), new Document(second).append("user", "someone-else"));
        try {
            JsonNode accessLog = await(auditor.get("/api/journal/verify")).get("report").get("accessLog");

            assertThat(accessLog.get("intact").asBoolean()).isFalse();
            assertThat(accessLog.get("problems").get(0).get("kind").asText()).isEqualTo("ALTERED");
            assertThat(accessLog.get("problems").get(0).get("entry").asLong()).isEqualTo(2);
        } finally {
            entries.replaceOne(new Document("_id", 2L), second);
        }
    }

    @Test
    void an_access_log_entry_removed_from_the_store_is_found_by_verify() {
        MongoCollection<Document> entries = accessLogOfFourExports();
        Document third = entries.find(new Document("_id", 3L)).first();
        entries.deleteOne(new Document("_id", 3L));
        try {
            JsonNode accessLog = await(auditor.get("/api/journal/verify")).get("report").get("accessLog");

            assertThat(accessLog.get("intact").asBoolean()).isFalse();
            assertThat(accessLog.get("problems").findValuesAsText("kind")).containsExactly("MISSING");
            assertThat(accessLog.get("problems").get(0).get("entry").asLong()).isEqualTo(3);
            assertThat(accessLog.get("problems").get(0).get("detail").asText())
                    .isEqualTo("no entry holds position 3: entries were removed");
        } finally {
            entries.insertOne(third);
        }
    }

    @Test
    void an_access_log_entry_inserted_in_the_store_is_found_by_verify() {
        MongoCollection<Document> entries = accessLog();
        Document forged = new Document("at", new Date()).append("user", "auditor").append("role", "AUDITOR")
                                                        .append("action", "export journal")
                                                        .append("details", new Document("from", 1L));
        entries.insertOne(forged);
        try {
            JsonNode accessLog = await(auditor.get("/api/journal/verify")).get("report").get("accessLog");

            assertThat(accessLog.get("intact").asBoolean()).isFalse();
            assertThat(accessLog.get("problems").findValuesAsText("kind")).containsExactly("NOT_IN_CHAIN");
            assertThat(accessLog.get("problems").get(0).get("detail").asText())
                    .contains(forged.getObjectId("_id").toHexString());
        } finally {
            entries.deleteOne(new Document("_id", forged.get("_id")));
        }
        assertThat(await(auditor.get("/api/journal/verify")).get("report").get("accessLog").get("intact")
                                                            .asBoolean()).as("everything put back").isTrue();
    }

    private MongoCollection<Document> accessLog() {
        return casebook.bean(Store.class).database().getCollection(AccessLog.COLLECTION);
    }

    /** The access log once it holds four exports: the one before the case was opened and three more. */
    private MongoCollection<Document> accessLogOfFourExports() {
        auditor.get("/api/journal/export");
        auditor.get("/api/journal/export?case=" + caseId);
        auditor.get("/api/journal/export?from=2");
        MongoCollection<Document> entries = accessLog();
        assertThat(entries.countDocuments()).isGreaterThanOrEqualTo(4);
        return entries;
    }

    /** The verification's report, once it is done. */
    private JsonNode await(Api.Response response) {
        response = auditor.awaitFinal(response, VERIFICATION_TIMEOUT);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("state").asText()).isEqualTo("DONE");
        return response.json();
    }
}
