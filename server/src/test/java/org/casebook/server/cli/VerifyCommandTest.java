package org.casebook.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.journal.testing.TestEvents.event;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.casebook.journal.CommitStore;
import org.casebook.journal.JournalHead;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.digest.DigestKey;
import org.casebook.journal.digest.DigestLog;
import org.casebook.journal.digest.DigestSigner;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.store.Store;
import org.casebook.journal.testing.Forgery;
import org.casebook.query.audit.AccessLog;
import org.casebook.server.testing.CasebookProcess;
import org.casebook.server.testing.CommandLines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./casebook verify} on a stopped server's data folder: exit code, report, the signed digests (checked with
 * the key in the data folder) and the access log.
 */
class VerifyCommandTest {

    @TempDir
    Path data;
    @TempDir
    Path elsewhere;
    private JournalHead head;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeAJournalAndStop() {
        try (Store store = Store.embedded(data, 0, "casebook")) {
            JournalStorageEngine journal =
                    store.journal().serializer(JournalSerializer.create(EventTypes.published())).build();
            for (int i = 0; i < 12; i++) {
                journal.appendEvents(List.of(event("cli-case", i)));
            }
            head = journal.head();
            journal.close();
        }
    }

    @Test
    void an_intact_journal_exits_0_and_prints_its_head() {
        int exit = casebook("verify", "--data", data.toString(), "--anchor", head.position() + ":" + head.hash());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("INTACT: 12 commits, 12 events, 1 stream (1 case)")
                                  .contains("head: 12:" + head.hash())
                                  .contains("holds");
    }

    @Test
    void verification_counts_streams_as_streams_and_cases_as_cases() {
        try (Store store = Store.embedded(data, 0, "casebook")) {
            JournalStorageEngine journal =
                    store.journal().serializer(JournalSerializer.create(EventTypes.published())).build();
            for (String[] stream : List.of(new String[] {"Responder", "responder-1"},
                                           new String[] {"Responder", "responder-2"},
                                           new String[] {"BodyDirectory", "body-directory"})) {
                var step = event("cli-case", 1);
                journal.appendEvents(List.of(new GenericDomainEventMessage<>(stream[0], stream[1], 0,
                                                                             step.getPayload(), step.getMetaData())));
            }
            journal.close();
        }

        int exit = casebook("verify", "--data", data.toString());
        String text = out.toString();
        JsonNode json = verifyAsJson().path("streams");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(text).startsWith(
                "INTACT: 15 commits, 15 events, 4 streams (1 body directory, 1 case, 2 responders)");
        assertThat(json.path("total").asLong()).isEqualTo(4);
        assertThat(json.path("byType").path("Crisis").asLong()).isEqualTo(1);
        assertThat(json.path("byType").path("Responder").asLong()).isEqualTo(2);
    }

    @Test
    void verify_json_prints_nothing_but_its_json_on_standard_output() throws Exception {
        CasebookProcess.Result verified = CasebookProcess.run(elsewhere, "verify", "--data", data.toString(),
                                                              "--json");

        assertThat(verified.exitCode()).as(verified.stderr()).isZero();
        JsonNode report = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                                            .readTree(verified.stdout());
        assertThat(report.path("intact").asBoolean()).isTrue();
        assertThat(report.path("verifiedTo").asLong()).isEqualTo(12);
    }

    private JsonNode verifyAsJson() {
        out.getBuffer().setLength(0);
        casebook("verify", "--data", data.toString(), "--json");
        try {
            return new ObjectMapper().readTree(out.toString());
        } catch (Exception e) {
            throw new AssertionError("verify --json printed what is not JSON: " + out, e);
        }
    }

    @Test
    void an_altered_journal_exits_1_and_names_the_commit() {
        try (Store store = Store.embedded(data, 0, "casebook")) {
            var commits = store.database().getCollection(CommitStore.COMMITS);
            Document fifth = commits.find(new Document("_id", 5L)).first();
            fifth.getList("events", Document.class).get(0).put("metadata", "{\"user\":\"someone else\"}");
            commits.replaceOne(new Document("_id", 5L), fifth);
        }

        int exit = casebook("verify", "--data", data.toString());

        assertThat(exit).isEqualTo(CasebookCommand.NO);
        assertThat(out.toString()).startsWith("NOT INTACT").contains("ALTERED at 5: the commit at 5 was changed");
    }

