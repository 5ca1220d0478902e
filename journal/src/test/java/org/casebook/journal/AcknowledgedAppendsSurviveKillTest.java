package org.casebook.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.casebook.journal.store.EmbeddedStore;
import org.casebook.journal.testing.StoredJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An append is acknowledged only once durable: SIGKILL of the process loses nothing it acknowledged. */
class AcknowledgedAppendsSurviveKillTest {

    private static final int ACKNOWLEDGEMENTS_BEFORE_KILL = 400;

    @TempDir
    Path data;

    @Test
    void every_acknowledged_commit_is_there_after_the_process_is_killed() throws Exception {
        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                                           DurabilityProbe.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKNOWLEDGEMENTS_BEFORE_KILL && (line = out.readLine()) != null) {
                acknowledged.add(Long.parseLong(line.substring("ACK ".length())));
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGEMENTS_BEFORE_KILL);

        try (EmbeddedStore reopened = EmbeddedStore.open(data)) {
            StoredJournal stored = new StoredJournal(reopened.client().getDatabase("casebook"));
            long storedHead = stored.commits().get(stored.commits().size() - 1).lastPosition();
            assertThat(storedHead).isGreaterThanOrEqualTo(acknowledged.stream().max(Long::compare).orElseThrow());
            assertThat(stored.firstBrokenLink()).isNull();
        }
    }

    @Test
    void what_is_written_outside_the_journal_is_committed_in_the_background_before_a_kill() throws Exception {
        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                                           DurabilityProbe.class.getName(), data.toString(), "note")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("NOTED");
            Thread.sleep(5L * EmbeddedStore.COMMIT_EVERY_MS);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        try (EmbeddedStore reopened = EmbeddedStore.open(data)) {
            assertThat(reopened.client().getDatabase("casebook").getCollection(DurabilityProbe.NOTES)
                               .countDocuments()).isEqualTo(1);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
