package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Problems.assertRefused;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Coordinators move money over HTTP, from allocation to disbursement; the caps hold however requests race. */
class FundsApiTest {

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");

    @Test
    void money_moves_from_allocation_to_obligation_to_disbursement_with_exact_amounts() {
        String source = registerSource("Overseas Contingency Operations", 2026, "1000.00");
        String kase = newCase();

        Api.Response allocated = post(kase, "allocations", Map.of(
                "sourceId", source, "project", "Police training", "sector", "SECURITY", "amount", "600.10"));
        assertThat(allocated.json().get("entry").asText()).isEqualTo("AL-1");
        Api.Response obligated = post(kase, "obligations", Map.of(
                "sourceId", source, "allocation", "A-1", "amount", 600.10, "description", "Training contract"));
        assertThat(obligated.json().get("entry").asText()).isEqualTo("O-1");
        Api.Response disbursed = post(kase, "disbursements", Map.of(
                "sourceId", source, "obligation", "O-1", "amount", "0.10", "description", "Advance"));
        assertThat(disbursed.json().get("entry").asText()).isEqualTo("P-1");

        long last = post(kase, "adjustments", Map.of("sourceId", source, "entry", "O-1", "change", "-100.00",
                                                     "reason", "De-obligated: smaller contract")).position();

        JsonNode ledger = casebook.as("REPORTER").get("/api/funding-sources/" + source + "?after=" + last).json();
        assertThat(ledger.get("cap").asText()).isEqualTo("1000.00");
        assertThat(ledger.get("totals").toString())
                .isEqualTo("{\"allocated\":\"600.10\",\"obligated\":\"500.10\",\"disbursed\":\"0.10\"}");
        assertThat(ledger.get("remaining").asText()).isEqualTo("399.90");
        assertThat(ledger.get("byCase").get(kase)).isEqualTo(ledger.get("totals"));
        assertThat(ledger.get("bySector").get("SECURITY")).isEqualTo(ledger.get("totals"));
        assertThat(ledger.get("movements")).hasSize(4);
        assertThat(ledger.get("movements").get(3).get("adjusts").asText()).isEqualTo("O-1");
        assertThat(ledger.get("movements").get(3).get("user").asText()).isEqualTo("coordinator");
        JsonNode board = coordinator.get("/api/crises?size=200&after=" + last).json();
        JsonNode row = null;
        for (JsonNode item : board.get("items")) {
            row = item.get("id").asText().equals(kase) ? item : row;
        }
        assertThat(row.get("fundsObligated").asText()).isEqualTo("500.10");
        assertThat(row.get("title").asText()).isNotBlank();
        JsonNode file = casebook.as("REPORTER").get("/api/crises/" + kase + "?after=" + last).json();
        assertThat(file.get("fundsObligated").asText()).isEqualTo("500.10");
        assertThat(file.get("stage").asText()).isEqualTo(row.get("stage").asText());
        JsonNode funds = casebook.as("AUDITOR").get("/api/crises/" + kase + "/funds?after=" + last).json();
        assertThat(funds.get("totals")).isEqualTo(ledger.get("totals"));
        assertThat(funds.get("bySource").get(source)).isEqualTo(ledger.get("totals"));

        Api.Response over = coordinator.post("/api/crises/" + kase + "/funds/disbursements", Map.of(
                "sourceId", source, "obligation", "O-1", "amount", "600.01", "description", "Too much"));
        assertRefused(over, "obligation-exceeded");
        assertThat(over.json().get("detail").asText()).endsWith("500.00 remains");
    }

