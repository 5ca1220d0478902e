package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.casebook.journal.store.Store;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The activity report over a history that spans two fiscal years (FY2025 and FY2026, starting 1 October), checked
 * against totals this test works out itself from what it sent.
 */
class ActivityReportApiTest {

    private static final String INJECTION = "=HYPERLINK(\"http://evil.example\",\"click\")";

    /** What the test sent: one money movement. */
    private record Moved(LocalDate on, String source, String country, String sector, String kind, String amount) {
    }

    private static final List<Moved> MOVED = new ArrayList<>();
    /** Small, so that reports here are built across many stored checkpoints of the fold. */
    private static final int CHECKPOINT_EVERY = 7;
    private static CasebookInstance casebook;
    private static Api coordinator;
    private static Api reporter;
    private static long built;
    private static String sudan;
    private static String haiti;
    private static String fy2025;
    private static String fy2026;

    @BeforeAll
    static void recordTwoFiscalYears() {
        casebook = CasebookInstance.start(Map.of("casebook.reports.checkpoint-every", Integer.toString(CHECKPOINT_EVERY)));
        coordinator = casebook.as("COORDINATOR");
        reporter = casebook.as("REPORTER");
        sudan = open("Darfur border", "SD", "UNCLASSIFIED", "2024-11-05");
        haiti = open("Port-au-Prince", "HT", "SBU", "2025-10-20");
        String chad = open("Lake Chad", "TD", "UNCLASSIFIED", "2025-01-10");
        String firstDecision = post("/api/crises/" + sudan + "/decisions",
                                    at(Bodies.decision("Deploy a field ACT", null), "2024-11-10"))
                .json().get("entries").get(0).get("eventId").asText();
        post("/api/crises/" + sudan + "/decisions", at(Bodies.decision("Deploy two field ACTs", "D-1"), "2025-03-01"));
        post("/api/crises/" + sudan + "/corrections", at(Map.of("correctsEventId", firstDecision, "reason",
                                                                "Wrong team size", "correctedText", "One ACT of six"),
                                                         "2025-03-02"));
        post("/api/crises/" + sudan + "/decisions", at(Bodies.decision(INJECTION, null), "2025-11-15"));
        post("/api/crises/" + haiti + "/decisions", at(Bodies.decision("Quiet talks with the gangs", null),
                                                       "2025-12-01"));
        post("/api/crises/" + chad + "/stage", at(Bodies.stage("CLOSED", null, "Handed to the embassy"),
                                                  "2025-11-20"));

        fy2025 = source("Stabilization Fund", 2025);
        fy2026 = source("Complex Crises Fund", 2026);
        move(sudan, "allocations", Map.of("sourceId", fy2025, "project", "Police", "sector", "SECURITY",
                                          "amount", "100000.00", "authorizedBy", "D-1"), new Moved(LocalDate.parse("2024-11-12"), fy2025,
                                                                            "SD", "SECURITY", "allocated", "100000.00"));
        move(sudan, "obligations", Map.of("sourceId", fy2025, "allocation", "A-1", "amount", "60000.00",
                                          "description", "Training"), new Moved(LocalDate.parse("2025-10-15"), fy2025,
                                                                                "SD", "SECURITY", "obligated", "60000.00"));
        move(sudan, "disbursements", Map.of("sourceId", fy2025, "obligation", "O-1", "amount", "25000.50",
                                            "description", "First"), new Moved(LocalDate.parse("2025-12-31"), fy2025,
                                                                               "SD", "SECURITY", "disbursed", "25000.50"));
        move(sudan, "disbursements", Map.of("sourceId", fy2025, "obligation", "O-1", "amount", "10000.25",
                                            "description", "Second"), new Moved(LocalDate.parse("2026-01-05"), fy2025,
                                                                                "SD", "SECURITY", "disbursed", "10000.25"));
        String aid = "HUMANITARIAN_ASSISTANCE_AND_SOCIAL_WELL_BEING";
        move(haiti, "allocations", Map.of("sourceId", fy2026, "project", "Shelter", "sector", aid,
                                          "amount", "50000.00"), new Moved(LocalDate.parse("2025-11-05"), fy2026,
                                                                           "HT", aid, "allocated", "50000.00"));
        move(haiti, "obligations", Map.of("sourceId", fy2026, "allocation", "A-1", "amount", "20000.00",
                                          "description", "Tents"), new Moved(LocalDate.parse("2025-11-06"), fy2026,
                                                                             "HT", aid, "obligated", "20000.00"));
        move(haiti, "adjustments", Map.of("sourceId", fy2026, "entry", "O-1", "change", "-5000.00",
                                          "reason", "De-obligated"), new Moved(LocalDate.parse("2025-12-10"), fy2026,
                                                                               "HT", aid, "obligated", "-5000.00"));

        String amina = responder("Amina Diallo", "ACTIVE", "Justice");
        String jean = responder("Jean Baptiste", "STANDBY", "USAID");
        deploy(sudan, amina, "JUSTICE_AND_RECONCILIATION", "2025-12-15", "2026-01-14", null);
        deploy(haiti, jean, aid, "2025-10-21", "2025-10-30", "2025-10-25");

        Map<String, Object> handover = new LinkedHashMap<>(Map.of(
                "toBody", CasebookInstance.FIELD_BODY, "openItems", List.of(), "risks", List.of("Road closures"),
                "proposedEffectiveOn", "2025-12-05"));
        post("/api/crises/" + sudan + "/handovers", at(handover, "2025-12-01"));
        String digest = coordinator.get("/api/crises/" + sudan + "/handovers/H-1/brief").json().get("digest").asText();
        Api.Response accepted = casebook.fieldCoordinator().post("/api/crises/" + sudan + "/handovers/H-1/accept",
                                                                 at(Map.of("briefDigest", digest), "2025-12-05"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        built = head();
    }

    @AfterAll
    static void stop() {
        casebook.close();
    }

    @Test
    void the_quarter_counts_cases_decisions_people_and_handovers_of_its_own_dates() {
        JsonNode report = json("FY2026-Q1");

        assertThat(report.get("periodStart").asText()).isEqualTo("2025-10-01");
        assertThat(report.get("periodLastDay").asText()).isEqualTo("2025-12-31");
        assertThat(report.get("caseCounts").toString()).isEqualTo("{\"opened\":1,\"closed\":1,\"activeAtEnd\":2}");
        assertThat(report.get("decisions").findValuesAsText("takenOn")).containsExactly("2025-11-15", "2025-12-01");
        assertThat(days(report.get("personDaysByComponent"))).isEqualTo(Map.of("ACTIVE", 17L, "STANDBY", 5L,
                                                                                "TOTAL", 22L));
        assertThat(days(report.get("personDaysByAgency"))).isEqualTo(Map.of("Justice", 17L, "USAID", 5L,
                                                                             "TOTAL", 22L));
        assertThat(report.get("handoversCompleted").findValuesAsText("effectiveOn")).containsExactly("2025-12-05");
        assertThat(report.get("builtFrom").get("position").asLong()).isEqualTo(built);
    }

    @Test
    void money_in_the_quarter_and_to_date_matches_what_was_sent_and_every_table_adds_up() {
        LocalDate start = LocalDate.parse("2025-10-01");
        LocalDate end = LocalDate.parse("2026-01-01");
        JsonNode report = json("FY2026-Q1");

        for (JsonNode row : report.get("fundsBySource")) {
            String source = row.get("sourceId").asText();
            if (source.equals("TOTAL")) {
                continue;
            }
            for (String kind : List.of("allocated", "obligated", "disbursed")) {
                assertThat(row.get(kind).asText()).as(source + " " + kind)
                        .isEqualTo(sum(m -> m.source().equals(source) && m.kind().equals(kind)
                                && !m.on().isBefore(start) && m.on().isBefore(end)));
                assertThat(row.get(kind + "ToDate").asText()).as(source + " " + kind + " to date")
                        .isEqualTo(sum(m -> m.source().equals(source) && m.kind().equals(kind)
                                && m.on().isBefore(end)));
            }
        }
        for (String table : List.of("fundsBySource", "fundsByCountry", "fundsBySector")) {
            addsUp(report.get(table), table.equals("fundsBySource") ? "sourceId" : "key");
        }
        JsonNode haiti = row(report.get("fundsByCountry"), "HT");
        assertThat(haiti.get("obligated").asText()).isEqualTo("15000.00");
    }

    @Test
    void regenerating_at_the_same_position_gives_the_same_bytes_although_a_late_correction_came_since() {
        String asOf = "&asOf=" + built;
        byte[] json = reporter.download("/api/reports/activity?period=FY2026-Q1&format=json" + asOf);
        byte[] csv = reporter.download("/api/reports/activity?period=FY2026-Q1&format=csv" + asOf);

        post("/api/crises/" + sudan + "/funds/adjustments", at(Map.of(
                "sourceId", fy2025, "entry", "O-1", "change", "-1000.00", "reason", "Late de-obligation"),
                "2025-12-20"));

        assertThat(reporter.download("/api/reports/activity?period=FY2026-Q1&format=json" + asOf)).isEqualTo(json);
        assertThat(reporter.download("/api/reports/activity?period=FY2026-Q1&format=csv" + asOf)).isEqualTo(csv);
        JsonNode now = reporter.get("/api/reports/activity?period=FY2026-Q1").json();
        assertThat(row(now.get("fundsByCountry"), "SD").get("obligated").asText()).isEqualTo("59000.00");
    }

    @Test
    void another_process_builds_from_a_stored_checkpoint_the_same_bytes_as_this_one_folded_from_the_start() {
        while (head() % CHECKPOINT_EVERY != 0) {
            post("/api/crises/" + sudan + "/decisions", at(Bodies.decision("Review the mandate", null), "2025-02-01"));
        }
        String asOf = "&format=json&asOf=" + head();
        String year = reporter.get("/api/reports/activity?period=FY2026" + asOf).body();
        String before = reporter.get("/api/reports/activity?period=FY2025" + asOf).body();
        List<Long> checkpoints = new ArrayList<>();
        casebook.bean(Store.class).database().getCollection("report_checkpoints").find()
                .forEach(header -> checkpoints.add(header.getLong("position")));
        CasebookInstance other = casebook.alongside();
        try {
            Api elsewhere = other.as("REPORTER");

            assertThat(elsewhere.get("/api/reports/activity?period=FY2026" + asOf).body()).isEqualTo(year);
            assertThat(elsewhere.get("/api/reports/activity?period=FY2025" + asOf).body()).isEqualTo(before);
            assertThat(checkpoints).contains(head()).hasSizeGreaterThan(2);
        } finally {
            other.close();
        }
    }

    @Test
    void a_submitted_report_rebuilds_to_its_digests_and_shows_an_amendment_once_a_late_entry_changed_it() {
        Api.Response submitted = reporter.post("/api/reports/activity/submissions",
                                               Map.of("period", "FY2026-Q1", "asOf", built));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String path = "/api/reports/submissions/" + submitted.json().get("id").asText();
        Api auditor = casebook.as("AUDITOR");
        JsonNode before = auditor.get(path + "?after=" + submitted.json().get("position").asLong()).json();
        String json = before.get("submission").get("files").get("activity-FY2026-Q1-" + built + ".json").asText();

        post("/api/crises/" + haiti + "/funds/adjustments", at(Map.of(
                "sourceId", fy2026, "entry", "O-1", "change", "-2000.00", "reason", "Tents returned"), "2025-12-21"));
        JsonNode after = auditor.get(path).json();

        assertThat(before.get("verified").asBoolean()).isTrue();
        assertThat(before.get("submission").get("builtFrom").get("position").asLong()).isEqualTo(built);
        assertThat(before.get("submission").get("submittedBy").asText()).isEqualTo("reporter");
        assertThat(json).isEqualTo(sha256(reporter.download("/api/reports/activity?period=FY2026-Q1&asOf=" + built)));
        assertThat(after.get("verified").asBoolean()).isTrue();
        assertThat(after.get("amendment").get("changes").toString())
                .contains("{\"table\":\"funds-by-country\",\"row\":\"HT\",\"field\":\"obligated\","
                                  + "\"submitted\":\"15000.00\",\"now\":\"13000.00\"}");
        assertThat(after.get("amendment").get("entries").findValuesAsText("effectiveAt"))
                .contains("2025-12-21T12:00:00Z");
    }

    @Test
    void an_amendment_does_not_list_report_submissions_among_the_entries_that_can_have_changed_it() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        String thisYear = "FY" + (today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear());
        Api.Response submitted = reporter.post("/api/reports/activity/submissions", Map.of("period", thisYear));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        long decided = post("/api/crises/" + sudan + "/decisions", Bodies.decision("Extend the field ACT", null))
                .json().get("position").asLong();

        JsonNode amendment = casebook.as("AUDITOR").get("/api/reports/submissions/" + submitted.json().get("id")
                                                                .asText() + "?after=" + decided).json()
                                     .get("amendment");

        assertThat(amendment.get("entries").findValuesAsText("type")).containsExactly("DecisionRecorded");
    }

    @Test
    void the_sbu_edition_is_submitted_only_with_sbu_clearance_and_an_auditor_submits_nothing() {
        Api.Response coordinatorSbu = casebook.uncleared("COORDINATOR").post(
                "/api/reports/activity/submissions", Map.of("period", "FY2026-Q1", "edition", "SBU"));
        Api.Response auditor = casebook.as("AUDITOR").post("/api/reports/activity/submissions",
                                                           Map.of("period", "FY2026-Q1"));

        assertThat(coordinatorSbu.status()).as(coordinatorSbu.body()).isEqualTo(403);
        assertThat(auditor.status()).isEqualTo(403);
    }

    @Test
    void the_csv_tables_hold_the_same_numbers_and_neutralise_formulas() throws IOException {
        Map<String, String> files = unzip(reporter.download("/api/reports/activity?period=FY2026-Q1&format=csv&asOf="
                                                                    + built));
        JsonNode report = json("FY2026-Q1");

        assertThat(files.get("report.csv")).contains(Long.toString(built))
                                          .contains(report.get("builtFrom").get("hash").asText());
        assertThat(files.get("decisions.csv")).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")
                                             .doesNotContain(",=HYPERLINK");
        JsonNode total = row(report.get("fundsBySource"), "TOTAL");
        assertThat(files.get("funds-by-source.csv")).contains("TOTAL,,," + total.get("allocated").asText() + ","
                                                                      + total.get("obligated").asText() + ","
                                                                      + total.get("disbursed").asText() + ",");
        assertThat(files.get("person-days-by-sector.csv")).endsWith("TOTAL,22\r\n");
    }

    @Test
    void the_pdf_reads_back_with_its_totals_and_ends_with_the_position_and_hash_and_is_the_same_when_rebuilt()
            throws IOException {
        String path = "/api/reports/activity?period=FY2026-Q1&format=pdf&asOf=" + built;
        byte[] pdf = reporter.download(path);
        JsonNode report = json("FY2026-Q1");

        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(text.getTextFromPage(page)).append('\n');
        }
        String last = text.getTextFromPage(reader.getNumberOfPages());

        assertThat(all).contains("Activity report FY2026-Q1").contains("Page 2").contains("Allocated to date")
                       .contains("USD " + String.format(java.util.Locale.ROOT, "%,.2f", new BigDecimal(
                               row(report.get("fundsBySource"), "TOTAL").get("obligated").asText())))
                       .doesNotContain("Baptiste").doesNotContain("Amina");
        assertThat(last).contains(Long.toString(built)).contains(report.get("builtFrom").get("hash").asText());
        assertThat(reporter.download(path)).isEqualTo(pdf);
    }

