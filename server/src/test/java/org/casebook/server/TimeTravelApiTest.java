package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.assessment;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;
import static org.casebook.server.testing.Bodies.stage;
import static org.casebook.server.testing.Bodies.with;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Auditors see a case and the board as they were, what changed, and what was known at a decision. */
class TimeTravelApiTest {

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api auditor = casebook.as("AUDITOR");
    private static String caseId;
    private static long openedAt;
    private static long decidedAt;
    private static long movedAt;

    @BeforeAll
    static void record() {
        Api coordinator = casebook.as("COORDINATOR");
        Api.Response opened = coordinator.post("/api/crises", with(openCase("Sahel drought", "ML", null),
                                                                   "effectiveAt", "2025-12-01T00:00:00Z"));
        caseId = opened.id();
        openedAt = opened.position();
        coordinator.post("/api/crises/" + caseId + "/assessments", assessment("First look"));
        decidedAt = coordinator.post("/api/crises/" + caseId + "/decisions", decision("Pre-position food", null))
                               .position();
        movedAt = coordinator.post("/api/crises/" + caseId + "/stage", stage("ASSESSMENT", null, null)).position();
        coordinator.post("/api/crises/" + caseId + "/assessments",
                         with(assessment("Rains failed earlier than known"), "effectiveAt", "2026-01-01T00:00:00Z"));
    }

    @Test
    void a_case_file_as_of_a_position_is_the_case_as_it_was_then() {
        JsonNode asOf = auditor.get("/api/crises/" + caseId + "/as-of?position=" + decidedAt).json();

        assertThat(asOf.get("asOf").asText()).isEqualTo("position " + decidedAt);
        assertThat(asOf.get("caseFile").get("stage").asText()).isEqualTo("WATCH");
        assertThat(asOf.get("caseFile").get("decisions")).hasSize(1);
        assertThat(asOf.get("caseFile").get("version").asLong()).isEqualTo(3);
    }

    @Test
    void the_effective_clock_shows_the_late_assessment_the_recorded_clock_does_not() {
        String recordedTimeOfDecision = auditor.get("/api/crises/" + caseId + "/as-of?position=" + decidedAt).json()
                                               .get("caseFile").get("lastActivityAt").asText();

        JsonNode recorded = auditor.get("/api/crises/" + caseId + "/as-of?recordedAt=" + recordedTimeOfDecision)
                                   .json().get("caseFile");
        JsonNode effective = auditor.get("/api/crises/" + caseId + "/as-of?effectiveAt=" + recordedTimeOfDecision)
                                    .json().get("caseFile");

        assertThat(recorded.get("assessmentCount").asInt()).isEqualTo(1);
        assertThat(effective.get("assessmentCount").asInt()).isEqualTo(2);
    }

    @Test
    void a_diff_lists_only_fields_that_really_changed() {
        for (String between : List.of("from=" + (openedAt - 1) + "&to=" + openedAt,
                                      "from=" + openedAt + "&to=" + (openedAt - 1),
                                      "from=" + openedAt + "&to=" + decidedAt)) {
            JsonNode changes = auditor.get("/api/crises/" + caseId + "/diff?clock=position&" + between).json()
                                      .get("changes");

            assertThat(changes).as(between).isNotEmpty();
            assertThat(changes).as(between).allSatisfy(change -> assertThat(
                    nothing(change.get("before")) && nothing(change.get("after")))
                    .as(between + ": " + change).isFalse());
        }
    }

    /** No value: absent, null, or an empty list or object. */
    private static boolean nothing(JsonNode value) {
        return value == null || value.isNull() || (value.isContainerNode() && value.isEmpty());
    }

    @Test
    void the_board_as_of_a_position_before_the_opening_does_not_show_the_case() {
        JsonNode before = auditor.get("/api/crises/as-of?position=" + (openedAt - 1)).json();
        JsonNode after = auditor.get("/api/crises/as-of?position=" + openedAt + "&country=ML").json();

        assertThat(before.get("items").findValuesAsText("id")).doesNotContain(caseId);
        assertThat(after.get("items").findValuesAsText("id")).containsExactly(caseId);
    }

    @Test
    void a_diff_names_the_entries_and_fields_that_changed() {
        JsonNode diff = auditor.get("/api/crises/" + caseId + "/diff?clock=position&from=" + decidedAt + "&to="
                                    + movedAt).json();

        assertThat(diff.get("entriesAdded")).hasSize(1);
        assertThat(diff.get("entriesAdded").get(0).get("type").asText()).isEqualTo("CrisisMovedToStage");
        assertThat(diff.get("changes").findValuesAsText("field")).contains("stage");
    }

    @Test
    void known_at_a_decision_shows_the_assessment_then_and_the_late_entry() {
        JsonNode context = auditor.get("/api/crises/" + caseId + "/decisions/D-1/known-then").json();

        assertThat(context.get("assessmentThen").get("assessmentId").asText()).isEqualTo("A-1");
        assertThat(context.get("caseFileBefore").get("decisions")).isEmpty();
        assertThat(context.get("lateEntries")).hasSize(1);
        assertThat(context.get("lateEntries").get(0).get("payload").get("assessmentId").asText()).isEqualTo("A-2");
    }

    @Test
    void asking_as_of_nothing_or_two_things_is_400_and_an_unknown_case_404() {
        assertThat(auditor.get("/api/crises/" + caseId + "/as-of").status()).isEqualTo(400);
        assertThat(auditor.get("/api/crises/" + caseId + "/as-of?position=3&recordedAt=2026-01-01T00:00:00Z")
                          .status()).isEqualTo(400);
        assertThat(auditor.get("/api/crises/" + caseId + "/as-of?recordedAt=yesterday").json()
                          .get("errors").get(0).get("field").asText()).isEqualTo("recordedAt");
        assertThat(auditor.get("/api/crises/" + caseId + "/diff?clock=lunar&from=1&to=2").status()).isEqualTo(400);
        assertThat(auditor.get("/api/crises/no-such-case/as-of?position=5").status()).isEqualTo(404);
        assertThat(auditor.get("/api/crises/" + caseId + "/as-of?position=" + (openedAt - 1)).status()).isEqualTo(404);
    }

    @Test
    void each_look_into_the_past_is_in_the_access_log() {
        auditor.get("/api/crises/" + caseId + "/as-of?position=" + decidedAt);

        JsonNode newest = auditor.get("/api/audit/access-log?size=1").json().get("items").get(0);
        assertThat(newest.get("action").asText()).isEqualTo("case file as of");
        assertThat(newest.get("user").asText()).isEqualTo("auditor");
        assertThat(newest.get("details").get("case").asText()).isEqualTo(caseId);
    }
}
