package org.casebook.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;
import static org.casebook.server.testing.Bodies.stage;

import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.CommandLines;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code ./casebook as-of} shows a case, or the board, as it was, from a stopped server's store. */
class AsOfCommandTest {

    @AutoClose
    private static CasebookInstance casebook;
    private static String caseId;
    private static long decidedAt;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void recordAndStop() {
        casebook = CasebookInstance.start();
        Api coordinator = casebook.as("COORDINATOR");
        caseId = coordinator.post("/api/crises", openCase()).id();
        decidedAt = coordinator.post("/api/crises/" + caseId + "/decisions", decision("Act", null)).position();
        long last = coordinator.post("/api/crises/" + caseId + "/stage", stage("ASSESSMENT", null, null)).position();
        casebook.as("AUDITOR").get("/api/crises/" + caseId + "/as-of?position=" + last);
        casebook.stop();
    }

    @Test
    void a_case_as_of_a_position_is_printed_as_it_was() throws Exception {
        int exit = casebook("as-of", caseId, "--position", String.valueOf(decidedAt));

        assertThat(exit).as(err.toString()).isEqualTo(CasebookCommand.DONE);
        JsonNode file = new ObjectMapper().readTree(out.toString());
        assertThat(file.get("stage").asText()).isEqualTo("WATCH");
        assertThat(file.get("decisions")).hasSize(1);
    }

    @Test
    void without_a_case_the_board_as_of_then_is_printed() throws Exception {
        int exit = casebook("as-of", "--recorded-at", "2999-01-01T00:00:00Z");

        assertThat(exit).isEqualTo(CasebookCommand.DONE);
        JsonNode board = new ObjectMapper().readTree(out.toString());
        assertThat(board.findValuesAsText("id")).contains(caseId);
        assertThat(board.findValuesAsText("stage")).contains("ASSESSMENT");
    }

    @Test
    void a_case_not_opened_by_then_exits_1() {
        assertThat(casebook("as-of", caseId, "--effective-at", "2000-01-01T00:00:00Z")).isEqualTo(CasebookCommand.NO);
        assertThat(err.toString()).contains("did not exist as of effective 2000-01-01T00:00:00Z");
    }

    @Test
    void a_moment_is_required_and_must_be_well_formed() {
        assertThat(casebook("as-of", caseId)).isEqualTo(CasebookCommand.COULD_NOT);
        assertThat(casebook("as-of", caseId, "--recorded-at", "yesterday")).isEqualTo(CasebookCommand.COULD_NOT);
        assertThat(err.toString()).contains("--recorded-at: an ISO-8601 instant");
    }

    private int casebook(String... arguments) {
        return CommandLines.runOn(casebook, out, err, arguments);
    }
}
