package org.casebook.journal.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.journal.testing.TestEvents.event;
import static org.casebook.journal.testing.TestEvents.events;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebook.journal.JournalHead;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.testing.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Lines export holds what a third party needs to recompute the chain with their own tools. */
class JournalExportTest {

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
    void an_independent_script_recomputes_the_chain_from_the_export() throws Exception {
        Path exported = folder.resolve("journal.jsonl");
        Files.writeString(exported, exportAll());
        JournalHead head = journal.head();

        Result intact = independentCheck(exported, head.position() + ":" + head.hash());

        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("11 commits read").contains("intact");

        Files.writeString(exported, exportAll().replaceFirst("step 2", "step 7"));
        Result altered = independentCheck(exported, null);

        assertThat(altered.exitCode()).isEqualTo(1);
        assertThat(altered.output()).startsWith("commit 1: stored hash").contains("NOT intact");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result independentCheck(Path exported, String anchor) throws Exception {
        assumeTrue(pythonIsThere(), "python3 is needed to run the independent check");
        List<String> command = anchor == null
                ? List.of("python3", INDEPENDENT_CHECK.toString(), exported.toString())
                : List.of("python3", INDEPENDENT_CHECK.toString(), exported.toString(), "--anchor", anchor);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static boolean pythonIsThere() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private String exportAll() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeAll(out, 1);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<JsonNode> lines(String jsonLines) throws IOException {
        ObjectMapper json = new ObjectMapper();
        return jsonLines.lines().map(line -> {
            try {
                return json.readTree(line);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
