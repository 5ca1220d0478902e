package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.casebook.journal.CommitStore;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.digest.DigestLog;
import org.casebook.journal.digest.DigestPublicKey;
import org.casebook.journal.digest.SignedDigest;
import org.casebook.journal.store.Store;
import org.casebook.journal.testing.Forgery;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Casebook signs its head digest at intervals with a key kept outside the store, so a plain verification (no
 * anchor given) finds a head rewritten behind its back, a tail removed, and a digest edited; auditors list the
 * digests with the public key and check them with openssl. Each test that tampers with the store puts it back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignedDigestsApiTest {

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start(Map.of("casebook.digests.every", "200ms"));
    private static final Api auditor = casebook.as("AUDITOR");
    private static long head;

    @TempDir
    Path files;

    @BeforeAll
    static void record() {
        Api coordinator = casebook.as("COORDINATOR");
        String caseId = coordinator.post("/api/crises", openCase()).id();
        for (int i = 0; i < 4; i++) {
            head = coordinator.post("/api/crises/" + caseId + "/decisions", decision("Decision " + i, null)).position();
        }
        awaitDigestOf(head);
    }

    @Test
    @Order(1)
    void digests_are_signed_at_intervals_and_listed_with_the_public_key_to_check_them() {
        JsonNode listed = auditor.get("/api/journal/digests").json();

        assertThat(listed.get("algorithm").asText()).isEqualTo("Ed25519");
        assertThat(listed.get("form").asText()).isEqualTo("casebook-digest-1|POSITION|HASH|TIME");
        DigestPublicKey key = DigestPublicKey.parse(listed.get("keys").get(0).get("publicKey").asText());
        assertThat(key.id()).isEqualTo(listed.get("signingKey").asText());
        JsonNode last = listed.get("digests").get(listed.get("digests").size() - 1);
        assertThat(last.get("position").asLong()).isEqualTo(head);
        assertThat(last.get("hash").asText()).isEqualTo(auditor.get("/api/journal/head").json().get("hash").asText());
        assertThat(last.get("message").asText()).isEqualTo("casebook-digest-1|" + head + "|"
                                                                   + last.get("hash").asText() + "|"
                                                                   + last.get("time").asText());
        for (JsonNode digest : listed.get("digests")) {
            assertThat(key.verifies(digestOf(digest))).as(digest.toString()).isTrue();
        }
        assertThat(positions(listed)).as("a head that did not move is not signed again").doesNotHaveDuplicates();
    }

    @Test
    @Order(2)
    void openssl_verifies_a_listed_digest_as_the_documentation_says() throws Exception {
        JsonNode listed = auditor.get("/api/journal/digests").json();
        JsonNode digest = listed.get("digests").get(0);
        Files.writeString(files.resolve("pub.pem"), listed.get("keys").get(0).get("pem").asText());
        Files.writeString(files.resolve("message"), digest.get("message").asText(), StandardCharsets.UTF_8);
        Files.write(files.resolve("sig"), Base64.getDecoder().decode(digest.get("signature").asText()));
        long position = digest.get("position").asLong();
        Files.writeString(files.resolve("forged"), digest.get("message").asText()
                                                         .replace("|" + position + "|", "|" + (position + 1) + "|"));

        assertThat(openssl("message")).isEqualTo("Signature Verified Successfully");
        assertThat(openssl("forged")).isEqualTo("Signature Verification Failure");
    }

    @Test
    @Order(3)
    void a_plain_verification_checks_every_signed_digest() {
        JsonNode report = verify();

        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("digests").get("checked").asLong())
                .isEqualTo(auditor.get("/api/journal/digests").json().get("digests").size()).isPositive();
        assertThat(report.get("digests").get("latest").asLong()).isEqualTo(head);
        assertThat(report.get("digests").get("signaturesChecked").asBoolean()).isTrue();
    }

    @Test
    @Order(4)
    void a_head_rewritten_with_every_hash_recomputed_is_found_with_no_anchor_given() {
        long lastTwo = commitHolding(head - 1);
        List<Document> original = saved(CommitStore.COMMITS, lastTwo);
        Forgery.rewriteFrom(store().database(), lastTwo, payload -> payload.replace("Decision 2", "Decision 9"));
        try {
            JsonNode report = verify();

            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(kinds(report)).containsOnly("DIGEST_BROKEN");
            assertThat(report.get("problems").findValuesAsText("position")).contains(String.valueOf(head));
        } finally {
            restore(CommitStore.COMMITS, original);
        }
    }

    @Test
    @Order(5)
    void the_tail_removed_is_found() {
        long lastTwo = commitHolding(head - 1);
        List<Document> original = saved(CommitStore.COMMITS, lastTwo);
        List<Document> hint = saved(CommitStore.HEAD_HINT, null);
        Forgery.removeFrom(store().database(), lastTwo);
        try {
            JsonNode report = verify();

            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(kinds(report)).contains("DIGEST_BEYOND_HEAD").doesNotContain("MISSING_HEAD");
        } finally {
            restore(CommitStore.COMMITS, original);
            restore(CommitStore.HEAD_HINT, hint);
        }
    }

    @Test
    @Order(6)
    void an_edited_digest_document_is_found_by_its_signature() {
        MongoCollection<Document> digests = store().database().getCollection(DigestLog.COLLECTION);
        Document last = digests.find(new Document("position", head)).first();
        digests.replaceOne(new Document("_id", last.get("_id")),
                           new Document(last).append("position", head - 1).append("hash", hashAt(head - 1)));
        try {
            JsonNode report = verify();

            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(kinds(report)).containsExactly("DIGEST_SIGNATURE_INVALID");
            assertThat(report.get("problems").get(0).get("detail").asText()).contains("the digest log was edited");
        } finally {
            digests.replaceOne(new Document("_id", last.get("_id")), last);
        }
        assertThat(verify().get("intact").asBoolean()).as("everything put back").isTrue();
    }

    @Test
    void the_key_survives_a_restart_and_the_head_is_signed_at_shutdown() {
        try (CasebookInstance rarely = CasebookInstance.start(Map.of("casebook.digests.every", "1h"))) {
            String key = rarely.as("AUDITOR").get("/api/journal/digests").json().get("keys").get(0).get("publicKey")
                               .asText();
            long position = rarely.as("COORDINATOR").post("/api/crises", openCase()).position();
            assertThat(rarely.as("AUDITOR").get("/api/journal/digests").json().get("digests")).isEmpty();

            rarely.stop();
            rarely.restart();

            JsonNode listed = rarely.as("AUDITOR").get("/api/journal/digests").json();
            assertThat(listed.get("keys").get(0).get("publicKey").asText()).isEqualTo(key);
            assertThat(positions(listed)).containsExactly(position);
            assertThat(Files.exists(rarely.digestKeyFile())).isTrue();
        }
    }

    /** The first line openssl prints on checking {@code sig} over the file {@code message} with {@code pub.pem}. */
    private String openssl(String message) throws IOException, InterruptedException {
        Process openssl;
        try {
            openssl = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin",
                                         "-in", message, "-sigfile", "sig")
                    .directory(files.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("openssl must be on the PATH: this test runs the check docs/verify-independently.md shows ("
                                + e.getMessage() + ")");
        }
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        openssl.waitFor();
        return output.lines().findFirst().orElse("");
    }

    private static JsonNode verify() {
        Api.Response response = auditor.get("/api/journal/verify?waitSeconds=30");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("report");
    }

    private static List<String> kinds(JsonNode report) {
        return report.get("problems").findValuesAsText("kind");
    }

    private static List<Long> positions(JsonNode listed) {
        List<Long> positions = new ArrayList<>();
        listed.get("digests").forEach(digest -> positions.add(digest.get("position").asLong()));
        return positions;
    }

    private static SignedDigest digestOf(JsonNode digest) {
        return new SignedDigest(digest.get("position").asLong(), digest.get("hash").asText(),
                                Instant.parse(digest.get("time").asText()),
                                digest.get("signature").asText(), digest.get("key").asText());
    }

    private static void awaitDigestOf(long position) {
        for (int polls = 0; polls < 100; polls++) {
            if (positions(auditor.get("/api/journal/digests").json()).contains(position)) {
                return;
            }
            sleep(100);
        }
        fail("no digest of " + position + " was signed");
    }

    private static String hashAt(long position) {
        return casebook.bean(JournalStorageEngine.class).commitStore().containing(position, 128).orElseThrow().hash();
    }

    private static long commitHolding(long position) {
        return casebook.bean(JournalStorageEngine.class).commitStore().containing(position, 128).orElseThrow()
                       .position();
    }

    private static Store store() {
        return casebook.bean(Store.class);
    }

    private static List<Document> saved(String collection, Long from) {
        Document filter = from == null ? new Document() : new Document("_id", new Document("$gte", from));
        List<Document> documents = new ArrayList<>();
        store().database().getCollection(collection).find(filter).forEach(documents::add);
        return documents;
    }

    private static void restore(String collection, List<Document> documents) {
        MongoCollection<Document> stored = store().database().getCollection(collection);
        for (Document document : documents) {
            stored.replaceOne(new Document("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
