package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;
import static org.casebook.server.testing.Bodies.stage;
import static org.casebook.server.testing.Bodies.with;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a specific problem (what was wrong, which field or rule) and changes nothing: after every
 * refused request the journal's head is where it was.
 */
class ApiErrorsTest {

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start(Map.of(
            "casebook.queries.catch-up-timeout", "300ms", "casebook.api.max-body-size", "256KB"));
    private static final Api coordinator = casebook.as("COORDINATOR");
    private static String caseId;
    private static String sourceId;
    private static String responderId;
    private JsonNode headBefore;

    @BeforeAll
    static void record() {
        caseId = coordinator.post("/api/crises", openCase()).id();
        coordinator.post("/api/crises/" + caseId + "/decisions", decision("Fund mediation", null));
        sourceId = coordinator.post("/api/funding-sources", Map.of("authority", "FY2026 Errors s.1", "fiscalYear", 2026,
                                                                   "cap", "1000.00")).id();
        responderId = coordinator.post("/api/responders", org.casebook.server.testing.Bodies.responder()).id();
    }

    @BeforeEach
    void noteHead() {
        headBefore = head();
    }

    @AfterEach
    void nothingWasRecorded() {
        assertThat(head()).isEqualTo(headBefore);
    }

    @Test
    void malformed_json_is_400() {
        Api.Response response = coordinator.post("/api/crises", "{\"title\": ");

        assertProblem(response, 400, "/problems/invalid-request");
        assertThat(response.json().get("detail").asText()).startsWith("the body is not valid JSON");
    }

    @Test
    void a_missing_field_is_400_naming_it() {
        Api.Response response = coordinator.post("/api/crises", with(openCase(), "title", null));

        assertProblem(response, 400, "/problems/invalid-request");
        assertThat(fields(response)).containsExactly("title");
    }

    @Test
    void an_unknown_country_is_400_naming_the_field() {
        Api.Response response = coordinator.post("/api/crises", with(openCase(), "country", "QQ"));

        assertProblem(response, 400, "/problems/invalid-request");
        assertThat(fields(response)).containsExactly("country");
        assertThat(response.json().get("detail").asText()).contains("ISO 3166-1 alpha-2");
    }

    @Test
    void an_unknown_json_field_is_rejected_not_ignored() {
        Api.Response response = coordinator.post("/api/crises", with(openCase(), "user", "somebody-else"));

        assertProblem(response, 400, "/problems/invalid-request");
        assertThat(fields(response)).containsExactly("user");
    }

    @Test
    void an_unknown_enum_value_is_400_listing_the_allowed_ones() {
        Api.Response response = coordinator.post(path("stage"), stage("DONE", null, null));

        assertProblem(response, 400, "/problems/invalid-request");
        assertThat(fields(response)).containsExactly("stage");
        assertThat(response.json().get("detail").asText()).contains("WATCH, ASSESSMENT, POLICY");
    }

    @Test
    void an_invalid_nested_field_is_400_with_its_path() {
        Api.Response response = coordinator.post(path("assessments"), Map.of(
                "findings", List.of(Map.of("type", "CONTEXT", "text", "")), "summary", "Thin"));

        assertProblem(response, 400, "/problems/invalid-request");
        assertThat(fields(response)).containsExactly("findings[0].text");
    }

    @Test
    void an_invalid_query_parameter_is_400_naming_it() {
        assertThat(fields(assertProblem(coordinator.get("/api/crises?size=0"), 400, "/problems/invalid-request")))
                .containsExactly("size");
        assertThat(fields(assertProblem(coordinator.get("/api/crises?stage=DONE"), 400, "/problems/invalid-request")))
                .containsExactly("stage");
        assertThat(fields(assertProblem(coordinator.get("/api/crises?country=QQ"), 400, "/problems/invalid-request")))
                .containsExactly("country");
    }

    @Test
    void an_effective_time_more_than_five_minutes_ahead_is_400() {
        String future = Instant.now().plusSeconds(600).toString();
        Api.Response response = coordinator.post(path("decisions"), with(decision("Later", null), "effectiveAt", future));

        assertProblem(response, 400, "/problems/invalid-request");
        assertThat(fields(response)).containsExactly("effectiveAt");
    }

    @Test
    void no_credentials_is_401_with_a_basic_challenge() {
        Api.Response response = casebook.anonymous().get("/api/crises");

        assertProblem(response, 401, "/problems/unauthenticated");
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void a_wrong_password_is_401() {
        Api.Response response = casebook.anonymous().get("/api/crises",
                Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString("coordinator:nope".getBytes())));

        assertProblem(response, 401, "/problems/unauthenticated");
    }