    @Test
    void a_funds_notification_names_source_country_project_amount_and_the_purpose_from_its_decision() {
        JsonNode allocation = reporter.get("/api/reports/notifications/" + fy2025 + "/A-1?asOf=" + built).json();
        JsonNode obligation = reporter.get("/api/reports/notifications/" + fy2025 + "/O-1?asOf=" + built).json();
        JsonNode undecided = reporter.get("/api/reports/notifications/" + fy2026 + "/A-1?asOf=" + built).json();

        assertThat(allocation.get("authority").asText()).isEqualTo("Stabilization Fund");
        assertThat(allocation.get("country").asText()).isEqualTo("SD");
        assertThat(allocation.get("project").asText()).isEqualTo("Police");
        assertThat(allocation.get("amount").asText()).isEqualTo("100000.00");
        assertThat(allocation.get("purpose").asText()).isEqualTo("Deploy a field ACT");
        assertThat(obligation.get("kind").asText()).isEqualTo("obligation");
        assertThat(obligation.get("amount").asText()).isEqualTo("60000.00");
        assertThat(obligation.get("purpose").asText()).isEqualTo("Deploy a field ACT");
        assertThat(undecided.get("purpose").isNull()).isTrue();
        assertThat(reporter.get("/api/reports/notifications/" + fy2025 + "/A-9").status()).isEqualTo(404);
    }

