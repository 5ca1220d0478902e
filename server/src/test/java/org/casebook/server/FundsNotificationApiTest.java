package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Documents.pdfText;
import static org.casebook.server.testing.Documents.unzip;
import static org.casebook.server.testing.Problems.assertRefused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.ReportFiles;
import org.casebook.query.reporting.ReportLayout;
import org.casebook.query.reporting.Reports;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A funds notification as the committees receive it, over HTTP: transmitted with the authority's terms
 * (casebook.funds.authorities), obligating before its wait ends refused unless waived, and the notification report
 * showing what was sent in layout 5 while earlier layouts keep their bytes.
 */
class FundsNotificationApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");
    private static String source;
    private static String kase;

    @BeforeAll
    static void record() {
        Api.Response registered = coordinator.post("/api/funding-sources", Map.of(
                "authority", "FY2026 NDAA s.1207", "fiscalYear", 2026, "cap", "5000000.00"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        source = registered.id();
        kase = ok(coordinator.post("/api/crises", Bodies.with(Bodies.openCase("Port-au-Prince police", "HT", "WATCH"),
                                                              "effectiveAt", daysAgo(40)))).id();
    }

    private static String daysAgo(int days) {
        return TODAY.minusDays(days).atTime(9, 0).toInstant(ZoneOffset.UTC).toString();
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return response;
    }

    private static String allocate(String effectiveAt) {
        return ok(coordinator.post("/api/crises/" + kase + "/funds/allocations", Map.of(
                "sourceId", source, "project", "Police pay", "sector", "SECURITY", "amount", "250000.00",
                "effectiveAt", effectiveAt))).json().get("entry").asText();
    }

    private static Api.Response obligate(String allocation) {
        return coordinator.post("/api/crises/" + kase + "/funds/obligations", Map.of(
                "sourceId", source, "allocation", allocation, "amount", "1000.00", "description", "Salaries"));
    }

    private static Map<String, Object> notification(String allocation, LocalDate transmittedOn) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of(
                "sourceId", source, "allocation", allocation, "provided", "Funds",
                "purpose", "Pay the national police in the capital", "objectives", "Keep the posts manned",
                "otherFunds", "None"));
        if (transmittedOn != null) {
            body.put("transmittedOn", transmittedOn.toString());
        }
        return body;
    }

    private static long head() {
        return casebook.head();
    }

    @Test
    void obligating_with_no_notification_transmitted_is_422_notification_wait_and_records_nothing() {
        String allocation = allocate(daysAgo(1));
        long before = head();

        Api.Response refused = obligate(allocation);

        assertRefused(refused, "notification-wait");
        assertThat(refused.json().get("field").asText()).isEqualTo("allocation");
        assertThat(refused.json().get("detail").asText()).contains("no notification of allocation " + allocation)
                                                         .contains("15 days");
        assertThat(head()).isEqualTo(before);
    }

    @Test
    void obligating_during_the_wait_is_refused_naming_the_earliest_day_until_the_wait_is_waived() {
        String allocation = allocate(daysAgo(1));
        Api.Response transmitted = coordinator.post("/api/crises/" + kase + "/funds/notifications",
                                                    notification(allocation, null));
        assertThat(transmitted.status()).as(transmitted.body()).isEqualTo(200);
        assertThat(transmitted.json().get("entries").get(0).get("type").asText()).isEqualTo("NotificationTransmitted");

        Api.Response refused = obligate(allocation);
        assertRefused(refused, "notification-wait");
        assertThat(refused.json().get("detail").asText()).contains("obligated from " + TODAY.plusDays(15));

        Api.Response waived = coordinator.post("/api/crises/" + kase + "/funds/waivers", Map.of(
                "sourceId", source, "allocation", allocation, "circumstances", "Police unpaid for two months"));
        assertThat(waived.status()).as(waived.body()).isEqualTo(200);
        assertThat(obligate(allocation).status()).isEqualTo(200);
        Api.Response again = coordinator.post("/api/crises/" + kase + "/funds/waivers", Map.of(
                "sourceId", source, "allocation", allocation, "circumstances", "Again"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("rule").asText()).isEqualTo("wait-already-waived");
    }

    @Test
    void a_notification_transmitted_before_the_wait_allows_obligating_and_the_report_shows_what_was_sent()
            throws IOException {
        String allocation = allocate(daysAgo(30));
        ok(coordinator.post("/api/crises/" + kase + "/funds/notifications",
                            notification(allocation, TODAY.minusDays(20))));
        long at = ok(obligate(allocation)).position();
        Api.Response transmittedAgain = coordinator.post("/api/crises/" + kase + "/funds/notifications",
                                                         notification(allocation, null));
        assertThat(transmittedAgain.json().get("rule").asText()).isEqualTo("notification-already-transmitted");
        Api reporter = casebook.as("REPORTER");
        String path = "/api/reports/notification/" + source + "/" + allocation + "?asOf=" + at;

        JsonNode notice = reporter.get(path).json();
        assertThat(allocation).startsWith("AL-");
        assertThat(notice.get("entry").asText()).isEqualTo(allocation);
        JsonNode sent = notice.get("sent");
        assertThat(sent.get("caseTitle").asText()).isEqualTo("Port-au-Prince police");
        assertThat(sent.get("transmittedOn").asText()).isEqualTo(TODAY.minusDays(20).toString());
        assertThat(sent.get("earliestObligationOn").asText()).isEqualTo(TODAY.minusDays(5).toString());
        assertThat(sent.get("waitingDays").asInt()).isEqualTo(15);
        assertThat(sent.get("account").asText()).startsWith("Section 1207 transfer");
        assertThat(sent.get("committees")).hasSize(6);
        assertThat(sent.get("purpose").asText()).isEqualTo("Pay the national police in the capital");
        assertThat(sent.get("waived").asBoolean()).isFalse();
        Map<String, String> csv = unzip(reporter.download(path + "&format=csv"));
        assertThat(csv.get("notification.csv")).contains("Port-au-Prince police").doesNotContain(kase);
        assertThat(csv.get("transmitted.csv")).contains("Senate Armed Services; Senate Foreign Relations")
                                              .contains(TODAY.minusDays(5).toString());
        assertThat(csv.get("waiver.csv")).contains("no");
        assertThat(csv.get("case.csv")).contains(kase).contains("Port-au-Prince police");
        String pdf = pdfText(reporter.download(path + "&format=pdf"));
        assertThat(pdf).contains("Notification of funds: " + allocation + " of ").contains("Transmitted on " + TODAY.minusDays(20) + " to 6 committees")
                       .contains("House Appropriations").contains("Port-au-Prince police");

        Reports reports = casebook.bean(Reports.class);
        Report readable = reports.build("notification", null, source + "/" + EntryNumber.stored(allocation), at, ReportEdition.STANDARD,
                                        ReportLayout.READABLE);
        assertThat(new String(ReportFiles.json(readable, ReportLayout.READABLE), StandardCharsets.UTF_8))
                .doesNotContain("sent").doesNotContain("Section 1207 transfer")
                .contains("\"entry\" : \"" + EntryNumber.stored(allocation) + "\"");
        assertThat(ReportFiles.csv(readable, ReportLayout.READABLE)).containsOnlyKeys("report.csv",
                                                                                       "notification.csv");
    }

    @Test
    void only_a_coordinator_transmits_and_a_stale_if_match_is_412() {
        String allocation = allocate(daysAgo(1));
        Api.Response byReporter = casebook.as("REPORTER").post("/api/crises/" + kase + "/funds/notifications",
                                                               notification(allocation, null));
        Api.Response stale = coordinator.post("/api/crises/" + kase + "/funds/notifications",
                                              notification(allocation, null), Map.of("If-Match", "\"1\""));

        assertThat(byReporter.status()).isEqualTo(403);
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
    }

    @Test
    void a_notification_with_no_purpose_is_400_naming_the_field() {
        Map<String, Object> body = notification(allocate(daysAgo(1)), null);
        body.remove("purpose");

        Api.Response refused = coordinator.post("/api/crises/" + kase + "/funds/notifications", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("purpose");
    }
}