    @Test
    void an_allocation_is_numbered_apart_from_the_assessments_of_its_case_and_its_old_number_still_works() {
        String source = registerSource("Conflict Stabilization Operations", 2026, "500.00");
        String kase = newCase();
        String assessment = coordinator.post("/api/crises/" + kase + "/assessments", Bodies.assessment("Tense"))
                                       .json().get("assessmentId").asText();

        String allocation = post(kase, "allocations", Map.of("sourceId", source, "project", "Radio",
                                                             "sector", "SECURITY", "amount", "300.00"))
                .json().get("entry").asText();
        post(kase, "obligations", Map.of("sourceId", source, "allocation", allocation, "amount", "100.00",
                                         "description", "By its number"));
        long last = post(kase, "obligations", Map.of("sourceId", source, "allocation", "A-1", "amount", "100.00",
                                                     "description", "By the number it had before")).position();
        Api.Response over = coordinator.post("/api/crises/" + kase + "/funds/obligations", Map.of(
                "sourceId", source, "allocation", allocation, "amount", "100.01", "description", "Too much"));

        assertThat(assessment).isEqualTo("A-1");
        assertThat(allocation).isEqualTo("AL-1");
        JsonNode ledger = casebook.as("REPORTER").get("/api/funding-sources/" + source + "?after=" + last).json();
        assertThat(ledger.get("movements").findValuesAsText("entry")).containsExactly("AL-1", "O-1", "O-2");
        assertThat(ledger.get("movements").get(1).get("of").asText()).isEqualTo("AL-1");
        assertThat(ledger.get("movements").get(2).get("of").asText()).isEqualTo("AL-1");
        JsonNode funds = casebook.as("REPORTER").get("/api/crises/" + kase + "/funds?after=" + last).json();
        assertThat(funds.get("movements").findValuesAsText("entry")).containsExactly("AL-1", "O-1", "O-2");
        assertThat(over.json().get("detail").asText()).contains("allocation AL-1 ").doesNotContain("A-1 ");
        assertThat(casebook.as("REPORTER").get("/api/reports/notification/" + source + "/AL-1").body())
                .isEqualTo(casebook.as("REPORTER").get("/api/reports/notification/" + source + "/A-1").body());
    }

    @Test
    void a_source_is_registered_once_per_authority_and_fiscal_year() {
        registerSource("Economic Support Fund", 2026, "50.00");

        Api.Response again = coordinator.post("/api/funding-sources", Map.of(
                "authority", "Economic Support Fund", "fiscalYear", 2026, "cap", "70.00"));

        assertRefused(again, "source-already-registered");
        assertThat(registerSource("Economic Support Fund", 2027, "50.00")).isEqualTo("economic-support-fund-fy2027");
    }

    @Test
    void eight_coordinators_racing_to_allocate_against_one_cap_never_exceed_it() throws Exception {
        String source = registerSource("Complex Crises Fund", 2026, "100.00");
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cases.add(newCase());
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService coordinators = Executors.newFixedThreadPool(8);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (String kase : cases) {
            answers.add(coordinators.submit(() -> {
                go.await();
                return casebook.as("COORDINATOR").post("/api/crises/" + kase + "/funds/allocations", Map.of(
                        "sourceId", source, "project", "Stabilization", "sector", "SECURITY", "amount", "30.00"));
            }));
        }
        go.countDown();
        int allocated = 0;
        for (Future<Api.Response> answer : answers) {
            Api.Response response = answer.get();
            if (response.status() == 200) {
                allocated++;
            } else {
                assertRefused(response, "cap-exceeded");
                assertThat(response.json().get("detail").asText()).endsWith("10.00 remains");
            }
        }
        coordinators.shutdown();

        assertThat(allocated).isEqualTo(3);
        JsonNode ledger = coordinator.get("/api/funding-sources/" + source + "?after=" + head()).json();
        assertThat(ledger.get("totals").get("allocated").asText()).isEqualTo("90.00");
        assertThat(ledger.get("remaining").asText()).isEqualTo("10.00");
        String journal = casebook.as("AUDITOR").get("/api/journal/export?case=" + source).body();
        assertThat(journal.split("\"type\":\"FundsAllocated\"", -1)).hasSize(4);
    }