    @Test
    void a_case_summary_shows_the_decision_chain_with_what_was_superseded_and_corrected() throws IOException {
        JsonNode summary = reporter.get("/api/crises/" + sudan + "/report?asOf=" + built).json();
        Map<String, String> files = unzip(reporter.download("/api/crises/" + sudan + "/report?format=csv&asOf="
                                                                    + built));
        byte[] pdf = reporter.download("/api/crises/" + sudan + "/report?format=pdf&asOf=" + built);

        JsonNode first = summary.get("decisions").get(0);
        assertThat(first.get("supersededBy").asText()).isEqualTo("D-2");
        assertThat(first.get("corrected").asBoolean()).isTrue();
        assertThat(summary.get("corrections").get(0).get("correctedText").asText()).isEqualTo("One ACT of six");
        assertThat(summary.get("handovers").get(0).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(files.get("decisions.csv")).contains("'=HYPERLINK");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(reporter.get("/api/crises/" + haiti + "/report").json().get("title").asText())
                .isEqualTo("[withheld: SBU]");
    }

    @Test
    void a_submitted_funds_notification_rebuilds_to_its_digests_and_names_its_source_and_entry() {
        Api.Response submitted = reporter.post("/api/reports/notification/submissions",
                                               Map.of("sourceId", fy2025, "entry", "O-1", "asOf", built));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonNode reading = casebook.as("AUDITOR").get("/api/reports/submissions/" + submitted.json().get("id").asText()
                                                              + "?after=" + submitted.json().get("position").asLong())
                                   .json();
        String file = "notification-" + fy2025 + "-O-1-" + built + ".json";

        assertThat(reading.get("verified").asBoolean()).isTrue();
        assertThat(reading.get("submission").get("type").asText()).isEqualTo("notification");
        assertThat(reading.get("submission").get("subject").asText()).isEqualTo(fy2025 + "/O-1");
        assertThat(reading.get("submission").get("files").get(file).asText()).isEqualTo(sha256(reporter.download(
                "/api/reports/notifications/" + fy2025 + "/O-1?asOf=" + built)));
        assertThat(reporter.post("/api/reports/notification/submissions", Map.of("sourceId", fy2025, "entry", "A-9"))
                           .status()).isEqualTo(404);
        assertThat(reporter.post("/api/reports/notification/submissions", Map.of("entry", "A-1")).body())
                .contains("sourceId");
    }

    @Test
    void a_submitted_case_summary_shows_a_later_decision_of_its_case_as_an_amendment() {
        Api.Response submitted = reporter.post("/api/reports/case/submissions", Map.of("caseId", haiti));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String path = "/api/reports/submissions/" + submitted.json().get("id").asText();
        Api auditor = casebook.as("AUDITOR");
        JsonNode before = auditor.get(path + "?after=" + submitted.json().get("position").asLong()).json();

        post("/api/crises/" + haiti + "/decisions", at(Bodies.decision("Reopen the airport road", null), "2025-12-22"));
        JsonNode after = auditor.get(path).json();

        assertThat(before.get("verified").asBoolean()).isTrue();
        assertThat(before.get("submission").get("subject").asText()).isEqualTo(haiti);
        assertThat(after.get("verified").asBoolean()).isTrue();
        assertThat(after.get("amendment").get("changes").findValuesAsText("table")).contains("decisions");
        assertThat(after.get("amendment").get("entries").findValuesAsText("type")).containsExactly("DecisionRecorded");
        assertThat(after.get("amendment").get("entries").findValuesAsText("recordId")).containsOnly(haiti);
    }

    @Test
    void the_correction_of_an_sbu_decision_in_an_unclassified_case_is_withheld_with_it() {
        Map<String, Object> quiet = Bodies.with(Bodies.decision("Back-channel talks with the militia", null),
                                                "sensitivity", "SBU");
        String decided = post("/api/crises/" + sudan + "/decisions", at(quiet, "2025-02-02"))
                .json().get("entries").get(0).get("eventId").asText();
        post("/api/crises/" + sudan + "/corrections", at(Map.of("correctsEventId", decided, "reason",
                                                                "Named the wrong faction", "correctedText",
                                                                "Back-channel talks with the elders"), "2025-02-03"));

        String standard = reporter.get("/api/crises/" + sudan + "/report").body();
        String sbu = reporter.get("/api/crises/" + sudan + "/report?edition=sbu").body();

        assertThat(standard).doesNotContain("the elders").doesNotContain("Named the wrong faction")
                            .contains(decided);
        assertThat(sbu).contains("Back-channel talks with the elders").contains("Named the wrong faction");
    }

    @Test
    void the_standard_edition_withholds_sbu_text_which_a_cleared_reporter_may_read() {
        String standard = reporter.get("/api/reports/activity?period=FY2026-Q1").body();
        Api.Response sbu = reporter.get("/api/reports/activity?period=FY2026-Q1&edition=sbu");
        Api.Response notCleared = casebook.uncleared("REPORTER")
                                          .get("/api/reports/activity?period=FY2026-Q1&edition=sbu");

        assertThat(standard).doesNotContain("Quiet talks with the gangs").doesNotContain("Port-au-Prince")
                            .contains("[withheld: SBU]");
        assertThat(sbu.status()).isEqualTo(200);
        assertThat(sbu.body()).contains("Quiet talks with the gangs");
        assertThat(notCleared.status()).isEqualTo(403);
    }

    @Test
    void the_edition_is_one_word_in_any_case_for_reading_and_submitting() {
        String lower = reporter.get("/api/reports/activity?period=FY2026-Q1&edition=sbu&asOf=" + built).body();
        Api.Response upper = reporter.get("/api/reports/activity?period=FY2026-Q1&edition=SBU&asOf=" + built);
        Api.Response standard = reporter.get("/api/reports/activity?period=FY2026-Q1&edition=Standard&asOf=" + built);
        Api.Response submittedLower = reporter.post("/api/reports/activity/submissions",
                                                    Map.of("period", "FY2026-Q1", "edition", "sbu", "asOf", built));
        Api.Response submittedUpper = reporter.post("/api/reports/activity/submissions",
                                                    Map.of("period", "FY2026-Q1", "edition", "SBU", "asOf", built));
        Api.Response unknown = reporter.post("/api/reports/activity/submissions",
                                             Map.of("period", "FY2026-Q1", "edition", "secret"));

        assertThat(upper.status()).as(upper.body()).isEqualTo(200);
        assertThat(upper.body()).isEqualTo(lower).contains("Quiet talks with the gangs");
        assertThat(standard.status()).as(standard.body()).isEqualTo(200);
        assertThat(submittedLower.status()).as(submittedLower.body()).isEqualTo(201);
        assertThat(submittedUpper.status()).as(submittedUpper.body()).isEqualTo(201);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("edition").contains("standard or sbu");
    }

    @Test
    void a_funds_notification_is_read_and_submitted_under_one_name_and_the_old_spellings_still_work() {
        Api.Response read = reporter.get("/api/reports/notification/" + fy2025 + "/O-1?asOf=" + built);
        Api.Response readTheOldWay = reporter.get("/api/reports/notifications/" + fy2025 + "/O-1?asOf=" + built);
        Api.Response submitted = reporter.post("/api/reports/notifications/submissions",
                                               Map.of("sourceId", fy2025, "entry", "O-1", "asOf", built));

        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(readTheOldWay.body());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonNode reading = reporter.get("/api/reports/submissions/" + submitted.json().get("id").asText()
                                                + "?after=" + submitted.json().get("position").asLong()).json();
        assertThat(reading.get("submission").get("type").asText()).isEqualTo("notification");
        assertThat(reading.get("verified").asBoolean()).isTrue();
    }

    @Test
    void no_report_names_a_responder() {
        String json = reporter.get("/api/reports/activity?period=FY2026").body();

        assertThat(json).doesNotContain("Amina").doesNotContain("Diallo").doesNotContain("Jean Baptiste")
                        .doesNotContain("@example.org");
    }

    @Test
    void a_period_that_is_not_a_fiscal_year_or_quarter_is_400_naming_it() {
        Api.Response response = reporter.get("/api/reports/activity?period=2026-Q5");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("period");
    }

    @Test
    void a_period_ends_on_its_last_day_in_every_file_and_the_pdf_says_both_days_are_included() throws IOException {
        JsonNode report = json("FY2026-Q1");
        Map<String, String> files = unzip(reporter.download("/api/reports/activity?period=FY2026-Q1&format=csv&asOf="
                                                                    + built));
        String pdf = pdfText(reporter.download("/api/reports/activity?period=FY2026-Q1&format=pdf&asOf=" + built));

        assertThat(report.has("periodEnd")).isFalse();
        assertThat(report.get("periodLastDay").asText()).isEqualTo("2025-12-31");
        assertThat(files.get("report.csv")).startsWith("report,period,periodStart,periodLastDay,")
                                          .contains(",2025-10-01,2025-12-31,");
        assertThat(pdf).contains("2025-10-01 to 2025-12-31 (its first and last day, both included)")
                       .doesNotContain("2026-01-01");
    }

    @Test
    void the_pdf_gives_amounts_with_separators_and_currency_cases_by_title_and_words_for_enumerations_and_yes_no()
            throws IOException {
        String pdf = pdfText(reporter.download("/api/reports/activity?period=FY2026-Q1&format=pdf&asOf=" + built));
        Map<String, String> csv = unzip(reporter.download("/api/reports/activity?period=FY2026-Q1&format=csv&asOf="
                                                                  + built));

        assertThat(pdf).contains("USD 50,000.00").contains("USD 15,000.00")
                       .contains("Humanitarian assistance and social well being").contains("Unclassified")
                       .contains("Darfur border").contains("yes").doesNotContain("HUMANITARIAN_ASSISTANCE")
                       .doesNotContain("UNCLASSIFIED").doesNotContain("true").doesNotContain("false")
                       .doesNotContain("Port-au-Prince"); // the standard edition still withholds an SBU title
        assertThat(csv.get("decisions.csv")).startsWith("case,").contains("\r\nDarfur border,")
                                           .doesNotContain(sudan);
        assertThat(csv.get("cases.csv")).contains(",Unclassified,").contains(",yes,").doesNotContain("true");
        assertThat(csv.get("funds-by-country.csv")).contains("50000.00"); // spreadsheets get numbers
        assertThat(pdfText(reporter.download("/api/reports/notifications/" + fy2025 + "/A-1?format=pdf&asOf="
                                                     + built)))
                .contains("Allocation of USD 100,000.00 for Police in SD (Security)");
    }

    @Test
    void an_sbu_edition_is_marked_at_the_top_and_bottom_of_every_page_and_on_every_file() throws IOException {
        String marking = "SENSITIVE BUT UNCLASSIFIED (SBU)";
        String query = "/api/reports/activity?period=FY2026-Q1&edition=sbu&asOf=" + built;
        PdfReader reader = new PdfReader(reporter.download(query + "&format=pdf"));
        Map<String, String> csv = unzip(reporter.download(query + "&format=csv"));
        String json = reporter.get(query).body();

        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            String text = new PdfTextExtractor(reader).getTextFromPage(page);
            assertThat(text.split(java.util.regex.Pattern.quote(marking), -1)).as("page " + page).hasSize(3);
        }
        csv.forEach((file, text) -> assertThat(text).as(file).startsWith(marking + "\r\n")
                                                     .endsWith("\r\n" + marking + "\r\n"));
        assertThat(json).startsWith("{\n  \"marking\" : \"" + marking + "\"");
        assertThat(pdfText(reporter.download("/api/reports/activity?period=FY2026-Q1&format=pdf&asOf=" + built)))
                .doesNotContain(marking);
    }

