package org.casebook.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.assessment;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import java.io.StringWriter;
import java.util.List;

import org.bson.Document;
import org.casebook.journal.store.Store;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.CommandLines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ./casebook verify --views} checks a stopped server's views against a fold of its journal. */
class VerifyViewsCommandTest {

    private CasebookInstance casebook;
    private String caseId;
    private long head;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void recordAndStop() {
        casebook = CasebookInstance.start();
        Api coordinator = casebook.as("COORDINATOR");
        caseId = coordinator.post("/api/crises", openCase()).id();
        coordinator.post("/api/crises/" + caseId + "/assessments", assessment("First look"));
        head = coordinator.post("/api/crises/" + caseId + "/decisions", decision("Deploy", null)).position();
        for (String path : List.of("/api/crises", "/api/crises/" + caseId, "/api/crises/" + caseId + "/timeline",
                                   "/api/responders", "/api/crises/" + caseId + "/deployments",
                                   "/api/funding-sources", "/api/handovers")) {
            assertThat(coordinator.get(path + "?after=" + head).status()).isEqualTo(200);
        }
        assertThat(casebook.as("AUDITOR").get("/api/crises/" + caseId + "/as-of?position=" + head).status())
                .isEqualTo(200);
        casebook.stop();
    }

    @AfterEach
    void close() {
        casebook.close();
    }

    @Test
    void untouched_views_verify_and_an_edited_one_is_named() {
        assertThat(verifyViews()).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("view board: 1 documents").contains("as the journal says")
                                  .doesNotContain("differ");

        try (Store store = Store.embedded(casebook.dataDirectory(), 0, casebook.storeOptions().get(3))) {
            store.database().getCollection("view_board").updateOne(new Document("_id", caseId),
                    new Document("$set", new Document("title", "Edited behind Casebook's back")));
        }
        out.getBuffer().setLength(0);

        assertThat(verifyViews()).isEqualTo(CasebookCommand.NO);
        assertThat(out.toString()).contains("view board: 1 documents up to position " + head + ": 1 differ")
                                  .contains("ALTERED view_board " + caseId);
    }

    private int verifyViews() {
        return CommandLines.runOn(casebook, out, err, "verify", "--views");
    }
}
