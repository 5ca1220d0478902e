package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.assessment;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;
import static org.casebook.server.testing.Bodies.responder;
import static org.casebook.server.testing.Bodies.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint's role rule, for every role and for nobody: coordinators write and read cases, deployments, money,
 * handovers and the roster, auditors and reporters read them; reporters and coordinators make and submit reports,
 * which auditors may read once submitted; only auditors verify, list signed digests, export and read the access
 * log; admins see the journal head and handle dead letters; anonymous callers get 401.
 */
class RoleRulesTest {

    private static final Set<String> READERS = Set.of("COORDINATOR", "AUDITOR", "REPORTER");
    private static final Set<String> WRITERS = Set.of("COORDINATOR");
    private static final Set<String> AUDITORS = Set.of("AUDITOR");
    private static final Set<String> ADMINS = Set.of("ADMIN");
    private static final Set<String> REPORT_MAKERS = Set.of("COORDINATOR", "REPORTER");
    private static final Set<String> EVERY_ROLE = Set.of("COORDINATOR", "AUDITOR", "REPORTER", "ADMIN");

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static String caseId;
    private static String openingEventId;
    private static String responderId;
    private static String deploymentId;

    record Endpoint(String method, String path, Object body, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void record() {
        Api.Response opened = casebook.as("COORDINATOR").post("/api/crises", openCase());
        caseId = opened.id();
        openingEventId = opened.json().get("entries").get(0).get("eventId").asText();
        responderId = casebook.as("COORDINATOR").post("/api/responders", responder()).id();
        deploymentId = casebook.as("COORDINATOR")
                               .post("/api/crises/" + caseId + "/deployments",
                                     Bodies.with(deployment(), "responderId", responderId)).id();
    }

    private static Map<String, Object> deployment() {
        return Map.of("responderId", "{responder}", "role", "Adviser", "sector", "SECURITY", "skill", "rule-of-law",
                      "start", "2027-01-01", "end", "2027-01-31");
    }

    static List<Endpoint> endpoints() {
        String crisis = "/api/crises/" + "{case}";
        String responder = "/api/responders/{responder}";
        return List.of(
                new Endpoint("POST", "/api/crises", openCase(), WRITERS),
                new Endpoint("POST", crisis + "/assessments", assessment("Roles"), WRITERS),
                new Endpoint("POST", crisis + "/decisions", decision("Roles", null), WRITERS),
                new Endpoint("POST", crisis + "/stage", stage("ASSESSMENT", null, null), WRITERS),
                new Endpoint("POST", crisis + "/reopen", Map.of("reason", "Roles"), WRITERS),
                new Endpoint("POST", crisis + "/corrections",
                             Map.of("correctsEventId", "{opening}", "reason", "Roles", "correctedText", "Roles"),
                             WRITERS),
                new Endpoint("POST", crisis + "/deployments", deployment(), WRITERS),
                new Endpoint("POST", crisis + "/deployments/{deployment}/approve", Map.of(), WRITERS),
                new Endpoint("POST", crisis + "/deployments/{deployment}/decline", Map.of("reason", "Roles"), WRITERS),
                new Endpoint("POST", crisis + "/deployments/{deployment}/withdraw", Map.of("reason", "Roles"), WRITERS),
                new Endpoint("POST", crisis + "/deployments/{deployment}/reschedule",
                             Map.of("start", "2027-01-02", "end", "2027-01-31", "reason", "Roles"), WRITERS),
                new Endpoint("POST", crisis + "/deployments/{deployment}/start", Map.of(), WRITERS),
                new Endpoint("POST", crisis + "/deployments/{deployment}/cancel", Map.of("reason", "Roles"), WRITERS),
                new Endpoint("POST", crisis + "/deployments/{deployment}/extend", Map.of("end", "2027-02-10"), WRITERS),
                new Endpoint("POST", crisis + "/deployments/{deployment}/end",
                             Map.of("endedOn", "2027-01-20", "note", "Roles"), WRITERS),
                new Endpoint("POST", "/api/funding-sources",
                             Map.of("authority", "Roles fund", "fiscalYear", 2026, "cap", "10.00"), WRITERS),
                new Endpoint("POST", crisis + "/funds/allocations", Map.of("sourceId", "roles-fund-fy2026", "project",
                             "Roles", "sector", "SECURITY", "amount", "1.00"), WRITERS),
                new Endpoint("POST", crisis + "/funds/obligations", Map.of("sourceId", "roles-fund-fy2026",
                             "allocation", "A-1", "amount", "1.00", "description", "Roles"), WRITERS),
                new Endpoint("POST", crisis + "/funds/disbursements", Map.of("sourceId", "roles-fund-fy2026",
                             "obligation", "O-1", "amount", "1.00", "description", "Roles"), WRITERS),
                new Endpoint("POST", crisis + "/funds/adjustments", Map.of("sourceId", "roles-fund-fy2026",
                             "entry", "A-1", "change", "-1.00", "reason", "Roles"), WRITERS),
                new Endpoint("POST", crisis + "/handovers", Map.of("toBody", "UNDP", "openItems", List.of(), "risks",
                             List.of(), "proposedEffectiveOn", "2027-03-01"), WRITERS),
                new Endpoint("POST", crisis + "/handovers/H-1/accept", Map.of("briefDigest", "0".repeat(64)),
                             WRITERS),
                new Endpoint("POST", crisis + "/handovers/H-1/decline", Map.of("reason", "Roles"), WRITERS),
                new Endpoint("POST", crisis + "/handovers/H-1/withdraw", Map.of("reason", "Roles"), WRITERS),
                new Endpoint("GET", crisis + "/handovers/H-1/brief", null, READERS),
                new Endpoint("GET", "/api/handovers", null, READERS),
                new Endpoint("GET", "/api/alerts", null, WRITERS),
                new Endpoint("POST", crisis + "/lead-correction", Map.of("leadBody", "Embassy", "reason", "Roles"),
                             ADMINS),
                new Endpoint("POST", "/api/admin/bodies", Map.of("name", "UNDP", "kind", "INTERNATIONAL",
                                                                "displayName", "UN Development Programme"), ADMINS),
                new Endpoint("GET", "/api/bodies", null, EVERY_ROLE),
                new Endpoint("GET", "/api/reports/activity?period=FY2026-Q1", null, REPORT_MAKERS),
                new Endpoint("GET", "/api/reports/activity?period=FY2026&format=csv", null, REPORT_MAKERS),
                new Endpoint("POST", "/api/reports/activity/submissions", Map.of("period", "FY2026"), REPORT_MAKERS),
                new Endpoint("POST", "/api/reports/notification/submissions",
                             Map.of("sourceId", "roles-fund-fy2026", "entry", "A-1"), REPORT_MAKERS),
                new Endpoint("POST", "/api/reports/case/submissions", Map.of("caseId", "{case}"), REPORT_MAKERS),
                new Endpoint("POST", "/api/reports/notifications/submissions",
                             Map.of("sourceId", "roles-fund-fy2026", "entry", "A-1"), REPORT_MAKERS),
                new Endpoint("GET", "/api/reports/notification/roles-fund-fy2026/A-1", null, REPORT_MAKERS),
                new Endpoint("GET", "/api/reports/notifications/roles-fund-fy2026/A-1", null, REPORT_MAKERS),
                new Endpoint("GET", crisis + "/report?format=pdf", null, REPORT_MAKERS),
                new Endpoint("GET", "/api/reports/submissions", null, READERS),
                new Endpoint("GET", "/api/reports/submissions/unknown", null, READERS),
                new Endpoint("GET", "/api/crises", null, READERS),
                new Endpoint("GET", "/api/funding-sources", null, READERS),
                new Endpoint("GET", "/api/funding-sources/roles-fund-fy2026", null, READERS),
                new Endpoint("GET", crisis + "/funds", null, READERS),
                new Endpoint("GET", crisis, null, READERS),
                new Endpoint("GET", crisis + "/timeline", null, READERS),
                new Endpoint("GET", crisis + "/deployments", null, READERS),
                new Endpoint("GET", crisis + "/as-of?position=1", null, READERS),
                new Endpoint("GET", "/api/crises/as-of?position=1", null, READERS),
                new Endpoint("GET", crisis + "/diff?clock=position&from=0&to=1", null, READERS),
                new Endpoint("GET", crisis + "/decisions/D-1/known-then", null, READERS),
                new Endpoint("POST", "/api/responders", responder(), WRITERS),
                new Endpoint("POST", responder + "/skills", Map.of("skills", List.of("policing")), WRITERS),
                new Endpoint("POST", responder + "/availability", Map.of("available", true), WRITERS),
                new Endpoint("POST", responder + "/retire", Map.of("reason", "Roles"), WRITERS),
                new Endpoint("GET", "/api/responders", null, READERS),
                new Endpoint("GET", responder, null, READERS),
                new Endpoint("GET", "/api/journal/head", null, EVERY_ROLE),
                new Endpoint("GET", "/api/journal/verify", null, AUDITORS),
                new Endpoint("GET", "/api/journal/verify/runs/unknown", null, AUDITORS),
                new Endpoint("GET", "/api/journal/digests", null, AUDITORS),
                new Endpoint("GET", "/api/journal/export", null, AUDITORS),
                new Endpoint("GET", "/api/audit/access-log", null, AUDITORS),
                new Endpoint("GET", "/api/admin/dead-letters", null, ADMINS),
                new Endpoint("POST", "/api/admin/dead-letters/timeline/retry", null, ADMINS),
                new Endpoint("GET", "/api/admin/views/board/rebuild", null, ADMINS),
                new Endpoint("POST", "/api/admin/views/board/rebuild", null, ADMINS),
                new Endpoint("GET", "/v3/api-docs", null, EVERY_ROLE),
                new Endpoint("GET", "/swagger-ui.html", null, EVERY_ROLE));
    }

    static Stream<Arguments> endpointsAndCallers() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String role : CasebookInstance.ROLES) {
                cases.add(Arguments.of(endpoint, role));
            }
            cases.add(Arguments.of(endpoint, null));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("endpointsAndCallers")
    void each_endpoint_admits_exactly_its_roles(Endpoint endpoint, String role) {
        Api caller = role == null ? casebook.anonymous() : casebook.as(role);
        Object body = endpoint.body() instanceof Map<?, ?> map ? withIds(map) : endpoint.body();

        Api.Response response = caller.send(endpoint.method(), withIds(endpoint.path()), body, Map.of());

        if (role == null) {
            assertThat(response.status()).as(response.body()).isEqualTo(401);
        } else if (endpoint.allowed().contains(role)) {
            assertThat(response.status()).as(response.body()).isNotIn(401, 403);
            if (response.status() == 404) {
                // A record that is not there is a Casebook problem; a path that is not there is a typo in this list.
                assertThat(response.body()).as(endpoint.path()).doesNotContain("No static resource");
            }
        } else {
            assertThat(response.status()).as(response.body()).isEqualTo(403);
        }
    }

    private static String withIds(String text) {
        return text.replace("{case}", caseId).replace("{opening}", openingEventId).replace("{responder}", responderId)
                   .replace("{deployment}", deploymentId);
    }

    private static Map<String, Object> withIds(Map<?, ?> body) {
        Map<String, Object> replaced = new java.util.LinkedHashMap<>();
        body.forEach((key, value) -> replaced.put((String) key, value instanceof String s ? withIds(s) : value));
        return replaced;
    }
}
