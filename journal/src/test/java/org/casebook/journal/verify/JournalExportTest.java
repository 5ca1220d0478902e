package org.casebook.journal.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.journal.testing.TestEvents.event;
import static org.casebook.journal.testing.TestEvents.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.casebook.journal.Commit;
import org.casebook.journal.JournalHead;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.StoredEvent;
import org.casebook.journal.testing.Forgery;
import org.casebook.journal.testing.TestStore;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Lines export holds what a third party needs to recompute the chain with their own tools. */
class JournalExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path INDEPENDENT_CHECK = Path.of("..", "scripts", "verify-export.py");

    private final TestStore store = TestStore.fresh();
    private JournalStorageEngine journal;
    private JournalExport export;

    @TempDir
    Path folder;

    @BeforeEach
    void writeAJournal() {
        journal = store.journal().build();
        journal.appendEvents(events("case-a", 0, 2));
        for (int i = 0; i < 5; i++) {
            journal.appendEvents(List.of(event("case-b", i)));
            journal.appendEvents(List.of(event("case-a", 3 + i)));
        }
        export = new JournalExport(journal.commitStore(), store.isReal());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void every_commit_is_one_line_with_every_field_its_hash_covers() throws IOException {
        List<JsonNode> lines = lines(exportAll());

        assertThat(lines).hasSize(11);
        JsonNode first = lines.get(0);
        assertThat(first.get("position").asLong()).isEqualTo(1);
        assertThat(first.get("lastPosition").asLong()).isEqualTo(3);
        assertThat(first.get("previousHash").asText()).isEqualTo("0".repeat(64));
        assertThat(first.get("events")).hasSize(3);
        JsonNode event = first.get("events").get(2);
        assertThat(event.get("position").asLong()).isEqualTo(3);
        assertThat(event.get("sequence").asLong()).isEqualTo(2);
        assertThat(event.get("type").asText()).isEqualTo("CrisisMovedToStage");
        assertThat(event.get("payload").asText()).startsWith("{\"crisisId\":\"case-a\"");
        JournalHead head = journal.head();
        assertThat(lines.get(10).get("hash").asText()).isEqualTo(head.hash());
    }

    @Test
    void a_case_export_holds_just_the_commits_of_that_case_in_order() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = JournalExport.write(out, journal.commitsOf("case-b"));

        List<JsonNode> lines = lines(out.toString(StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(5);
        assertThat(lines).extracting(line -> line.get("events").get(0).get("aggregateId").asText())
                         .containsOnly("case-b");
        assertThat(lines).extracting(line -> line.get("position").asLong()).isSorted();
    }

    @Test
    void the_export_ends_with_a_newline_so_every_commit_is_a_whole_line() {
        String all = exportAll();

        assertThat(all).endsWith("}\n");
        assertThat(all.split("\n", -1)).hasSize(12);
    }

    @Test
    void an_independent_script_recomputes_the_chain_and_proves_the_head() throws Exception {
        JournalHead head = journal.head();

        Result intact = independentCheck(exportAll(), "--anchor", head.position() + ":" + head.hash());

        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("11 commits read").endsWith("intact\n");
    }

    @Test
    void the_script_reads_texts_with_unicode_line_separators_as_one_line() throws Exception {
        journal.appendEvents(List.of(new GenericDomainEventMessage<>(
                "Crisis", "case-b", 5, new CrisisMovedToStage(new CaseId("case-b"), Stage.WATCH, Stage.ASSESSMENT,
                                                              "one\u2028two\u2029three \uD83D\uDC4D \u202Fend"),
                MetaData.from(Map.of("user", "tester", "role", "COORDINATOR")))));
        JournalHead head = journal.head();

        Result intact = independentCheck(exportAll(), "--anchor", head.position() + ":" + head.hash());

        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("12 commits read");
    }

    @Test
    void the_script_reads_the_export_of_one_case_as_intact() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JournalExport.write(out, journal.commitsOf("case-b"));

        Result intact = independentCheck(out.toString(StandardCharsets.UTF_8), "--case");
        Result asWholeJournal = independentCheck(out.toString(StandardCharsets.UTF_8));

        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(asWholeJournal.exitCode()).as("a case export is not the whole journal").isEqualTo(1);
    }

    @Test
    void the_script_finds_a_changed_payload() throws Exception {
        Result altered = independentCheck(exportAll().replaceFirst("step 2", "step 7"));

        assertThat(altered.exitCode()).isEqualTo(1);
        assertThat(altered.output()).startsWith("commit 1: stored hash").endsWith("NOT intact\n");
    }

    @Test
    void the_script_finds_changed_metadata() throws Exception {
        List<String> lines = exportAll().lines().toList();
        ObjectNode commit = (ObjectNode) JSON.readTree(lines.get(4));
        ObjectNode event = (ObjectNode) commit.get("events").get(0);
        event.put("metadata", event.get("metadata").asText().replace("tester", "forger"));

        Result altered = independentCheck(join(replace(lines, 4, JSON.writeValueAsString(commit))));

        assertThat(altered.exitCode()).isEqualTo(1);
        assertThat(altered.output()).startsWith("commit " + commit.get("position") + ": stored hash");
    }

    @Test
    void the_script_finds_a_commit_removed_from_the_middle_even_with_an_anchor() throws Exception {
        List<String> lines = new ArrayList<>(exportAll().lines().toList());
        long removed = JSON.readTree(lines.remove(5)).get("position").asLong();
        JournalHead head = journal.head();

        Result gap = independentCheck(join(lines), "--anchor", head.position() + ":" + head.hash());

        assertThat(gap.exitCode()).isEqualTo(1);
        assertThat(gap.output()).startsWith("no commit holds positions " + removed + " to " + removed)
                                .endsWith("NOT intact\n");
    }

    @Test
    void the_script_finds_commits_removed_from_the_end_by_the_anchor() throws Exception {
        List<String> lines = exportAll().lines().toList();
        JournalHead head = journal.head();

        Result cut = independentCheck(join(lines.subList(0, lines.size() - 1)),
                                      "--anchor", head.position() + ":" + head.hash());

        assertThat(cut.exitCode()).isEqualTo(1);
        assertThat(cut.output()).startsWith("the anchor " + head.position() + ":" + head.hash()
                                            + " lies beyond the last position");
    }

    @Test
    void the_script_takes_signed_digests_kept_elsewhere_as_anchors() throws Exception {
        JournalHead head = journal.head();
        Path kept = folder.resolve("digests.json");
        Files.writeString(kept, "{\"digests\":[{\"position\":" + head.position() + ",\"hash\":\"" + head.hash()
                + "\",\"time\":\"2026-11-28T10:00:00.000Z\",\"signature\":\"...\"}]}");
        assertThat(independentCheck(exportAll(), "--digests", kept.toString()).exitCode()).isZero();

        Forgery.rewriteFrom(store.database(), 9, payload -> payload.replace("step", "stop"));
        Result rewritten = independentCheck(exportAll(), "--digests", kept.toString());

        assertThat(rewritten.exitCode()).isEqualTo(1);
        assertThat(rewritten.output()).startsWith("the commit ending at " + head.position() + " has hash ")
                                      .contains("not the anchor's " + head.hash() + "\n").endsWith("NOT intact\n");
    }

    @Test
    void the_script_finds_commits_out_of_order() throws Exception {
        List<String> lines = new ArrayList<>(exportAll().lines().toList());
        Collections.swap(lines, 3, 4);

        Result reordered = independentCheck(join(lines));

        assertThat(reordered.exitCode()).isEqualTo(1);
        assertThat(reordered.output()).contains("commits are out of order or repeated");
    }

    @Test
    void the_script_finds_a_rewritten_commit_with_a_recomputed_hash() throws Exception {
        List<String> lines = exportAll().lines().toList();
        JsonNode original = JSON.readTree(lines.get(6));
        JsonNode event = original.get("events").get(0);
        Commit forged = Commit.seal(original.get("position").asLong(),
                                    Instant.ofEpochMilli(original.get("recordedAtMillis").asLong()),
                                    original.get("previousHash").asText(),
                                    List.of(new StoredEvent(event.get("id").asText(), "Crisis",
                                                            event.get("aggregateId").asText(),
                                                            event.get("sequence").asLong(), "CrisisMovedToStage",
                                                            "1", "{\"forged\":true}", "{}")));
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        JournalExport.write(line, Stream.of(forged));

        Result rewritten = independentCheck(join(replace(lines, 6, line.toString(StandardCharsets.UTF_8).trim())));

        assertThat(rewritten.exitCode()).isEqualTo(1);
        assertThat(rewritten.output()).startsWith("commit " + (forged.lastPosition() + 1)
                                                  + " does not follow the commit before it");
    }

    @Test
    void the_script_refuses_an_export_that_was_cut_off() throws Exception {
        String all = exportAll();

        Result cut = independentCheck(all.substring(0, all.length() - 1));

        assertThat(cut.exitCode()).isEqualTo(2);
        assertThat(cut.output()).contains("does not end with a newline");
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs the reference check on an export, as an auditor would: python3 with nothing but its standard library. */
    private Result independentCheck(String export, String... options) throws Exception {
        Path exported = Files.createTempFile(folder, "journal", ".jsonl");
        Files.writeString(exported, export);
        List<String> command = new ArrayList<>(List.of("python3", INDEPENDENT_CHECK.toString(), exported.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static List<String> replace(List<String> lines, int index, String line) {
        List<String> changed = new ArrayList<>(lines);
        changed.set(index, line);
        return changed;
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    private String exportAll() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeAll(out, 1);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<JsonNode> lines(String jsonLines) throws IOException {
        return jsonLines.lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