    @Test
    void pages_read_page_n_of_m_a_long_report_lists_its_sections_and_small_tables_share_a_page() throws IOException {
        PdfReader reader = new PdfReader(reporter.download("/api/reports/activity?period=FY2026-Q1&format=pdf&asOf="
                                                                   + built));
        int pages = reader.getNumberOfPages();
        PdfTextExtractor text = new PdfTextExtractor(reader);

        for (int page = 1; page <= pages; page++) {
            assertThat(text.getTextFromPage(page)).contains("Page " + page + " of " + pages);
        }
        assertThat(pages).isGreaterThan(2).isLessThan(8); // twelve tables, most of a few rows
        assertThat(text.getTextFromPage(1)).contains("Contents").contains("Case counts").contains("Open risks")
                                           .contains("Record this report was built from");
        PdfReader notification = new PdfReader(reporter.download("/api/reports/notifications/" + fy2025
                                                                         + "/A-1?format=pdf&asOf=" + built));
        // a short report: its title, its forms (from layout 5 also what was transmitted and waived) and its case
        assertThat(notification.getNumberOfPages()).isEqualTo(2);
        assertThat(new PdfTextExtractor(notification).getTextFromPage(1)).contains("Page 1 of 2")
                                                                         .doesNotContain("Contents");
    }

