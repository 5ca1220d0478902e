package org.casebook.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.CasebookInstance.unclearedUserFor;
import static org.casebook.server.testing.CasebookInstance.userFor;
import static org.casebook.server.testing.TwoFiscalYears.at;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.Browser;
import org.casebook.server.testing.TwoFiscalYears;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Reporting staff build, preview, download and submit a period's activity report in the browser, from periods
 * offered by the record; the files are the API's bytes, the submission is the API's, and a late entry shows as an
 * amendment in words. Others are refused what the API refuses them.
 */
class ConsoleReportsTest {

    private static final By SIGNED_IN = By.cssSelector("[data-testid=signed-in]");
    private static final By PREVIEW = By.cssSelector("[data-testid=preview]");
    private static final By SUBMISSION = By.cssSelector("[data-testid=submission]");
    private static final By NAVIGATION = By.cssSelector(".usa-nav__primary a");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AutoClose
    private static final TwoFiscalYears history = TwoFiscalYears.record();

    @Test
    void a_reporter_previews_downloads_and_submits_a_period_offered_and_sees_it_verified_then_amended_by_a_late_entry()
            throws Exception {
        try (Browser browser = Browser.at(history.casebook)) {
            browser.signInAs(userFor("REPORTER")).await(SIGNED_IN);
            assertThat(browser.path()).isEqualTo("/reports");
            assertThat(browser.texts(NAVIGATION)).contains("Reports");
            // the periods in which something was recorded, by their days, not typed
            List<String> offered = browser.texts(By.cssSelector("#period option"));
            assertThat(offered).contains("Fiscal year FY2026: 1 Oct 2025 to 30 Sep 2026",
                                         "Q1 FY2026: 1 Oct 2025 to 31 Dec 2025", "Q1 FY2025: 1 Oct 2024 to 31 Dec 2024")
                               .noneMatch(o -> o.startsWith("Q3 FY2025")).noneMatch(o -> o.contains("FY2027"));

            browser.select("period", "Q1 FY2026: 1 Oct 2025 to 31 Dec 2025")
                   .click(By.cssSelector("[data-testid=show-report]"));
            String preview = browser.await(PREVIEW).getText();
            long asOf = Long.parseLong(browser.value(By.cssSelector("[data-testid=submit-form] [name=asOf]")));
            assertThat(preview).contains("Activity report FY2026-Q1", "Darfur border", "USD 50,000.00",
                                         "USD 15,000.00", "Humanitarian assistance and social well being", "Haiti",
                                         "journal position " + asOf)
                               .doesNotContain("Port-au-Prince", "HUMANITARIAN_ASSISTANCE");
            browser.shoot("reports-preview");

            for (String format : List.of("csv", "json", "pdf")) {
                String link = browser.href(By.cssSelector("[data-testid=download-" + format + "]"));
                assertThat(link).contains("asOf=" + asOf);
                byte[] api = history.reporter.download("/api/reports/activity?period=FY2026-Q1&format=" + format
                                                       + "&asOf=" + asOf);
                assertThat(browser.get(link).body()).as(format).isEqualTo(api);
                // nothing was recorded since: the API's report of now is the same file
                assertThat(api).isEqualTo(history.reporter.download("/api/reports/activity?period=FY2026-Q1&format="
                                                                    + format));
            }

            browser.click(By.cssSelector("[data-testid=submit-form] [data-testid=send]"));
            String submitted = browser.await(By.cssSelector("[data-testid=submission].console-submission--new"))
                                      .getText();
            assertThat(browser.path()).startsWith("/reports/submissions?after=");
            // USWDS writes tags in capitals
            assertThat(submitted.toLowerCase()).contains("just submitted", "verified");
            assertThat(submitted).contains("Activity report FY2026-Q1", "Submitted by " + userFor("REPORTER"),
                                           "its files have exactly the digests submitted",
                                           "Nothing recorded since changes it");
            browser.shoot("reports-submitted");

            history.post("/api/crises/" + history.haiti + "/funds/adjustments", at(Map.of(
                    "sourceId", history.fy2026, "entry", "O-1", "change", "-2000.00", "reason", "Tents returned"),
                    "2025-12-21"));
            browser.open("/reports/submissions");
            String amended = browser.await(By.cssSelector("[data-testid=amendment]")).getText();
            assertThat(amended).contains("Funds by country, Haiti: obligated was USD 15,000.00, is now USD 13,000.00.",
                                         "Funds by sector, Humanitarian assistance and social well being: obligated was")
                               .contains("Funds adjusted on Complex Crises Fund FY2026, taking effect 21 Dec 2025, 12:00 UTC",
                                         "by " + userFor("COORDINATOR"))
                               .doesNotContain(history.fy2026);
            assertThat(browser.text(SUBMISSION)).contains("its files have exactly the digests submitted");
            browser.shoot("reports-amended");
        }
        JsonNode recorded = history.reporter.get("/api/reports/submissions").json().get(0);
        assertThat(recorded.get("period").asText()).isEqualTo("FY2026-Q1");
        assertThat(recorded.get("submittedBy").asText()).isEqualTo(userFor("REPORTER"));
        assertThat(recorded.get("builtFrom").get("position").asLong()).isGreaterThanOrEqualTo(history.built);
        assertThat(recorded.get("edition").asText()).isEqualTo("STANDARD");
    }