    @Test
    void a_write_by_an_auditor_is_403_for_the_role() {
        Api.Response response = assertProblem(casebook.as("AUDITOR").post(path("decisions"), decision("Audited", null)),
                                              403, "/problems/forbidden");

        assertThat(response.json().get("title").asText()).isEqualTo("Not allowed for your role");
    }

    @Test
    void the_sbu_edition_is_refused_alike_to_the_uncleared_reading_it_or_submitting_it() {
        Api uncleared = casebook.uncleared("REPORTER");
        Api.Response read = uncleared.get("/api/reports/activity?period=FY2026-Q1&edition=sbu");
        Api.Response submitted = uncleared.post("/api/reports/activity/submissions",
                                                Map.of("period", "FY2026-Q1", "edition", "SBU"));

        for (Api.Response response : List.of(read, submitted)) {
            assertProblem(response, 403, "/problems/forbidden");
            assertThat(response.json().get("title").asText()).isEqualTo("Not cleared for this");
            assertThat(response.json().get("detail").asText()).endsWith(": it needs SBU clearance");
        }
    }

    @Test
    void an_unknown_funding_source_is_named_alike_by_writes_and_reads() {
        Api.Response write = coordinator.post("/api/crises/" + caseId + "/funds/obligations", Map.of(
                "sourceId", "no-such-source-fy2026", "allocation", "A-1", "amount", "1", "description", "x"));
        Api.Response read = coordinator.get("/api/funding-sources/no-such-source-fy2026");

        for (Api.Response response : List.of(write, read)) {
            assertProblem(response, 404, "/problems/unknown-funding-source");
            assertThat(response.json().get("title").asText()).isEqualTo("No such funding source");
            assertThat(response.json().get("detail").asText()).isEqualTo("no funding source has the id "
                                                                             + "no-such-source-fy2026");
        }
    }

    @Test
    void an_unknown_case_is_404_for_reads_and_writes() {
        assertProblem(coordinator.get("/api/crises/no-such-case"), 404, "/problems/unknown-case");
        assertProblem(coordinator.get("/api/crises/no-such-case/timeline"), 404, "/problems/unknown-case");
        assertProblem(coordinator.post("/api/crises/no-such-case/decisions", decision("Nothing", null)), 404,
                      "/problems/unknown-case");
        assertProblem(coordinator.post("/api/crises/not%20an%20id/decisions", decision("Nothing", null)), 404,
                      "/problems/unknown-case");
    }

    @Test
    void a_stale_if_match_is_412_with_the_current_version() {
        Api.Response response = coordinator.post(path("decisions"), decision("Stale", null), Map.of("If-Match", "\"0\""));

        assertProblem(response, 412, "/problems/stale-version");
        long current = currentVersion();
        assertThat(response.json().get("currentVersion").asLong()).isEqualTo(current);
        assertThat(response.header("ETag")).isEqualTo("\"" + current + "\"");
    }

    @Test
    void an_if_match_that_names_no_version_is_400() {
        Api.Response response = coordinator.post(path("decisions"), decision("Odd", null), Map.of("If-Match", "\"abc\""));

        assertProblem(response, 400, "/problems/invalid-request");
        assertThat(fields(response)).containsExactly("If-Match");
    }

    @Test
    void a_body_over_the_limit_is_413() {
        String huge = "x".repeat(300 * 1024);
        Api.Response response = coordinator.post("/api/crises", with(openCase(), "summary", huge));

        assertProblem(response, 413, "/problems/payload-too-large");
    }