    @Test
    void an_amount_with_three_decimal_places_is_400_naming_the_field_and_records_nothing() {
        String source = registerSource("Transition Initiatives", 2026, "100.00");
        String kase = newCase();
        long head = head();

        Api.Response response = coordinator.post("/api/crises/" + kase + "/funds/allocations", Map.of(
                "sourceId", source, "project", "Radio", "sector", "GOVERNANCE_AND_PARTICIPATION", "amount", "1.005"));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("amount");
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void money_for_an_unknown_source_or_case_is_404() {
        String source = registerSource("Peacekeeping Operations", 2026, "100.00");

        Api.Response noSource = coordinator.post("/api/crises/" + newCase() + "/funds/obligations", Map.of(
                "sourceId", "no-such-source-fy2026", "allocation", "A-1", "amount", "1", "description", "x"));
        Api.Response noCase = coordinator.post("/api/crises/no-such-case/funds/allocations", Map.of(
                "sourceId", source, "project", "Radio", "sector", "SECURITY", "amount", "1"));

        assertThat(noSource.status()).as(noSource.body()).isEqualTo(404);
        assertThat(noSource.json().get("type").asText()).isEqualTo("/problems/unknown-funding-source");
        assertThat(noCase.status()).as(noCase.body()).isEqualTo(404);
        assertThat(noCase.json().get("type").asText()).isEqualTo("/problems/unknown-case");
        assertThat(coordinator.get("/api/funding-sources/no-such-source-fy2026").json().get("type").asText())
                .isEqualTo("/problems/unknown-funding-source");
    }

    @Test
    void the_ledgers_name_each_case_by_title_beside_its_id_and_withhold_an_sbu_title_from_the_uncleared() {
        String source = registerSource("Ledger names fund", 2026, "1000.00");
        String open = coordinator.post("/api/crises", Bodies.openCase("Haiti gang violence", "HT", null)).id();
        String quiet = coordinator.post("/api/crises", Bodies.with(Bodies.openCase("Back-channel talks", "SD", null),
                                                                     "sensitivity", "SBU")).id();
        post(open, "allocations", Map.of("sourceId", source, "project", "Radio", "sector", "SECURITY",
                                         "amount", "100.00"));
        long last = post(quiet, "allocations", Map.of("sourceId", source, "project", "Venue", "sector", "SECURITY",
                                                      "amount", "50.00")).position();

        JsonNode ledger = casebook.as("REPORTER").get("/api/funding-sources/" + source + "?after=" + last).json();
        JsonNode hidden = casebook.uncleared("COORDINATOR")
                                  .get("/api/funding-sources/" + source + "?after=" + last).json();
        JsonNode funds = casebook.as("AUDITOR").get("/api/crises/" + open + "/funds?after=" + last).json();
        JsonNode quietFunds = casebook.uncleared("COORDINATOR").get("/api/crises/" + quiet + "/funds?after=" + last)
                                      .json();

        assertThat(ledger.get("caseTitles").get(open).asText()).isEqualTo("Haiti gang violence");
        assertThat(ledger.get("caseTitles").get(quiet).asText()).isEqualTo("Back-channel talks");
        assertThat(ledger.get("movements").get(0).get("caseTitle").asText()).isEqualTo("Haiti gang violence");
        assertThat(ledger.get("movements").get(0).get("caseId").asText()).isEqualTo(open);
        assertThat(funds.get("caseTitle").asText()).isEqualTo("Haiti gang violence");
        assertThat(funds.get("caseId").asText()).isEqualTo(open);
        assertThat(hidden.get("caseTitles").get(open).asText()).isEqualTo("Haiti gang violence");
        assertThat(hidden.get("caseTitles").get(quiet).asText()).isEqualTo("[withheld: SBU]");
        assertThat(hidden.get("movements").get(1).get("caseTitle").asText()).isEqualTo("[withheld: SBU]");
        assertThat(hidden.get("movements").get(1).get("caseId").asText()).isEqualTo(quiet);
        assertThat(quietFunds.get("caseTitle").asText()).isEqualTo("[withheld: SBU]");
        assertThat(hidden.toString()).doesNotContain("Back-channel talks");
    }

    @Test
    void a_rule_names_the_case_by_title_beside_its_id_but_never_an_sbu_title_to_the_uncleared() {
        String source = registerSource("Rule names fund", 2026, "1000.00");
        String quiet = coordinator.post("/api/crises", Bodies.with(Bodies.openCase("Back-channel talks", "SD", null),
                                                                     "sensitivity", "SBU")).id();
        post(quiet, "allocations", Map.of("sourceId", source, "project", "Venue", "sector", "SECURITY",
                                          "amount", "50.00"));
        Api.Response opened = coordinator.post("/api/crises", Bodies.openCase("Haiti gang violence", "HT", null));
        String haiti = opened.id();
        // a rule names a case by its title in the case file: read-your-writes, so that the view holds both cases
        coordinator.caseFile(haiti, opened.position());

        Api.Response elsewhere = coordinator.post("/api/crises/" + haiti + "/funds/obligations", Map.of(
                "sourceId", source, "allocation", "AL-1", "amount", "1.00", "description", "Another case's money"));
        Api.Response early = coordinator.post("/api/crises/" + haiti + "/assessments",
                Bodies.with(Bodies.assessment("Tense"), "effectiveAt", "2001-01-01T00:00:00Z"));
        Api.Response earlySbu = casebook.uncleared("COORDINATOR").post("/api/crises/" + quiet + "/assessments",
                Bodies.with(Bodies.assessment("Tense"), "effectiveAt", "2001-01-01T00:00:00Z"));

        assertRefused(elsewhere, "unknown-entry");
        assertThat(elsewhere.json().get("detail").asText())
                .isEqualTo("allocation AL-1 of funding source " + source + " is not one of case \"Haiti gang "
                                   + "violence\" (" + haiti + ")");
        assertThat(early.json().get("rule").asText()).isEqualTo("effective-before-opening");
        assertThat(early.json().get("detail").asText())
                .contains("is before case \"Haiti gang violence\" (" + haiti + ") began");
        assertThat(earlySbu.json().get("rule").asText()).isEqualTo("effective-before-opening");
        assertThat(earlySbu.json().get("detail").asText()).contains("is before case " + quiet + " began")
                                                          .doesNotContain("Back-channel talks");
    }

    private static String registerSource(String authority, int fiscalYear, String cap) {
        Api.Response registered = coordinator.post("/api/funding-sources", Map.of(
                "authority", authority, "fiscalYear", fiscalYear, "cap", cap));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.id();
        assertThat(registered.header("Location")).isEqualTo("/api/funding-sources/" + id);
        return id;
    }

    private static String newCase() {
        return coordinator.post("/api/crises", Bodies.openCase()).id();
    }

    private static Api.Response post(String kase, String movement, Map<String, Object> body) {
        Api.Response response = coordinator.post("/api/crises/" + kase + "/funds/" + movement, body);
        assertThat(response.status()).as(movement + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private static long head() {
        return coordinator.head();
    }

    @Test
    void a_disbursement_effective_before_its_obligation_is_422_and_records_nothing() {
        String source = registerSource("Early payment fund", 2026, "1000.00");
        String kase = newCase();
        post(kase, "allocations", Map.of("sourceId", source, "project", "Courts", "sector", "SECURITY",
                                         "amount", "100.00"));
        post(kase, "obligations", Map.of("sourceId", source, "allocation", "A-1", "amount", "100.00",
                                         "description", "Court repairs"));
        String dayBefore = java.time.Instant.now().minus(java.time.Duration.ofDays(1)).toString();
        long head = head();

        Api.Response early = coordinator.post("/api/crises/" + kase + "/funds/disbursements", Map.of(
                "sourceId", source, "obligation", "O-1", "amount", "10.00", "description", "Advance",
                "effectiveAt", dayBefore));

        assertRefused(early, "effective-before-its-entry");
        assertThat(early.json().get("field").asText()).isEqualTo("effectiveAt");
        assertThat(head()).isEqualTo(head);
    }
}