    @Test
    void text_recorded_in_a_case_is_only_ever_text_in_the_preview() {
        String hostile = "<script>document.title='owned'</script> Sahel";
        String kase = history.open(hostile, "ML", "UNCLASSIFIED", "2023-02-01");
        history.post("/api/crises/" + kase + "/stage", at(Bodies.stage("CLOSED", null, "<b>Done</b>"), "2023-02-02"));
        try (Browser browser = Browser.at(history.casebook)) {
            browser.signInAs(userFor("REPORTER")).await(SIGNED_IN);
            browser.open("/reports?period=FY2023-Q2");

            assertThat(browser.await(PREVIEW).getText()).contains(hostile, "Mali");
            assertThat(browser.title()).isNotEqualTo("owned").startsWith("Reports");
            assertThat(browser.source()).doesNotContain("<script>document");
        }
    }

    @Test
    void the_same_sending_of_the_submit_form_records_one_submission_and_one_without_its_csrf_token_none() {
        try (Browser browser = Browser.at(history.casebook)) {
            browser.signInAs(userFor("REPORTER")).await(SIGNED_IN);
            browser.open("/reports?period=FY2025-Q1").await(PREVIEW);
            By form = By.cssSelector("[data-testid=submit-form]");
            String fields = "period=FY2025-Q1&edition=standard&version="
                    + "&asOf=" + browser.value(By.cssSelector("[data-testid=submit-form] [name=asOf]"))
                    + "&idempotencyKey=" + browser.value(By.cssSelector("[data-testid=submit-form] [name=idempotencyKey]"));
            String csrf = "&_csrf=" + browser.value(By.cssSelector("[data-testid=submit-form] [name=_csrf]"));
            assertThat(browser.text(form)).contains("Submit this report");

            HttpResponse<byte[]> first = post(fields + csrf, browser);
            HttpResponse<byte[]> again = post(fields + csrf, browser);
            HttpResponse<byte[]> forged = post(fields.replace("idempotencyKey=", "idempotencyKey=x"), browser);

            assertThat(first.statusCode()).isEqualTo(302);
            assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
            assertThat(forged.statusCode()).isEqualTo(403);
        }
        List<JsonNode> submitted = new java.util.ArrayList<>();
        history.reporter.get("/api/reports/submissions").json().forEach(submitted::add);
        assertThat(submitted).filteredOn(s -> s.get("period").asText().equals("FY2025-Q1")).hasSize(1);
    }

    @Test
    void the_case_page_links_its_summary_report_as_the_api_gives_it() throws Exception {
        try (Browser browser = Browser.at(history.casebook)) {
            browser.signInAs(userFor("REPORTER")).await(SIGNED_IN);
            browser.open("/cases/" + history.sudan).await(By.cssSelector("[data-testid=case-report]"));
            String link = browser.href(By.cssSelector("[data-testid=case-report] a"));

            assertThat(browser.get(link).body())
                    .isEqualTo(history.reporter.download("/api/crises/" + history.sudan + "/report?format=pdf"));
        }
    }

    @Test
    void an_auditor_reads_the_submissions_but_like_the_api_may_not_build_or_download_a_report() throws Exception {
        Api auditor = history.casebook.as("AUDITOR");
        try (Browser browser = Browser.at(history.casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(SIGNED_IN);
            assertThat(browser.texts(NAVIGATION)).contains("Submitted reports").doesNotContain("Reports");

            for (String page : List.of("/reports", "/reports/activity/file?period=FY2026-Q1&format=csv",
                                       "/cases/" + history.sudan + "/report")) {
                assertThat(browser.get(history.casebook.baseUrl() + page).statusCode()).as(page).isEqualTo(403);
            }
            browser.open("/reports");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Not for your role");
            browser.open("/reports/submissions");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Reports submitted");
            assertThat(browser.source()).doesNotContain("Submit this report");
        }
        assertThat(auditor.get("/api/reports/activity?period=FY2026-Q1").status()).isEqualTo(403);
        assertThat(auditor.get("/api/crises/" + history.sudan + "/report").status()).isEqualTo(403);
        assertThat(auditor.get("/api/reports/submissions").status()).isEqualTo(200);
    }

    @Test
    void a_coordinator_may_report_as_in_the_api_but_one_not_cleared_is_offered_no_sbu_edition_and_refused_it() throws Exception {
        Api uncleared = history.casebook.uncleared("COORDINATOR");
        try (Browser browser = Browser.at(history.casebook)) {
            browser.signInAs(unclearedUserFor("COORDINATOR")).await(SIGNED_IN);
            assertThat(browser.texts(NAVIGATION)).contains("Reports", "Status board");
            browser.open("/reports?period=FY2026-Q1").await(PREVIEW);
            assertThat(browser.source()).doesNotContain("id=\"edition\"");

            assertThat(browser.get(history.casebook.baseUrl() + "/reports/activity/file?period=FY2026-Q1&format=json"
                           + "&edition=sbu").statusCode()).isEqualTo(403);
        }
        assertThat(uncleared.get("/api/reports/activity?period=FY2026-Q1&edition=sbu").status()).isEqualTo(403);
        assertThat(uncleared.get("/api/reports/activity?period=FY2026-Q1").status()).isEqualTo(200);
    }

    /** A form POST to the submissions as the browser's signed-in session, not following redirects. */
    private static HttpResponse<byte[]> post(String form, Browser browser) {
        return send(HttpRequest.newBuilder(URI.create(history.casebook.baseUrl() + "/reports/activity/submissions"))
                               .header("Content-Type", "application/x-www-form-urlencoded")
                               .POST(HttpRequest.BodyPublishers.ofString(form)), browser);
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request, Browser browser) {
        try {
            return HTTP.send(request.header("Cookie", "CASEBOOK_SESSION=" + browser.cookie("CASEBOOK_SESSION")
                                                                                      .getValue()).build(),
                             HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
