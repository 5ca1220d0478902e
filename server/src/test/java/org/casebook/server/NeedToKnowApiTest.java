package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.assessment;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.handover;
import static org.casebook.server.testing.Bodies.openCase;
import static org.casebook.server.testing.Bodies.responder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Need-to-know: the text of an SBU entry, and everything of an SBU case, goes only to accounts cleared for SBU,
 * whatever their role. Planted: an SBU decision (and a correction of it) in an unclassified case, and an SBU case
 * with an assessment, a decision, a handover, money and a declined deployment. Every read endpoint is read by a
 * cleared and an uncleared user of each role that may read it: the cleared one sees every planted text, the
 * uncleared one none of them, but sees that the entries exist, with their metadata and the withheld mark.
 */
class NeedToKnowApiTest {

    private static final String WITHHELD = "[withheld: SBU]";
    private static final String SECRET = "Planted-SBU";

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static String open;
    private static String sbu;
    private static String source;
    private static long head;
    private static String responderId;
    private static Instant plantedBy;

    @BeforeAll
    static void plant() {
        Api coordinator = casebook.as("COORDINATOR");
        open = coordinator.post("/api/crises", openCase("Unclassified border case", "SD", null)).id();
        coordinator.post("/api/crises/" + open + "/decisions", decision("Public decision", null));
        Map<String, Object> secretDecision = decision(SECRET + " decision text", null);
        secretDecision.put("rationale", SECRET + " rationale");
        secretDecision.put("authority", SECRET + " authority");
        secretDecision.put("sensitivity", "SBU");
        JsonNode recorded = coordinator.post("/api/crises/" + open + "/decisions", secretDecision).json();
        String secretEvent = recorded.get("entries").get(0).get("eventId").asText();
        ok(coordinator.post("/api/crises/" + open + "/corrections", Map.of(
                "correctsEventId", secretEvent, "reason", SECRET + " correction reason",
                "correctedText", SECRET + " corrected text")));

        Map<String, Object> sbuCase = openCase(SECRET + " case title", "HT", null);
        sbuCase.put("sensitivity", "SBU");
        sbuCase.put("summary", SECRET + " case summary");
        sbu = coordinator.post("/api/crises", sbuCase).id();
        ok(coordinator.post("/api/crises/" + sbu + "/assessments", assessment(SECRET + " assessment")));
        Map<String, Object> caseDecision = decision(SECRET + " case decision", null);
        caseDecision.put("authority", SECRET + " case decision authority");
        ok(coordinator.post("/api/crises/" + sbu + "/decisions", caseDecision));
        ok(coordinator.post("/api/crises/" + sbu + "/handovers", Map.of(
                "toBody", CasebookInstance.FIELD_BODY,
                "openItems", List.of(Map.of("item", SECRET + " open item", "owner", "Embassy RSO")),
                "risks", List.of(SECRET + " risk"), "proposedEffectiveOn", "2027-03-01")));
        source = coordinator.post("/api/funding-sources", Map.of("authority", "FY2026 NTK s.1", "fiscalYear", 2026,
                                                                 "cap", "1000.00")).id();
        ok(coordinator.post("/api/crises/" + sbu + "/funds/allocations", Map.of(
                "sourceId", source, "project", SECRET + " project", "sector", "GOVERNANCE_AND_PARTICIPATION",
                "amount", "100.00", "authorizedBy", "D-1")));
        String responder = coordinator.post("/api/responders", responder()).id();
        String deployment = coordinator.post("/api/crises/" + sbu + "/deployments", Map.of(
                "responderId", responder, "role", "Rule of law adviser", "sector", "JUSTICE_AND_RECONCILIATION",
                "skill", "rule-of-law", "start", "2027-01-15", "end", "2027-02-14")).id();
        ok(coordinator.post("/api/crises/" + sbu + "/deployments/" + deployment + "/decline",
                            Map.of("reason", SECRET + " decline reason")));
        String booked = coordinator.post("/api/crises/" + sbu + "/deployments", Map.of(
                "responderId", responder, "role", SECRET + " adviser role", "sector", "JUSTICE_AND_RECONCILIATION",
                "skill", "rule-of-law", "start", "2027-03-01", "end", "2027-03-30")).id();
        head = ok(coordinator.post("/api/crises/" + sbu + "/deployments/" + booked + "/approve", Map.of())).position();
        responderId = responder;
        plantedBy = Instant.now().plusMillis(1);
    }

