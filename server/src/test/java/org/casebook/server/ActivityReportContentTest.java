package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Documents.pdfText;
import static org.casebook.server.testing.Documents.unzip;
import static org.casebook.server.testing.TwoFiscalYears.at;
import static org.casebook.server.testing.TwoFiscalYears.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.junit.jupiter.api.Test;

/**
 * What the activity report and a case summary hold, over a history that spans two fiscal years: counts, money and
 * people of their own dates, checked against totals this test works out itself from what it sent.
 */
class ActivityReportContentTest extends OverTwoFiscalYears {

    @Test
    void the_quarter_counts_cases_decisions_people_and_handovers_of_its_own_dates() {
        JsonNode report = history.report("FY2026-Q1");

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
        JsonNode report = history.report("FY2026-Q1");

        for (JsonNode row : report.get("fundsBySource")) {
            String source = row.get("sourceId").asText();
            if (source.equals("TOTAL")) {
                continue;
            }
            for (String kind : List.of("allocated", "obligated", "disbursed")) {
                assertThat(row.get(kind).asText()).as(source + " " + kind)
                        .isEqualTo(history.sum(m -> m.source().equals(source) && m.kind().equals(kind)
                                && !m.on().isBefore(start) && m.on().isBefore(end)));
                assertThat(row.get(kind + "ToDate").asText()).as(source + " " + kind + " to date")
                        .isEqualTo(history.sum(m -> m.source().equals(source) && m.kind().equals(kind)
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
    void a_funds_notification_names_source_country_project_amount_and_the_purpose_from_its_decision() {
        String notifications = "/api/reports/notifications/";
        JsonNode allocation = reporter.get(notifications + history.fy2025 + "/A-1?asOf=" + built).json();
        JsonNode obligation = reporter.get(notifications + history.fy2025 + "/O-1?asOf=" + built).json();
        JsonNode undecided = reporter.get(notifications + history.fy2026 + "/A-1?asOf=" + built).json();

        assertThat(allocation.get("authority").asText()).isEqualTo("Stabilization Fund");
        assertThat(allocation.get("country").asText()).isEqualTo("SD");
        assertThat(allocation.get("project").asText()).isEqualTo("Police");
        assertThat(allocation.get("amount").asText()).isEqualTo("100000.00");
        assertThat(allocation.get("purpose").asText()).isEqualTo("Deploy a field ACT");
        assertThat(obligation.get("kind").asText()).isEqualTo("obligation");
        assertThat(obligation.get("amount").asText()).isEqualTo("60000.00");
        assertThat(obligation.get("purpose").asText()).isEqualTo("Deploy a field ACT");
        assertThat(undecided.get("purpose").isNull()).isTrue();
        assertThat(reporter.get("/api/reports/notifications/" + history.fy2025 + "/A-9").status()).isEqualTo(404);
    }

    @Test
    void a_case_summary_shows_the_decision_chain_with_what_was_superseded_and_corrected() throws IOException {
        JsonNode summary = reporter.get("/api/crises/" + history.sudan + "/report?asOf=" + built).json();
        Map<String, String> files = unzip(reporter.download("/api/crises/" + history.sudan + "/report?format=csv&asOf="
                                                                    + built));
        byte[] pdf = reporter.download("/api/crises/" + history.sudan + "/report?format=pdf&asOf=" + built);

        JsonNode first = summary.get("decisions").get(0);
        assertThat(first.get("supersededBy").asText()).isEqualTo("D-2");
        assertThat(first.get("corrected").asBoolean()).isTrue();
        assertThat(summary.get("corrections").get(0).get("correctedText").asText()).isEqualTo("One ACT of six");
        assertThat(summary.get("handovers").get(0).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(files.get("decisions.csv")).contains("'=HYPERLINK");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(reporter.get("/api/crises/" + history.haiti + "/report").json().get("title").asText())
                .isEqualTo("[withheld: SBU]");
    }

    @Test
    void a_case_summary_is_for_after_action_review_and_its_counts_agree_with_their_nouns() throws IOException {
        String pdf = pdfText(reporter.download("/api/crises/" + history.sudan + "/report?format=pdf&asOf=" + built));

        assertThat(pdf).contains("For after-action review").doesNotContain("congressional")
                       .contains("0 assessments, 3 decisions, 1 correction, 1 handover, 1 deployment")
                       .contains("None recorded.").doesNotContain("in this period");
    }

    @Test
    void a_case_summary_holds_the_assessments_deployments_and_money_of_its_case() throws IOException {
        String kivu = history.open("Kivu watch", "CD", "UNCLASSIFIED", "2025-02-01");
        history.post("/api/crises/" + kivu + "/assessments",
                     at(Bodies.assessment("Baseline of the Kivu watch"), "2025-02-03"));
        String atHead = "/api/crises/" + kivu + "/report?format=pdf";

        String sudanReport = "/api/crises/" + history.sudan + "/report?asOf=" + built;
        String sudanPdf = pdfText(reporter.download(sudanReport + "&format=pdf"));
        JsonNode sudanJson = reporter.get(sudanReport).json();
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
        String kase = history.open("Sahel corridor", "ML", "UNCLASSIFIED", "2026-07-01");
        history.handOver(kase, List.of("Convoy route unsafe", "Fuel shortages"), "2026-07-05", "2026-07-10");
        String close = "/api/crises/" + kase + "/handovers/H-1/risks/1/close";

        List<String> openBefore = risksOf(kase, "FY2027-Q1");
        Api field = history.casebook.fieldCoordinator();
        Api.Response byTheFormerLead = history.coordinator.post(close, at(Map.of("reason", "Route reopened"),
                                                                          "2026-10-15"));
        Api.Response closed = field.post(close, at(Map.of("reason", "Route reopened"), "2026-10-15"));
        Api.Response again = field.post(close, at(Map.of("reason", "Twice"), "2026-10-16"));
        Api.Response noSuchRisk = field.post(
                "/api/crises/" + kase + "/handovers/H-1/risks/3/close", at(Map.of("reason", "None"), "2026-10-16"));

        assertThat(openBefore).containsExactly("Convoy route unsafe", "Fuel shortages");
        assertThat(risksOf(kase, "FY2026-Q4")).containsExactly("Convoy route unsafe", "Fuel shortages");
        assertThat(byTheFormerLead.status()).as(byTheFormerLead.body()).isEqualTo(422);
        assertThat(byTheFormerLead.body()).contains("risk-not-open");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(risksOf(kase, "FY2027-Q1")).containsExactly("Fuel shortages");
        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(noSuchRisk.status()).as(noSuchRisk.body()).isEqualTo(404);
        assertThat(history.coordinator.get("/api/crises/" + kase + "/timeline").body())
                .contains("Risk 1 of handover H-1 closed by");
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

    /** The open risks of a case at the end of a period, in the report built at the head. */
    private List<String> risksOf(String kase, String period) {
        List<String> risks = new ArrayList<>();
        reporter.get("/api/reports/activity?period=" + period).json().get("openRisks").forEach(risk -> {
            if (risk.get("caseId").asText().equals(kase)) {
                risks.add(risk.get("risk").asText());
            }
        });
        return risks;
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

    private static Map<String, Long> days(JsonNode table) {
        Map<String, Long> days = new HashMap<>();
        table.forEach(row -> days.put(row.get("key").asText(), row.get("personDays").asLong()));
        return days;
    }
}