    @Test
    void a_body_without_a_length_is_cut_off_at_the_limit_with_413() throws Exception {
        byte[] huge = ("{\"title\": \"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(casebook.baseUrl() + "/api/crises"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("coordinator:" + CasebookInstance.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))) // no length: chunked
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("/problems/payload-too-large");
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        Api.Response response = coordinator.post(path("decisions"), "decision=yes", Map.of("Content-Type", "text/plain"));

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_broken_rule_is_422_with_the_rule_and_field() {
        Api.Response response = coordinator.post(path("stage"), stage("OPERATIONS", null, null));

        assertProblem(response, 422, "/problems/rule-violation");
        assertThat(response.json().get("rule").asText()).isEqualTo("skipping-ahead-needs-reason");
        assertThat(response.json().get("field").asText()).isEqualTo("reason");
        assertThat(response.json().get("detail").asText()).isEqualTo("moving from Watch to Operations skips Assessment; say why");
    }

    @Test
    void superseding_an_unknown_decision_is_422_naming_it() {
        Api.Response response = coordinator.post(path("decisions"), decision("Replace", "D-99"));

        assertProblem(response, 422, "/problems/rule-violation");
        assertThat(response.json().get("rule").asText()).isEqualTo("superseded-decision-must-exist");
        assertThat(response.json().get("detail").asText()).isEqualTo("decision D-99 is not a decision of this case");
    }

    @Test
    void a_position_beyond_the_journal_head_is_400_at_once() {
        long beyond = head().get("position").asLong() + 1;

        assertThat(fields(assertProblem(coordinator.get("/api/crises/" + caseId + "?after=" + beyond), 400,
                                        "/problems/invalid-request"))).containsExactly("after");
        assertThat(fields(assertProblem(coordinator.get("/api/crises?after=1000000000"), 400,
                                        "/problems/invalid-request"))).containsExactly("after");
        assertThat(fields(assertProblem(coordinator.get("/api/crises/" + caseId + "/as-of?position=" + beyond), 400,
                                        "/problems/invalid-request"))).containsExactly("position");
        assertThat(fields(assertProblem(coordinator.get("/api/crises/" + caseId + "/diff?clock=position&from=1&to="
                                                        + beyond), 400, "/problems/invalid-request")))
                .containsExactly("to");
    }

    @Test
    void what_tomcat_and_the_firewall_refuse_is_a_problem_detail_naming_no_class_or_library() {
        List<Api.Response> refused = List.of(
                coordinator.get("/api/crises/" + caseId + "%2Ftimeline"),
                coordinator.get("/api/crises;jsessionid=0123456789"),
                coordinator.get("/api/crises/" + caseId, Map.of("X-Padding", "x".repeat(70_000))),
                coordinator.get("/api/crises/%5C..%5Cjournal"));

        for (Api.Response response : refused) {
            assertProblem(response, 400, "/problems/invalid-request");
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
            assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("org.", "java.")
                                       .doesNotContainIgnoringCase("tomcat").doesNotContainIgnoringCase("spring");
        }
    }

    @Test
    void every_html_answer_has_a_content_security_policy() {
        Api.Response swagger = coordinator.get("/swagger-ui/index.html");

        assertThat(swagger.status()).isEqualTo(200);
        assertThat(swagger.header("Content-Security-Policy")).contains("default-src 'none'")
                                                             .contains("script-src 'self'")
                                                             .contains("frame-ancestors 'none'");
    }

    @Test
    void a_stale_if_match_is_412_on_allocations_and_deployment_requests_too() {
        Map<String, String> stale = Map.of("If-Match", "\"999\"");
        Map<String, Object> allocation = Map.of("sourceId", sourceId, "project", "Mediation", "sector",
                                                "GOVERNANCE_AND_PARTICIPATION", "amount", "10.00", "authorizedBy", "D-1");
        Map<String, Object> deployment = Map.of("responderId", responderId, "role", "Adviser", "sector",
                                                "JUSTICE_AND_RECONCILIATION", "skill", "rule-of-law",
                                                "start", "2027-01-15", "end", "2027-02-14");

        assertProblem(coordinator.post(path("funds/allocations"), allocation, stale), 412, "/problems/stale-version");
        assertProblem(coordinator.post(path("deployments"), deployment, stale), 412, "/problems/stale-version");
    }

    @Test
    void an_if_match_on_a_write_that_creates_a_record_is_400_not_ignored() {
        Map<String, String> ifMatch = Map.of("If-Match", "\"1\"");

        for (Api.Response response : List.of(
                coordinator.post("/api/crises", openCase(), ifMatch),
                coordinator.post("/api/crises", openCase(), Map.of("If-Match", "*")),
                coordinator.post("/api/responders", org.casebook.server.testing.Bodies.responder(), ifMatch),
                coordinator.post("/api/funding-sources", Map.of("authority", "FY2026 Created s.2", "fiscalYear", 2026,
                                                                "cap", "10.00"), ifMatch))) {
            assertThat(fields(assertProblem(response, 400, "/problems/invalid-request"))).containsExactly("If-Match");
        }
    }

    @Test
    void an_entry_effective_before_its_case_was_opened_is_422_naming_the_field() {
        Api.Response response = coordinator.post(path("decisions"), with(decision("Deploy", null), "effectiveAt",
                                                                         "2020-01-01T00:00:00Z"));

        Api.Response allocation = coordinator.post(path("funds/allocations"), Map.of(
                "sourceId", sourceId, "project", "Mediation", "sector", "GOVERNANCE_AND_PARTICIPATION",
                "amount", "10.00", "authorizedBy", "D-1", "effectiveAt", "2020-01-01T00:00:00Z"));

        for (Api.Response refused : List.of(response, allocation)) {
            assertProblem(refused, 422, "/problems/rule-violation");
            assertThat(refused.json().get("rule").asText()).isEqualTo("effective-before-opening");
            assertThat(refused.json().get("field").asText()).isEqualTo("effectiveAt");
        }
    }

    @Test
    void an_effective_time_before_the_earliest_date_is_400_naming_the_field() {
        Api.Response response = coordinator.post("/api/crises", with(openCase(), "effectiveAt",
                                                                     "0001-01-01T00:00:00Z"));

        assertThat(fields(assertProblem(response, 400, "/problems/invalid-request"))).containsExactly("effectiveAt");
    }

    @Test
    void an_endpoint_that_does_not_exist_is_refused() {
        assertThat(coordinator.get("/api/nothing-here").status()).isIn(403, 404);
        assertThat(coordinator.send("DELETE", "/api/crises/" + caseId, null, Map.of()).status()).isIn(403, 405);
    }

    @Test
    void content_after_the_body_is_400() {
        String body = json(openCase());

        assertProblem(coordinator.post("/api/crises", body + " {\"title\": \"second\"}"), 400,
                      "/problems/invalid-request");
        Api.Response trailing = assertProblem(coordinator.post("/api/crises", body + " trailing"), 400,
                                              "/problems/invalid-request");
        Api.Response broken = assertProblem(coordinator.post("/api/crises", "{\"title\": }"), 400,
                                            "/problems/invalid-request");

        for (Api.Response response : List.of(trailing, broken)) {
            assertThat(response.json().get("detail").asText()).startsWith("the body is not valid JSON")
                    .doesNotContain("org.", "java.", "Feature", "`", "Source");
        }
    }

    @Test
    void a_key_given_twice_is_400_naming_it() {
        String body = json(openCase()).replaceFirst("\\{", "{\"title\": \"First title\", ");

        Api.Response response = assertProblem(coordinator.post("/api/crises", body), 400, "/problems/invalid-request");

        assertThat(fields(response)).containsExactly("title");
    }

    @Test
    void a_number_or_a_boolean_where_text_is_expected_is_400_naming_the_field() {
        assertThat(fields(assertProblem(coordinator.post("/api/crises", with(openCase(), "title", 2026)), 400,
                                        "/problems/invalid-request"))).containsExactly("title");
        assertThat(fields(assertProblem(coordinator.post("/api/crises", with(openCase(), "summary", true)), 400,
                                        "/problems/invalid-request"))).containsExactly("summary");
        Map<String, Object> decision = decision("Deploy", null);
        decision.put("optionsConsidered", List.of("One", 2));
        assertThat(fields(assertProblem(coordinator.post(path("decisions"), decision), 400,
                                        "/problems/invalid-request"))).containsExactly("optionsConsidered[1]");
    }

    @Test
    void a_fraction_or_text_where_a_whole_number_is_expected_is_400_naming_the_field() {
        Map<String, Object> source = new java.util.LinkedHashMap<>(Map.of("authority", "FY2026 Strict s.1",
                                                                          "cap", "100.00"));
        source.put("fiscalYear", 2026.5);
        Api.Response fraction = assertProblem(coordinator.post("/api/funding-sources", source), 400,
                                              "/problems/invalid-request");
        source.put("fiscalYear", "2026");
        Api.Response text = assertProblem(coordinator.post("/api/funding-sources", source), 400,
                                          "/problems/invalid-request");

        assertThat(fields(fraction)).containsExactly("fiscalYear");
        assertThat(fraction.json().get("errors").get(0).get("message").asText()).contains("whole number");
        assertThat(fields(text)).containsExactly("fiscalYear");
    }

    @Test
    void an_authority_without_letters_or_digits_is_400_naming_the_field() {
        Map<String, Object> source = Map.of("authority", "!!!///", "fiscalYear", 2026, "cap", "100.00");

        Api.Response response = assertProblem(coordinator.post("/api/funding-sources", source), 400,
                                              "/problems/invalid-request");

        assertThat(fields(response)).containsExactly("authority");
    }

    @Test
    void an_effective_time_as_an_epoch_number_or_empty_text_is_400_naming_the_field() {
        assertThat(fields(assertProblem(coordinator.post(path("decisions"), with(decision("Deploy", null),
                                                         "effectiveAt", 1767225600)), 400,
                                        "/problems/invalid-request"))).containsExactly("effectiveAt");
        assertThat(fields(assertProblem(coordinator.post(path("decisions"), with(decision("Deploy", null),
                                                         "effectiveAt", "")), 400,
                                        "/problems/invalid-request"))).containsExactly("effectiveAt");
    }

    private static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode head() {
        return coordinator.get("/api/journal/head").json();
    }

    private static long currentVersion() {
        return coordinator.get("/api/crises/" + caseId + "?after=" + head().get("position")).json()
                          .get("version").asLong();
    }

    private static String path(String command) {
        return "/api/crises/" + caseId + "/" + command;
    }

    private static Api.Response assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo(type);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asText()).isNotBlank();
        return response;
    }

    private static List<String> fields(Api.Response response) {
        List<String> fields = new java.util.ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
