package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.assessment;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;
import static org.casebook.server.testing.Bodies.stage;
import static org.casebook.server.testing.Bodies.with;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A coordinator works a case through the API; the views show it, with who recorded what and when. */
class CaseLifecycleApiTest {

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");
    private static final Api auditor = casebook.as("AUDITOR");

    @Test
    void an_opened_case_is_on_the_board_in_its_case_file_and_on_its_timeline() {
        Api.Response opened = coordinator.post("/api/crises", openCase("Darfur border", "SD", null));

        assertThat(opened.status()).isEqualTo(201);
        String id = opened.id();
        long position = opened.position();
        assertThat(opened.header("Location")).isEqualTo("/api/crises/" + id);
        assertThat(opened.header("ETag")).isEqualTo("\"1\"");
        assertThat(opened.json().get("version").asLong()).isEqualTo(1);
        assertThat(opened.json().get("entries").get(0).get("type").asText()).isEqualTo("CrisisOpened");

        JsonNode file = auditor.get("/api/crises/" + id + "?after=" + position).json();
        assertThat(file.get("title").asText()).isEqualTo("Darfur border");
        assertThat(file.get("stage").asText()).isEqualTo("WATCH");
        assertThat(file.get("country").asText()).isEqualTo("SD");
        assertThat(file.get("opened").get("user").asText()).isEqualTo("coordinator");
        assertThat(file.get("opened").get("role").asText()).isEqualTo("COORDINATOR");
        assertThat(file.get("version").asLong()).isEqualTo(1);

        JsonNode board = auditor.get("/api/crises?country=SD&after=" + position).json();
        assertThat(rowOf(board, id).get("title").asText()).isEqualTo("Darfur border");
        assertThat(rowOf(board, id).get("leadBody").asText()).isEqualTo("CRSG");

        JsonNode timeline = auditor.get("/api/crises/" + id + "/timeline?after=" + position).json();
        assertThat(timeline.get("entries")).hasSize(1);
        JsonNode first = timeline.get("entries").get(0);
        assertThat(first.get("position").asLong()).isEqualTo(position);
        assertThat(first.get("eventId").asText()).isEqualTo(opened.json().get("entries").get(0).get("eventId").asText());
        assertThat(first.get("payload").get("title").asText()).isEqualTo("Darfur border");
        assertThat(first.get("summary").asText()).contains("Darfur border");
    }