    /** Every read that shows case text, with the roles that may read it. */
    static Stream<Arguments> reads() {
        List<Arguments> reads = new ArrayList<>();
        for (String role : List.of("COORDINATOR", "AUDITOR", "REPORTER")) {
            for (String path : List.of(
                    "/api/crises?size=200&after=%h",
                    "/api/crises/%o?after=%h", "/api/crises/%s?after=%h",
                    "/api/crises/%o/timeline?after=%h", "/api/crises/%s/timeline?after=%h",
                    "/api/crises/%o/as-of?position=%h", "/api/crises/%s/as-of?position=%h",
                    "/api/crises/%o/as-of?recordedAt=%t",
                    "/api/crises/%s/as-of?effectiveAt=%t",
                    "/api/crises/as-of?position=%h",
                    "/api/crises/%o/diff?clock=position&from=1&to=%h",
                    "/api/crises/%s/diff?clock=position&from=1&to=%h",
                    "/api/crises/%o/decisions/D-2/known-then", "/api/crises/%s/decisions/D-1/known-then",
                    "/api/crises/%s/handovers/H-1/brief",
                    "/api/handovers?size=200&after=%h",
                    "/api/funding-sources?after=%h", "/api/funding-sources/%f?after=%h",
                    "/api/crises/%s/funds?after=%h", "/api/crises/%s/deployments?after=%h",
                    "/api/responders?after=%h", "/api/responders/%r?after=%h")) {
                reads.add(Arguments.of(role, path));
            }
        }
        return reads.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("reads")
    void the_cleared_read_sbu_text_and_the_uncleared_see_it_withheld(String role, String path) {
        String resolved = path.replace("%o", open).replace("%s", sbu).replace("%f", source).replace("%r", responderId)
                              .replace("%h", String.valueOf(head)).replace("%t", plantedBy.toString());

        Api.Response cleared = ok(casebook.as(role).get(resolved));
        Api.Response uncleared = ok(casebook.uncleared(role).get(resolved));

        assertThat(cleared.body()).contains(SECRET);
        assertThat(uncleared.body()).doesNotContain(SECRET).contains(WITHHELD);
    }

    @Test
    void the_html_brief_of_an_sbu_case_withholds_its_text_from_the_uncleared() {
        String path = "/api/crises/" + sbu + "/handovers/H-1/brief";

        Api.Response cleared = casebook.as("COORDINATOR").get(path, Map.of("Accept", "text/html"));
        Api.Response uncleared = casebook.uncleared("COORDINATOR").get(path, Map.of("Accept", "text/html"));
        Api.Response fieldCoordinator = casebook.fieldCoordinator().get(path, Map.of("Accept", "text/html"));

        assertThat(cleared.body()).contains(SECRET + " risk").contains(SECRET + " case title");
        assertThat(uncleared.status()).isEqualTo(200);
        assertThat(uncleared.body()).doesNotContain(SECRET).contains(WITHHELD);
        assertThat(fieldCoordinator.body()).doesNotContain(SECRET).contains(WITHHELD);
        assertThat(uncleared.header("ETag")).isNotEqualTo(cleared.header("ETag"));
    }

    @Test
    void a_brief_shown_with_text_withheld_carries_the_digest_of_what_is_shown_and_is_accepted_by_it()
            throws Exception {
        String path = "/api/crises/" + sbu + "/handovers/H-1/brief";
        String whole = ok(casebook.as("COORDINATOR").get(path)).json().get("digest").asText();
        Api.Response shown = ok(casebook.fieldCoordinator().get(path));
        String digest = shown.json().get("digest").asText();

        // the digest of the whole would let the uncleared confirm a guess at the text withheld from them
        assertThat(digest).isNotEqualTo(whole);
        String unsealed = shown.body().replace("\"digest\":\"" + digest + "\"", "\"digest\":null");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                                                         .digest(unsealed.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(digest);
        String accept = "/api/crises/" + sbu + "/handovers/H-1/accept";
        assertThat(casebook.fieldCoordinator().post(accept, Map.of("briefDigest", whole)).status()).isEqualTo(422);
        ok(casebook.fieldCoordinator().post(accept, Map.of("briefDigest", digest)));
    }

    @Test
    void the_digest_a_cleared_receiver_accepted_is_withheld_from_the_uncleared_when_the_brief_held_sbu_text()
            throws Exception {
        Api capital = casebook.as("COORDINATOR");
        String kase = capital.post("/api/crises", Bodies.with(openCase("Digest case", "SD", null), "leadBody",
                                                              CasebookInstance.FIELD_BODY)).id();
        Map<String, Object> secretDecision = decision(SECRET + " decision in the brief", null);
        secretDecision.put("sensitivity", "SBU");
        ok(capital.post("/api/crises/" + kase + "/decisions", secretDecision));
        ok(casebook.fieldCoordinator().post("/api/crises/" + kase + "/handovers", handover("CRSG", "2027-03-01")));
        String whole = ok(capital.get("/api/crises/" + kase + "/handovers/H-1/brief")).json().get("digest").asText();
        long at = ok(capital.post("/api/crises/" + kase + "/handovers/H-1/accept", Map.of("briefDigest", whole)))
                .position();

        for (String path : List.of("/api/handovers?size=200&after=" + at, "/api/crises/" + kase + "?after=" + at,
                                   "/api/crises/" + kase + "/timeline?after=" + at,
                                   "/api/crises/" + kase + "/as-of?position=" + at)) {
            assertThat(ok(casebook.as("AUDITOR").get(path)).body()).as(path).contains(whole);
            assertThat(ok(casebook.uncleared("AUDITOR").get(path)).body()).as(path).doesNotContain(whole);
        }
    }

    @Test
    void the_uncleared_see_that_a_withheld_entry_exists_with_its_metadata() {
        JsonNode file = ok(casebook.uncleared("AUDITOR").get("/api/crises/" + open + "?after=" + head)).json();

        JsonNode secret = file.get("decisions").get(1);
        assertThat(secret.get("decisionId").asText()).isEqualTo("D-2");
        assertThat(secret.get("sensitivity").asText()).isEqualTo("SBU");
        assertThat(secret.get("entry").get("user").asText()).isEqualTo("coordinator");
        assertThat(secret.get("decision").asText()).isEqualTo(WITHHELD);
        assertThat(file.get("decisions").get(0).get("decision").asText()).isEqualTo("Public decision");
        assertThat(file.get("title").asText()).isEqualTo("Unclassified border case");
    }

    @Test
    void the_journal_export_holds_sbu_text_as_stored_so_only_the_cleared_get_it() {
        assertThat(casebook.as("AUDITOR").get("/api/journal/export").body()).contains(SECRET);
        Api.Response uncleared = casebook.uncleared("AUDITOR").get("/api/journal/export");

        assertThat(uncleared.status()).isEqualTo(403);
        assertThat(uncleared.body()).doesNotContain(SECRET);
        assertThat(casebook.uncleared("AUDITOR").get("/api/journal/verify?waitSeconds=30").status()).isEqualTo(200);
    }

    @Test
    void the_sbu_edition_of_a_report_and_its_submission_are_for_the_cleared_only() {
        String report = "/api/crises/" + sbu + "/report?format=json&edition=sbu";
        assertThat(ok(casebook.as("COORDINATOR").get(report)).body()).contains(SECRET);
        assertThat(casebook.uncleared("REPORTER").get(report).status()).isEqualTo(403);
        assertThat(casebook.uncleared("COORDINATOR").get(report).status()).isEqualTo(403);
        assertThat(ok(casebook.uncleared("REPORTER").get("/api/crises/" + sbu + "/report?format=json")).body())
                .doesNotContain(SECRET);

        Api.Response submitted = casebook.as("REPORTER").post("/api/reports/case/submissions",
                                                              Map.of("caseId", sbu, "edition", "SBU"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String location = submitted.header("Location");
        long at = submitted.position();

        assertThat(casebook.as("REPORTER").get(location + "?after=" + at).status()).isEqualTo(200);
        Api.Response uncleared = casebook.uncleared("REPORTER").get(location + "?after=" + at);
        assertThat(uncleared.status()).isEqualTo(403);
        assertThat(uncleared.body()).doesNotContain(SECRET);
        assertThat(ok(casebook.as("REPORTER").get("/api/reports/submissions?after=" + at)).json()).hasSize(1);
        assertThat(ok(casebook.uncleared("REPORTER").get("/api/reports/submissions?after=" + at)).json()).isEmpty();
    }

    @Test
    void the_standard_edition_of_every_report_withholds_what_the_api_withholds_from_the_uncleared() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String thisYear = "FY" + (today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear());
        List<String> reports = List.of("/api/crises/" + sbu + "/report", "/api/crises/" + open + "/report",
                                       "/api/reports/activity?period=" + thisYear,
                                       "/api/reports/notifications/" + source + "/AL-1");
        for (String report : reports) { // the CSV and PDF files hold the JSON's tables, compressed
            String path = report + (report.contains("?") ? "&" : "?") + "format=json&asOf=" + head;
            assertThat(ok(casebook.uncleared("REPORTER").get(path)).body()).as(path).doesNotContain(SECRET);
            assertThat(ok(casebook.as("REPORTER").get(path + "&edition=sbu")).body()).as(path).contains(SECRET);
        }
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response;
    }
}
