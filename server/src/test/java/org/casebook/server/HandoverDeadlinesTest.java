package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * Deadlines on a clock the test moves: an unanswered handover escalates after 72 hours and lapses after 7 days,
 * each exactly once, across a restart and with two servers checking; an old assessment flags the case.
 */
class HandoverDeadlinesTest {

    @Test
    void an_unanswered_handover_escalates_once_after_a_restart_then_lapses_once_with_two_servers_checking()
            throws InterruptedException {
        MovableClock clock = new MovableClock();
        try (CasebookInstance casebook = CasebookInstance.startCheckingDeadlinesOften(clock)) {
            Api capital = casebook.as("COORDINATOR");
            String kase = capital.post("/api/crises", Bodies.openCase()).id();
            Api.Response proposed = capital.post("/api/crises/" + kase + "/handovers",
                                                 Bodies.handover(CasebookInstance.FIELD_BODY, "2027-03-01"));
            assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
            clock.advance(Duration.ofHours(71));
            Thread.sleep(1_000);
            assertThat(casebook.entries(kase, "HandoverEscalated")).isZero();
            casebook.stop();

            clock.advance(Duration.ofHours(2));
            casebook.restart();
            casebook.awaitEntry(kase, "HandoverEscalated");
            Thread.sleep(1_000);
            assertThat(casebook.entries(kase, "HandoverEscalated")).isEqualTo(1);
            assertThat(casebook.boardRow(kase, casebook.head()).get("flags").toString())
                    .contains("handover-escalated");

            try (CasebookInstance second = casebook.alongside()) {
                clock.advance(Duration.ofDays(5));
                casebook.awaitEntry(kase, "HandoverLapsed");
                Thread.sleep(1_000);
                assertThat(casebook.entries(kase, "HandoverLapsed")).isEqualTo(1);
                assertThat(second.entries(kase, "HandoverEscalated")).isEqualTo(1);
            }
            JsonNode row = casebook.boardRow(kase, casebook.head());
            assertThat(row.get("pendingHandovers")).isEmpty();
            assertThat(row.get("leadBody").asText()).isEqualTo("CRSG");
        }
    }

    @Test
    void a_case_in_operations_is_flagged_when_its_assessment_grows_old_and_cleared_by_a_new_one() {
        MovableClock clock = new MovableClock();
        try (CasebookInstance casebook = CasebookInstance.start(Map.of(), clock)) {
            Api capital = casebook.as("COORDINATOR");
            String kase = capital.post("/api/crises", Bodies.openCase("Grid failure", "LB", "OPERATIONS")).id();
            capital.post("/api/crises/" + kase + "/assessments", Bodies.assessment("Baseline"));
            assertThat(flags(casebook, kase)).doesNotContain("assessment-overdue");

            clock.advance(Duration.ofDays(91));
            assertThat(flags(casebook, kase)).contains("assessment-overdue");
            assertThat(casebook.as("AUDITOR").get("/api/crises/" + kase + "?after=" + casebook.head())
                               .json().get("flags").toString()).contains("assessment-overdue");

            capital.post("/api/crises/" + kase + "/assessments", Bodies.assessment("Reassessed"));
            assertThat(flags(casebook, kase)).doesNotContain("assessment-overdue");
        }
    }

    private static String flags(CasebookInstance casebook, String kase) {
        return casebook.boardRow(kase, casebook.head()).get("flags").toString();
    }
}