    @Test
    void a_case_summary_is_for_after_action_review_and_its_counts_agree_with_their_nouns() throws IOException {
        String pdf = pdfText(reporter.download("/api/crises/" + sudan + "/report?format=pdf&asOf=" + built));

        assertThat(pdf).contains("For after-action review").doesNotContain("congressional")
                       .contains("0 assessments, 3 decisions, 1 correction, 1 handover, 1 deployment")
                       .contains("None recorded.").doesNotContain("in this period");
    }

    @Test
    void a_case_summary_holds_the_assessments_deployments_and_money_of_its_case() throws IOException {
        String kivu = open("Kivu watch", "CD", "UNCLASSIFIED", "2025-02-01");
        post("/api/crises/" + kivu + "/assessments", at(Bodies.assessment("Baseline of the Kivu watch"), "2025-02-03"));
        String atHead = "/api/crises/" + kivu + "/report?format=pdf";

        String sudanPdf = pdfText(reporter.download("/api/crises/" + sudan + "/report?format=pdf&asOf=" + built));
        JsonNode sudanJson = reporter.get("/api/crises/" + sudan + "/report?asOf=" + built).json();
        String kivuPdf = pdfText(reporter.download(atHead));

        assertThat(sudanPdf).contains("Deployments").contains("Justice and reconciliation").contains("Active")
                            .contains("2025-12-15").contains("USD 100,000.00").contains("USD 60,000.00")
                            .contains("USD 25,000.50").contains("USD 10,000.25").doesNotContain("Amina");
        assertThat(sudanJson.get("deployments").get(0).get("personDays").asLong()).isEqualTo(31);
        assertThat(sudanJson.get("money")).hasSize(4);
        assertThat(kivuPdf).contains("Assessments").contains("Baseline of the Kivu watch").contains("1 assessment,");
        assertThat(reporter.download(atHead)).isEqualTo(reporter.download(atHead));
    }

