package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Documents.sha256;
import static org.casebook.server.testing.TwoFiscalYears.CHECKPOINT_EVERY;
import static org.casebook.server.testing.TwoFiscalYears.at;
import static org.casebook.server.testing.TwoFiscalYears.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.journal.store.Store;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.Test;

/**
 * A report built at a position is the same bytes whenever and wherever it is built again; a submitted report
 * rebuilds to its digests, and shows as an amendment what later entries changed.
 */
class ActivityReportReproducibilityTest extends OverTwoFiscalYears {

    @Test
    void regenerating_at_the_same_position_gives_the_same_bytes_although_a_late_correction_came_since() {
        String asOf = "&asOf=" + built;
        byte[] json = reporter.download("/api/reports/activity?period=FY2026-Q1&format=json" + asOf);
        byte[] csv = reporter.download("/api/reports/activity?period=FY2026-Q1&format=csv" + asOf);

        history.post("/api/crises/" + history.sudan + "/funds/adjustments", at(Map.of(
                "sourceId", history.fy2025, "entry", "O-1", "change", "-1000.00", "reason", "Late de-obligation"),
                "2025-12-20"));

        assertThat(reporter.download("/api/reports/activity?period=FY2026-Q1&format=json" + asOf)).isEqualTo(json);
        assertThat(reporter.download("/api/reports/activity?period=FY2026-Q1&format=csv" + asOf)).isEqualTo(csv);
        JsonNode now = reporter.get("/api/reports/activity?period=FY2026-Q1").json();
        assertThat(row(now.get("fundsByCountry"), "SD").get("obligated").asText()).isEqualTo("59000.00");
    }

    @Test
    void another_process_builds_from_a_stored_checkpoint_the_same_bytes_as_this_one_folded_from_the_start() {
        while (history.head() % CHECKPOINT_EVERY != 0) {
            history.post("/api/crises/" + history.sudan + "/decisions",
                         at(Bodies.decision("Review the mandate", null), "2025-02-01"));
        }
        String asOf = "&format=json&asOf=" + history.head();
        String year = reporter.get("/api/reports/activity?period=FY2026" + asOf).body();
        String before = reporter.get("/api/reports/activity?period=FY2025" + asOf).body();
        List<Long> checkpoints = new ArrayList<>();
        history.casebook.bean(Store.class).database().getCollection("report_checkpoints").find()
                .forEach(header -> checkpoints.add(header.getLong("position")));
        CasebookInstance other = history.casebook.alongside();
        try {
            Api elsewhere = other.as("REPORTER");

            assertThat(elsewhere.get("/api/reports/activity?period=FY2026" + asOf).body()).isEqualTo(year);
            assertThat(elsewhere.get("/api/reports/activity?period=FY2025" + asOf).body()).isEqualTo(before);
            assertThat(checkpoints).contains(history.head()).hasSizeGreaterThan(2);
        } finally {
            other.close();
        }
    }

    @Test
    void a_submitted_report_rebuilds_to_its_digests_and_shows_an_amendment_once_a_late_entry_changed_it() {
        Api.Response submitted = reporter.post("/api/reports/activity/submissions",
                                               Map.of("period", "FY2026-Q1", "asOf", built));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String path = "/api/reports/submissions/" + submitted.id();
        Api auditor = history.casebook.as("AUDITOR");
        JsonNode before = auditor.get(path + "?after=" + submitted.position()).json();
        String json = before.get("submission").get("files").get("activity-FY2026-Q1-" + built + ".json").asText();

        history.post("/api/crises/" + history.haiti + "/funds/adjustments", at(Map.of(
                "sourceId", history.fy2026, "entry", "O-1", "change", "-2000.00", "reason", "Tents returned"),
                "2025-12-21"));
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
        long decided = history.post("/api/crises/" + history.sudan + "/decisions",
                                    Bodies.decision("Extend the field ACT", null)).position();

        JsonNode amendment = history.casebook.as("AUDITOR").get("/api/reports/submissions/" + submitted.id() + "?after=" + decided).json()
                                     .get("amendment");

        assertThat(amendment.get("entries").findValuesAsText("type")).containsExactly("DecisionRecorded");
    }

    @Test
    void a_submitted_funds_notification_rebuilds_to_its_digests_and_names_its_source_and_entry() {
        Api.Response submitted = reporter.post("/api/reports/notification/submissions",
                                               Map.of("sourceId", history.fy2025, "entry", "O-1", "asOf", built));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonNode reading = history.casebook.as("AUDITOR").get("/api/reports/submissions/" + submitted.id()
                                                              + "?after=" + submitted.position()).json();
        String file = "notification-" + history.fy2025 + "-O-1-" + built + ".json";

        assertThat(reading.get("verified").asBoolean()).isTrue();
        assertThat(reading.get("submission").get("type").asText()).isEqualTo("notification");
        assertThat(reading.get("submission").get("subject").asText()).isEqualTo(history.fy2025 + "/O-1");
        assertThat(reading.get("submission").get("files").get(file).asText()).isEqualTo(sha256(reporter.download(
                "/api/reports/notifications/" + history.fy2025 + "/O-1?asOf=" + built)));
        assertThat(reporter.post("/api/reports/notification/submissions",
                                 Map.of("sourceId", history.fy2025, "entry", "A-9")).status()).isEqualTo(404);
        assertThat(reporter.post("/api/reports/notification/submissions", Map.of("entry", "A-1")).body())
                .contains("sourceId");
    }

    @Test
    void a_submitted_case_summary_shows_a_later_decision_of_its_case_as_an_amendment() {
        Api.Response submitted = reporter.post("/api/reports/case/submissions", Map.of("caseId", history.haiti));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String path = "/api/reports/submissions/" + submitted.id();
        Api auditor = history.casebook.as("AUDITOR");
        JsonNode before = auditor.get(path + "?after=" + submitted.position()).json();

        history.post("/api/crises/" + history.haiti + "/decisions",
                     at(Bodies.decision("Reopen the airport road", null), "2025-12-22"));
        JsonNode after = auditor.get(path).json();

        assertThat(before.get("verified").asBoolean()).isTrue();
        assertThat(before.get("submission").get("subject").asText()).isEqualTo(history.haiti);
        assertThat(after.get("verified").asBoolean()).isTrue();
        assertThat(after.get("amendment").get("changes").findValuesAsText("table")).contains("decisions");
        assertThat(after.get("amendment").get("entries").findValuesAsText("type")).containsExactly("DecisionRecorded");
        assertThat(after.get("amendment").get("entries").findValuesAsText("recordId")).containsOnly(history.haiti);
    }

    @Test
    void a_funds_notification_is_read_and_submitted_under_one_name_and_the_old_spellings_still_work() {
        String notification = history.fy2025 + "/O-1?asOf=" + built;
        Api.Response read = reporter.get("/api/reports/notification/" + notification);
        Api.Response readTheOldWay = reporter.get("/api/reports/notifications/" + notification);
        Api.Response submitted = reporter.post("/api/reports/notifications/submissions",
                                               Map.of("sourceId", history.fy2025, "entry", "O-1", "asOf", built));

        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(readTheOldWay.body());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonNode reading = reporter.get("/api/reports/submissions/" + submitted.id()
                                                + "?after=" + submitted.position()).json();
        assertThat(reading.get("submission").get("type").asText()).isEqualTo("notification");
        assertThat(reading.get("verified").asBoolean()).isTrue();
    }
}