    @Test
    void a_decision_records_the_assessment_current_then_and_marks_what_it_supersedes() {
        String id = open();
        coordinator.post(path(id, "assessments"), assessment("First look"));
        Api.Response second = coordinator.post(path(id, "assessments"), assessment("Second look"));
        assertThat(second.json().get("assessmentId").asText()).isEqualTo("A-2");
        Api.Response first = coordinator.post(path(id, "decisions"), decision("Deploy a field ACT", null));
        assertThat(first.json().get("decisionId").asText()).isEqualTo("D-1");
        Api.Response replacing = coordinator.post(path(id, "decisions"), decision("Deploy two field ACTs", "D-1"));
        assertThat(replacing.status()).isEqualTo(200);
        assertThat(replacing.json().get("version").asLong()).isEqualTo(5);

        long position = replacing.position();
        JsonNode file = auditor.get("/api/crises/" + id + "?after=" + position).json();
        JsonNode decisions = file.get("decisions");
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).get("superseded").asBoolean()).isTrue();
        assertThat(decisions.get(0).get("supersededBy").asText()).isEqualTo("D-2");
        assertThat(decisions.get(1).get("supersedes").asText()).isEqualTo("D-1");
        assertThat(decisions.get(1).get("currentAssessment").asText()).isEqualTo("A-2");
        assertThat(decisions.get(1).get("optionsConsidered")).hasSize(2);
        assertThat(decisions.get(1).get("authority").asText()).isEqualTo("Policy statement PS-2026-04");
        assertThat(file.get("currentAssessment").get("assessmentId").asText()).isEqualTo("A-2");
        assertThat(file.get("assessmentCount").asInt()).isEqualTo(2);

        JsonNode row = rowOf(auditor.get("/api/crises?after=" + position + "&size=200").json(), id);
        assertThat(row.get("decisionCount").asInt()).isEqualTo(2);
        assertThat(row.get("latestDecision").asText()).isEqualTo("D-2: Deploy two field ACTs");
    }

    @Test
    void a_case_moves_through_its_stages_closes_with_an_outcome_and_reopens_where_it_was() {
        String id = open();
        for (String next : List.of("ASSESSMENT", "POLICY", "PLANNING", "OPERATIONS", "TRANSITION")) {
            assertThat(coordinator.post(path(id, "stage"), stage(next, null, null)).status()).isEqualTo(200);
        }
        coordinator.post(path(id, "stage"), stage("CLOSED", null, "Lead handed to the embassy"));
        Api.Response reopened = coordinator.post(path(id, "reopen"), Map.of("reason", "Renewed raids"));

        JsonNode file = auditor.get("/api/crises/" + id + "?after=" + reopened.json().get("position")).json();
        assertThat(file.get("stage").asText()).isEqualTo("TRANSITION");
        List<String> stages = new ArrayList<>();
        file.get("stageHistory").forEach(change -> stages.add(change.get("to").asText()));
        assertThat(stages).containsExactly("WATCH", "ASSESSMENT", "POLICY", "PLANNING", "OPERATIONS", "TRANSITION",
                                           "CLOSED", "TRANSITION");
        assertThat(file.get("stageHistory").get(6).get("outcome").asText()).isEqualTo("Lead handed to the embassy");
        assertThat(file.get("stageHistory").get(7).get("reason").asText()).isEqualTo("Renewed raids");
    }

    @Test
    void a_correction_is_shown_beside_the_entry_it_corrects() {
        String id = open();
        Api.Response decided = coordinator.post(path(id, "decisions"), decision("Deploy to El Geneina", null));
        String decisionEvent = decided.json().get("entries").get(0).get("eventId").asText();

        Api.Response corrected = coordinator.post(path(id, "corrections"), Map.of(
                "correctsEventId", decisionEvent, "reason", "Wrong town", "correctedText", "Deploy to Nyala"));

        assertThat(corrected.status()).isEqualTo(200);
        String correctionEvent = corrected.json().get("entries").get(0).get("eventId").asText();
        long position = corrected.position();
        JsonNode decision = auditor.get("/api/crises/" + id + "?after=" + position).json().get("decisions").get(0);
        assertThat(decision.get("decision").asText()).isEqualTo("Deploy to El Geneina");
        assertThat(decision.get("corrected").asBoolean()).isTrue();
        assertThat(decision.get("corrections").get(0).get("correctedText").asText()).isEqualTo("Deploy to Nyala");
        assertThat(decision.get("corrections").get(0).get("reason").asText()).isEqualTo("Wrong town");

        JsonNode entries = auditor.get("/api/crises/" + id + "/timeline?after=" + position).json().get("entries");
        assertThat(entries.get(1).get("correctedBy").get(0).asText()).isEqualTo(correctionEvent);
        assertThat(entries.get(2).get("corrects").asText()).isEqualTo(decisionEvent);
        assertThat(entries.get(2).get("type").asText()).isEqualTo("EntryCorrected");
    }

    @Test
    void a_late_entry_keeps_its_effective_time_and_is_recorded_at_the_server_time() {
        String id = open(with(openCase(), "effectiveAt", "2026-01-01T00:00:00Z"));
        Instant before = Instant.now().minusSeconds(1);
        Api.Response late = coordinator.post(path(id, "decisions"), with(decision("Evacuate staff", null),
                                                                         "effectiveAt", "2026-01-15T08:30:00Z"));

        JsonNode entry = auditor.get("/api/crises/" + id + "/timeline?after=" + late.json().get("position"))
                                .json().get("entries").get(1);
        assertThat(entry.get("effectiveAt").asText()).isEqualTo("2026-01-15T08:30:00Z");
        Instant recordedAt = Instant.parse(entry.get("recordedAt").asText());
        assertThat(recordedAt).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(entry.get("user").asText()).isEqualTo("coordinator");
    }

    @Test
    void every_entry_carries_who_in_which_role_when_and_its_correlation() {
        Api.Response opened = coordinator.post("/api/crises", openCase(), Map.of("X-Correlation-Id", "request-42"));
        String id = opened.id();

        DomainEventMessage<?> stored = casebook.bean(JournalStorageEngine.class).readEvents(id).next();

        assertThat(stored.getMetaData()).containsEntry("user", "coordinator")
                                        .containsEntry("role", "COORDINATOR")
                                        .containsEntry("correlationId", "request-42")
                                        .containsKeys("causationId", "effectiveAt");
        assertThat(stored.getMetaData().get("causationId")).isNotEqualTo(stored.getIdentifier());
        assertThat(Instant.parse((String) stored.getMetaData().get("effectiveAt")))
                .isBetween(Instant.now().minusSeconds(60), Instant.now());
    }

    @Test
    void the_board_filters_by_stage_and_country_and_pages_most_recent_first() {
        String ukraine = open(openCase("Donbas ceasefire", "UA", "POLICY"));
        String haiti = open(openCase("Port-au-Prince gangs", "HT", "POLICY"));
        Api.Response last = coordinator.post("/api/crises", openCase("Haiti elections", "HT", "WATCH"));
        String after = "&after=" + last.json().get("position");

        JsonNode policyInHaiti = auditor.get("/api/crises?stage=POLICY&country=HT" + after).json();
        assertThat(ids(policyInHaiti)).contains(haiti).doesNotContain(ukraine, last.id());

        JsonNode firstPage = auditor.get("/api/crises?size=1&page=0" + after).json();
        assertThat(ids(firstPage)).containsExactly(last.id());
        assertThat(firstPage.get("total").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode secondPage = auditor.get("/api/crises?size=1&page=1" + after).json();
        assertThat(ids(secondPage)).containsExactly(haiti);
    }

    @Test
    void the_journal_head_is_the_digest_of_the_last_commit() {
        Api.Response opened = coordinator.post("/api/crises", openCase());

        JsonNode head = casebook.as("ADMIN").get("/api/journal/head").json();

        assertThat(head.get("position").asLong()).isGreaterThanOrEqualTo(opened.position());
        assertThat(head.get("hash").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void a_case_file_is_not_sent_again_while_its_version_is_unchanged() {
        Api.Response opened = coordinator.post("/api/crises", openCase());
        String id = opened.id();
        String tag = auditor.get("/api/crises/" + id + "?after=" + opened.json().get("position")).header("ETag");

        Api.Response again = auditor.get("/api/crises/" + id, Map.of("If-None-Match", tag));

        assertThat(tag).startsWith("\"1-");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.header("ETag")).isEqualTo(tag);
    }

    @Test
    void read_your_writes_waits_for_the_view_and_the_view_then_shows_the_write() {
        String id = open();
        long slowest = 0;
        for (int i = 0; i < 10; i++) {
            Api.Response moved = coordinator.post(path(id, "decisions"), decision("Decision " + i, null));
            long started = System.nanoTime();
            JsonNode file = auditor.get("/api/crises/" + id + "?after=" + moved.json().get("position")).json();
            slowest = Math.max(slowest, System.nanoTime() - started);
            assertThat(file.get("version").asLong()).isEqualTo(moved.json().get("version").asLong());
        }
        assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofSeconds(5));
    }

    private static String open() {
        return open(openCase());
    }

    private static String open(Map<String, Object> body) {
        Api.Response opened = coordinator.post("/api/crises", body);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.id();
    }

    private static String path(String id, String command) {
        return "/api/crises/" + id + "/" + command;
    }

    private static JsonNode rowOf(JsonNode board, String id) {
        for (JsonNode row : board.get("items")) {
            if (row.get("id").asText().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("case " + id + " is not on the board: " + board);
    }

    private static List<String> ids(JsonNode board) {
        List<String> ids = new ArrayList<>();
        board.get("items").forEach(row -> ids.add(row.get("id").asText()));
        return ids;
    }
}
