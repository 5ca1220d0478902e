package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.openCase;
import static org.casebook.server.testing.Bodies.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The actuator as an operations team meets it: probes anyone may ask, saying a status and nothing more; metrics in
 * Prometheus' text for admins and the metrics account alone; info with the version and the journal's head.
 */
class OperationsEndpointsApiTest {

    private static final String SCRAPER = "prometheus";

    private static CasebookInstance casebook;

    @BeforeAll
    static void start() {
        casebook = CasebookInstance.start(CasebookInstance.anotherUser(SCRAPER, "METRICS", Map.of()));
    }

    @AfterAll
    static void stop() {
        casebook.close();
    }

    @Test
    void the_probes_answer_anyone_with_a_status_and_nothing_more() {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness",
                                          "/actuator/health/readiness"}) {
            Api.Response answer = casebook.anonymous().get(probe);

            assertThat(answer.status()).as(probe).isEqualTo(200);
            assertThat(answer.json().get("status").asText()).as(probe).isEqualTo("UP");
            List<String> fields = new ArrayList<>();
            answer.json().fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as(probe + " says its status (and its groups' names) alone")
                              .isSubsetOf("status", "groups");
        }
    }

    @Test
    void readiness_shows_an_admin_the_journal_head_it_checked() {
        long head = casebook.head();

        JsonNode readiness = casebook.as("ADMIN").get("/actuator/health/readiness").json();

        assertThat(readiness.at("/components/journal/status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/journal/details/head").asLong()).isGreaterThanOrEqualTo(head);
        assertThat(readiness.at("/components/readinessState/status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheus_reads_commands_appends_the_head_views_reports_and_verifications() {
        Api coordinator = casebook.as("COORDINATOR");
        String caseId = coordinator.post("/api/crises", openCase("Metered", "SD", null)).id();
        Api.Response skipped = coordinator.post("/api/crises/" + caseId + "/stage", stage("OPERATIONS", null, null));
        assertThat(skipped.status()).as(skipped.body()).isEqualTo(422);
        assertThat(coordinator.get("/api/crises/" + caseId + "/report?format=json").status()).isEqualTo(200);

        Api.Response scrape = scraper().get("/actuator/prometheus");

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body())
                .containsPattern("casebook_commands_total\\{[^}]*outcome=\"recorded\"[^}]*type=\"[A-Za-z]+\"")
                .containsPattern("casebook_commands_total\\{[^}]*outcome=\"refused\"[^}]*type=\"[A-Za-z]+\"")
                .containsPattern("casebook_journal_append_seconds_count\\{[^}]*outcome=\"stored\"[^}]*\\} [1-9]")
                .containsPattern("casebook_journal_head_position(\\{[^}]*\\})? [1-9]")
                .containsPattern("casebook_view_lag_positions\\{[^}]*view=\"case-file\"")
                .containsPattern("casebook_view_position\\{[^}]*view=\"board\"")
                .containsPattern("casebook_view_dead_letters\\{[^}]*view=\"case-file\"[^}]*\\} 0")
                .containsPattern("casebook_report_build_seconds_count\\{[^}]*type=\"case\"")
                .contains("casebook_verification_seconds_count");
    }

    @Test
    void info_tells_the_version_and_the_journal_head() {
        long head = casebook.head();

        JsonNode info = scraper().get("/actuator/info").json();

        assertThat(info.at("/casebook/version").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(info.at("/casebook/journal/position").asLong()).isGreaterThanOrEqualTo(head);
        assertThat(info.at("/casebook/journal/hash").asText()).hasSize(64);
    }

    @Test
    void metrics_and_info_are_refused_to_anyone_but_admins_and_the_metrics_account() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/info"}) {
            assertThat(casebook.anonymous().get(path).status()).as(path).isEqualTo(401);
            assertThat(casebook.as("COORDINATOR").get(path).status()).as(path).isEqualTo(403);
            assertThat(casebook.as("AUDITOR").get(path).status()).as(path).isEqualTo(403);
            assertThat(casebook.as("ADMIN").get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(scraper().get("/actuator/env").status()).isEqualTo(403);
        assertThat(scraper().get("/api/crises").status()).as("the metrics account reads no case").isEqualTo(403);
    }

    private static Api scraper() {
        return new Api(casebook.baseUrl(), SCRAPER, CasebookInstance.PASSWORD);
    }
}