    @Test
    void each_verification_from_the_command_line_is_in_the_access_log() {
        casebook("verify", "--data", data.toString());

        try (Store store = Store.embedded(data, 0, "casebook")) {
            AccessLog.Access access = new AccessLog(store, Clock.systemUTC()).newest(0, 1).items().get(0);
            assertThat(access.action()).isEqualTo("verify journal (command line)");
            assertThat(access.role()).isEqualTo("OPERATOR");
            assertThat(access.details()).containsEntry("intact", true);
        }
    }

    @Test
    void a_head_rewritten_after_it_was_signed_is_found_with_the_key_in_the_data_folder() {
        signHead(data.resolve(DigestKey.FILE_NAME));
        try (Store store = Store.embedded(data, 0, "casebook")) {
            Forgery.rewriteFrom(store.database(), 10, payload -> payload.replace("step", "stop"));
        }

        int exit = casebook("verify", "--data", data.toString());

        assertThat(exit).isEqualTo(CasebookCommand.NO);
        assertThat(out.toString()).contains("signed digests: 1 checked, signatures checked with key ")
                                  .contains("DIGEST_BROKEN at 12: Casebook signed hash " + head.hash());
    }

    @Test
    void a_key_kept_elsewhere_is_given_by_its_public_key() {
        DigestKey key = signHead(elsewhere.resolve(DigestKey.FILE_NAME));

        casebook("verify", "--data", data.toString());
        assertThat(err.toString()).contains("their signatures cannot be checked");
        assertThat(out.toString()).contains("signed digests: 1 checked, the latest that holds at 12, signatures NOT "
                                                    + "checked");

        out.getBuffer().setLength(0);
        int exit = casebook("verify", "--data", data.toString(), "--public-key", key.publicKey().base64());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("signatures checked with key " + key.publicKey().id());
    }

    @Test
    void an_access_log_entry_edited_in_the_store_is_found() {
        casebook("verify", "--data", data.toString());
        try (Store store = Store.embedded(data, 0, "casebook")) {
            store.database().getCollection(AccessLog.COLLECTION)
                 .updateOne(new Document("_id", 1L), Updates.set("user", "someone-else"));
        }

        int exit = casebook("verify", "--data", data.toString());

        assertThat(exit).isEqualTo(CasebookCommand.NO);
        assertThat(out.toString()).contains("access log: NOT intact, 1 entry")
                                  .contains("ALTERED at entry 1: entry 1 was changed after it was written");
    }

    @Test
    void a_folder_without_casebook_data_exits_2() {
        assertCouldNotVerify(List.of("--data", data.resolve("nothing-here").toString()), "no Casebook data in");
    }

    @Test
    void a_data_folder_held_by_a_running_casebook_exits_2_with_advice() {
        try (Store running = Store.embedded(data, 0, "casebook")) {
            assertCouldNotVerify(List.of("--data", data.toString()), "is another Casebook using this data folder",
                                 "GET /api/journal/verify");
        }
    }

    @Test
    void a_malformed_anchor_is_a_usage_error() {
        assertCouldNotVerify(List.of("--data", data.toString(), "--anchor", "twelve"),
                             "--anchor: an anchor is POSITION:HASH");
    }

    /** {@code verify} with these arguments exits 2, saying each of {@code reasons} on its error output. */
    private void assertCouldNotVerify(List<String> arguments, String... reasons) {
        List<String> all = new ArrayList<>(List.of("verify"));
        all.addAll(arguments);

        int exit = CommandLines.run(out, err, all);

        assertThat(exit).isEqualTo(CasebookCommand.COULD_NOT);
        assertThat(err.toString()).contains(reasons);
    }

    /** Signs the journal's head as a server with its key in {@code keyFile} would have. */
    private DigestKey signHead(Path keyFile) {
        DigestKey key = DigestKey.loadOrCreate(keyFile);
        try (Store store = Store.embedded(data, 0, "casebook")) {
            JournalStorageEngine journal =
                    store.journal().serializer(JournalSerializer.create(EventTypes.published())).build();
            new DigestSigner(journal, key, new DigestLog(store.database(), false), Clock.systemUTC()).signHead();
        }
        return key;
    }

    private int casebook(String... arguments) {
        return CommandLines.run(out, err, arguments);
    }
}