    @Test
    void a_risk_taken_on_in_a_handover_stays_open_until_it_is_recorded_as_closed() {
        String kase = open("Sahel corridor", "ML", "UNCLASSIFIED", "2026-07-01");
        post("/api/crises/" + kase + "/handovers", at(new LinkedHashMap<>(Map.of(
                "toBody", CasebookInstance.FIELD_BODY, "openItems", List.of(), "risks",
                List.of("Convoy route unsafe", "Fuel shortages"), "proposedEffectiveOn", "2026-07-10")), "2026-07-05"));
        String digest = coordinator.get("/api/crises/" + kase + "/handovers/H-1/brief").json().get("digest").asText();
        Api.Response accepted = casebook.fieldCoordinator().post("/api/crises/" + kase + "/handovers/H-1/accept",
                                                                 at(Map.of("briefDigest", digest), "2026-07-10"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String close = "/api/crises/" + kase + "/handovers/H-1/risks/1/close";

        List<String> openBefore = risksOf(kase, "FY2027-Q1");
        Api.Response byTheFormerLead = coordinator.post(close, at(Map.of("reason", "Route reopened"), "2026-10-15"));
        Api.Response closed = casebook.fieldCoordinator().post(close, at(Map.of("reason", "Route reopened"),
                                                                         "2026-10-15"));
        Api.Response again = casebook.fieldCoordinator().post(close, at(Map.of("reason", "Twice"), "2026-10-16"));
        Api.Response noSuchRisk = casebook.fieldCoordinator().post(
                "/api/crises/" + kase + "/handovers/H-1/risks/3/close", at(Map.of("reason", "None"), "2026-10-16"));

        assertThat(openBefore).containsExactly("Convoy route unsafe", "Fuel shortages");
        assertThat(risksOf(kase, "FY2026-Q4")).containsExactly("Convoy route unsafe", "Fuel shortages");
        assertThat(byTheFormerLead.status()).as(byTheFormerLead.body()).isEqualTo(422);
        assertThat(byTheFormerLead.body()).contains("risk-not-open");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(risksOf(kase, "FY2027-Q1")).containsExactly("Fuel shortages");
        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(noSuchRisk.status()).as(noSuchRisk.body()).isEqualTo(404);
        assertThat(coordinator.get("/api/crises/" + kase + "/timeline").body())
                .contains("Risk 1 of handover H-1 closed by");
    }

    /** The open risks of a case at the end of a period, in the report built at the head. */
    private static List<String> risksOf(String kase, String period) {
        List<String> risks = new ArrayList<>();
        reporter.get("/api/reports/activity?period=" + period).json().get("openRisks").forEach(risk -> {
            if (risk.get("caseId").asText().equals(kase)) {
                risks.add(risk.get("risk").asText());
            }
        });
        return risks;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }

    private static JsonNode json(String period) {
        Api.Response response = reporter.get("/api/reports/activity?period=" + period + "&asOf=" + built);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sum(Predicate<Moved> which) {
        return MOVED.stream().filter(which).map(m -> new BigDecimal(m.amount()))
                    .reduce(new BigDecimal("0.00"), BigDecimal::add).toPlainString();
    }

    private static void addsUp(JsonNode table, String keyField) {
        Map<String, BigDecimal> sums = new HashMap<>();
        JsonNode total = null;
        for (JsonNode row : table) {
            if (row.get(keyField).asText().equals("TOTAL")) {
                total = row;
                continue;
            }
            for (String kind : List.of("allocated", "obligated", "disbursed")) {
                sums.merge(kind, new BigDecimal(row.get(kind).asText()), BigDecimal::add);
            }
        }
        assertThat(total).isNotNull();
        for (String kind : List.of("allocated", "obligated", "disbursed")) {
            assertThat(new BigDecimal(total.get(kind).asText()))
                    .isEqualByComparingTo(sums.getOrDefault(kind, BigDecimal.ZERO));
        }
    }

    private static JsonNode row(JsonNode table, String key) {
        for (JsonNode row : table) {
            JsonNode name = row.has("key") ? row.get("key") : row.get("sourceId");
            if (name.asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + table);
    }

    private static Map<String, Long> days(JsonNode table) {
        Map<String, Long> days = new HashMap<>();
        table.forEach(row -> days.put(row.get("key").asText(), row.get("personDays").asLong()));
        return days;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static String open(String title, String country, String sensitivity, String on) {
        Map<String, Object> body = new LinkedHashMap<>(Bodies.openCase(title, country, "OPERATIONS"));
        body.put("sensitivity", sensitivity);
        return post("/api/crises", at(body, on)).json().get("id").asText();
    }

    private static String source(String authority, int fiscalYear) {
        return post("/api/funding-sources", Map.of("authority", authority, "fiscalYear", fiscalYear,
                                                   "cap", "1000000.00")).json().get("id").asText();
    }

    private static void move(String kase, String movement, Map<String, Object> body, Moved moved) {
        post("/api/crises/" + kase + "/funds/" + movement, at(body, moved.on().toString()));
        MOVED.add(moved);
    }

    private static String responder(String name, String component, String agency) {
        Map<String, Object> body = new LinkedHashMap<>(Bodies.responder(name, component, List.of("rule-of-law")));
        body.put("agency", agency);
        // on the roster before the deployments recorded for them: nothing of theirs takes effect before it
        body.put("effectiveAt", "2024-01-01T00:00:00Z");
        return post("/api/responders", body).json().get("id").asText();
    }

    private static void deploy(String kase, String responder, String sector, String start, String end,
                               String endedOn) {
        String path = "/api/crises/" + kase + "/deployments";
        // Requested and approved on its first day, before it starts there: no step takes effect before the last.
        Map<String, Object> request = new LinkedHashMap<>(Map.of("responderId", responder, "role", "Adviser", "sector",
                                                                 sector, "skill", "rule-of-law", "start", start,
                                                                 "end", end, "effectiveAt", start + "T06:00:00Z"));
        String id = post(path, request).json().get("id").asText();
        post(path + "/" + id + "/approve", Map.of("effectiveAt", start + "T07:00:00Z"));
        if (endedOn != null) {
            post(path + "/" + id + "/start", Map.of("effectiveAt", start + "T08:00:00Z"));
            post(path + "/" + id + "/end", Map.of("endedOn", endedOn, "note", "Done"));
        }
    }

    private static Map<String, Object> at(Map<String, Object> body, String day) {
        Map<String, Object> effective = new LinkedHashMap<>(body);
        effective.put("effectiveAt", day + "T12:00:00Z");
        return effective;
    }

    private static Api.Response post(String path, Object body) {
        Api.Response response = coordinator.post(path, body);
        assertThat(response.status()).as(path + ": " + response.body()).isIn(200, 201);
        return response;
    }

    private static long head() {
        return coordinator.get("/api/journal/head").json().get("position").asLong();
    }
}
