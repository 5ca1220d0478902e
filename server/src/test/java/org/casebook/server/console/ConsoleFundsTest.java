package org.casebook.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.CasebookInstance.userFor;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Arrange;
import org.casebook.server.testing.Browser;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.Journal;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A coordinator moves a case's money from the console: registers a funding source, allocates from it on a decision,
 * obligates, and meets the cap, each by the API's own request, recorded as the signed-in person; others read the
 * money and are offered no form.
 */
class ConsoleFundsTest {

    private static final By SIGNED_IN = By.cssSelector("[data-testid=signed-in]");
    private static final By FUNDS = By.cssSelector("[data-testid=funds]");
    private static final By SEND = By.cssSelector("[data-testid=send]");
    private static final String HOSTILE = "<script>alert('funds')</script> Contract with Aqua Ltd";

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");
    private static final Arrange arrange = Arrange.by(casebook);

    @Test
    void a_coordinator_registers_a_source_allocates_on_a_decision_obligates_and_is_refused_past_the_cap_in_words() {
        String kase = arrange.caseWithDecision("Darfur water", "Truck water to Zamzam camp");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.click(By.linkText("Funds")).click(By.cssSelector("[data-testid=register-source]"));
            browser.type("authority", "Complex Crises Fund").type("fiscalYear", "2026").type("cap", "100000.00");
            browser.shoot("funds-register-form");
            browser.click(SEND);
            assertThat(browser.await(By.id("complex-crises-fund-fy2026")).getText())
                    .contains("Complex Crises Fund", "FY2026", "$100,000.00");
            browser.shoot("funds-sources");

            browser.open("/cases/" + kase).click(By.cssSelector("[data-testid=allocate-funds]"));
            browser.select("sourceId", "Complex Crises Fund, FY2026: $100,000.00 of $100,000.00 remains")
                   .click(SEND).await(By.cssSelector("[data-testid=allocations-form]"));
            assertThat(browser.texts(By.cssSelector("#authorizedBy option")))
                    .containsExactly("Not on a decision", "D-1: Truck water to Zamzam camp");
            browser.select("authorizedBy", "D-1: Truck water to Zamzam camp").type("project", "Water trucking")
                   .select("sector", "Humanitarian assistance and social well being").type("amount", "60000.00");
            browser.shoot("funds-allocate-form");
            browser.click(SEND);
            assertThat(browser.path()).startsWith("/cases/" + kase + "?after=").endsWith("#funds");
            assertThat(browser.await(By.cssSelector("[data-testid=allocation]")).getText())
                    .contains("AL-1", "Water trucking", "D-1: Truck water to Zamzam camp", "Complex Crises Fund",
                              "$60,000.00");

            browser.click(By.cssSelector("[data-testid=allocation] [data-testid=obligate]"))
                   .await(By.cssSelector("[data-testid=obligations-form]"));
            assertThat(browser.value(By.id("allocation"))).isEqualTo("AL-1");
            assertThat(browser.texts(By.cssSelector("#allocation option")))
                    .contains("AL-1: Water trucking, $60,000.00 remains");
            browser.type("amount", "25000.00").type("description", HOSTILE);
            browser.click(SEND);
            assertThat(browser.await(By.cssSelector("[data-testid=obligation]")).getText())
                    .contains("O-1", HOSTILE, "AL-1, Water trucking", "$25,000.00");
            assertThat(browser.text(By.cssSelector("[data-testid=allocation] [data-testid=remaining]")))
                    .isEqualTo("$35,000.00");

            browser.click(By.cssSelector("[data-testid=obligation] [data-testid=disburse]"))
                   .await(By.cssSelector("[data-testid=disbursements-form]"));
            assertThat(browser.value(By.id("obligation"))).isEqualTo("O-1");
            browser.type("amount", "10000.00").type("description", "First tranche").click(SEND);
            assertThat(browser.await(By.cssSelector("[data-testid=disbursement]")).getText())
                    .contains("P-1", "First tranche", "O-1, Water trucking", "$10,000.00");
            browser.click(By.cssSelector("[data-testid=obligation] [data-testid=adjust]"))
                   .await(By.cssSelector("[data-testid=adjustments-form]"));
            assertThat(browser.value(By.id("entry"))).isEqualTo("O-1");
            browser.shoot("funds-adjust-form");
            browser.type("change", "-5000.00").type("reason", "Smaller contract").click(SEND);
            assertThat(browser.await(By.cssSelector("[data-testid=adjustment]")).getText())
                    .contains("O-1, Water trucking", "Smaller contract", "-$5,000.00");
            assertThat(browser.text(By.cssSelector("[data-testid=allocation] [data-testid=remaining]")))
                    .isEqualTo("$40,000.00");
            assertThat(browser.text(By.cssSelector("[data-testid=funds-totals]")))
                    .contains("$60,000.00", "$20,000.00", "$10,000.00");
            browser.shoot("funds-case");

            browser.click(By.cssSelector("[data-testid=allocate-funds]"))
                   .select("sourceId", "Complex Crises Fund, FY2026: $40,000.00 of $100,000.00 remains").click(SEND);
            browser.type("project", "Second convoy").select("sector", "Humanitarian assistance and social well being")
                   .type("amount", "50000.00").click(SEND);
            assertThat(browser.await(By.id("amount-error")).getText())
                    .isEqualTo("allocating 50000.00 would exceed the cap of Complex Crises Fund, FY2026 (100000.00): "
                               + "40000.00 remains");
            assertThat(browser.value(By.id("amount"))).isEqualTo("50000.00");
            browser.shoot("funds-cap-refused");
        }
        JsonNode ledger = coordinator.get("/api/funding-sources/complex-crises-fund-fy2026?after="
                                          + coordinator.head()).json();
        assertThat(ledger.get("totals").get("allocated").asText()).isEqualTo("60000.00");
        assertThat(stream(ledger.get("movements")).map(m -> (m.hasNonNull("entry") ? m.get("entry").asText()
                : "adjusts " + m.get("adjusts").asText()) + " " + m.get("user").asText()))
                .containsExactly("AL-1 " + userFor("COORDINATOR"), "O-1 " + userFor("COORDINATOR"),
                                 "P-1 " + userFor("COORDINATOR"), "adjusts O-1 " + userFor("COORDINATOR"));
        assertThat(stream(ledger.get("movements")).filter(m -> m.get("entry").asText().equals("O-1")).findFirst()
                        .orElseThrow().get("text").asText()).isEqualTo(HOSTILE);
        assertThat(Journal.whoRecorded(casebook, "complex-crises-fund-fy2026"))
                .containsEntry("FundingSourceRegistered", userFor("COORDINATOR") + " COORDINATOR")
                .containsEntry("FundsAllocated", userFor("COORDINATOR") + " COORDINATOR")
                .containsEntry("FundsObligated", userFor("COORDINATOR") + " COORDINATOR")
                .containsEntry("FundsDisbursed", userFor("COORDINATOR") + " COORDINATOR")
                .containsEntry("FundsAdjusted", userFor("COORDINATOR") + " COORDINATOR");
    }

    @Test
    void money_under_an_authority_that_requires_notice_is_obligated_once_the_committees_were_notified_or_the_wait_waived() {
        Allocated funds = allocated("Haiti police", "Train the police", "FY2026 NDAA s.1207", "30000.00");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + funds.kase() + "#funds")
                   .click(By.cssSelector("[data-testid=allocation] [data-testid=obligate]"));
            browser.type("amount", "1000.00").type("description", "Training contract").click(SEND);
            assertThat(browser.await(By.id("allocation-error")).getText())
                    .startsWith("no notification of allocation AL-1 has been transmitted to the committees");

            browser.open("/cases/" + funds.kase() + "#funds")
                   .click(By.cssSelector("[data-testid=allocation] [data-testid=notify]"))
                   .await(By.cssSelector("[data-testid=notifications-form]"));
            assertThat(browser.value(By.id("allocation"))).isEqualTo("AL-1");
            assertThat(browser.source()).doesNotContain("id=\"effectiveAt\"");
            browser.type("provided", "Funds").type("purpose", "Police training").type("objectives", "Public order");
            browser.shoot("funds-notification-form");
            browser.click(SEND).await(FUNDS);

            browser.click(By.cssSelector("[data-testid=allocation] [data-testid=waive-the-wait]"))
                   .await(By.cssSelector("[data-testid=waivers-form]"));
            browser.type("circumstances", "Riots in the capital").click(SEND).await(FUNDS);
            browser.click(By.cssSelector("[data-testid=allocation] [data-testid=obligate]"));
            browser.type("amount", "1000.00").type("description", "Training contract").click(SEND);
            assertThat(browser.await(By.cssSelector("[data-testid=obligation]")).getText()).contains("O-1", "$1,000.00");
        }
        assertThat(Journal.whoRecorded(casebook, funds.source()))
                .containsEntry("NotificationTransmitted", userFor("COORDINATOR") + " COORDINATOR")
                .containsEntry("NotificationWaitWaived", userFor("COORDINATOR") + " COORDINATOR")
                .containsEntry("FundsObligated", userFor("COORDINATOR") + " COORDINATOR");
    }

    @Test
    void a_source_registered_twice_is_refused_in_words_beside_its_authority_and_an_authority_is_shown_as_text() {
        arrange.fundingSource("Peace <b>Fund</b>");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/funding-sources/new").await(By.id("authority"));
            browser.type("authority", "Peace <b>Fund</b>").type("fiscalYear", "2026").type("cap", "5.00");
            browser.click(SEND);
            assertThat(browser.await(By.id("authority-error")).getText())
                    .isEqualTo("a funding source is registered already for Peace <b>Fund</b> in FY2026");
            browser.shoot("funds-registered-twice");

            browser.open("/funding-sources");
            assertThat(browser.await(By.id("peace-b-fund-b-fy2026")).getText()).contains("Peace <b>Fund</b>");
        }
    }

    @Test
    void a_form_opened_before_the_source_moved_says_so_and_records_nothing() {
        Allocated funds = allocated("Sahel wells", "Dig wells", "Sahel Resilience Fund", "40000.00");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + funds.kase() + "/funds/" + funds.source() + "/obligations/new?allocation=AL-1")
                   .await(By.id("amount"));
            browser.type("amount", "1000.00").type("description", "Drilling contract");
            arrange.allocated(funds.kase(), funds.source(), "5000.00");
            browser.click(SEND);
            assertThat(browser.await(By.cssSelector("[data-testid=stale]")).getText())
                    .contains("This funding source changed since you opened it");
            browser.shoot("funds-stale");
        }
        assertThat(ledger(funds.source()).get("totals").get("obligated").asText()).isEqualTo("0.00");
    }

    @Test
    void the_same_obligation_sent_twice_is_recorded_once_and_both_answers_lead_to_the_case() throws Exception {
        Allocated funds = allocated("Kivu clinics", "Fund the clinics", "Kivu Health Fund", "40000.00");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + funds.kase() + "/funds/" + funds.source() + "/obligations/new")
                   .await(By.id("amount"));
            Map<String, String> fields = new LinkedHashMap<>();
            for (String hidden : new String[] {"_csrf", "version", "idempotencyKey", "sourceId"}) {
                fields.put(hidden, browser.value(By.name(hidden)));
            }
            fields.putAll(Map.of("allocation", "AL-1", "amount", "1000.00", "description", "Clinic supplies"));
            String path = "/cases/" + funds.kase() + "/funds/" + funds.source() + "/obligations";

            HttpResponse<String> first = browser.post(path, fields);
            HttpResponse<String> second = browser.post(path, fields);

            assertThat(first.statusCode()).isEqualTo(302);
            assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        }
        assertThat(ledger(funds.source()).get("totals").get("obligated").asText()).isEqualTo("1000.00");
    }

    @Test
    void an_auditor_reads_the_funds_and_the_sources_but_is_offered_no_form_and_may_not_open_one() {
        Allocated funds = allocated("Lake Chad relief", "Feed the displaced", "Lake Chad Food Fund", "12500.50");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(SIGNED_IN);
            browser.open("/cases/" + funds.kase());
            assertThat(browser.await(FUNDS).getText()).contains("Funds", "AL-1", "Food", "Lake Chad Food Fund",
                                                               "$12,500.50", "D-1: Feed the displaced");
            assertThat(browser.source()).doesNotContain("Allocate funds", "data-testid=\"obligate\"",
                                                        "data-testid=\"adjust\"", "/funds/new");
            browser.shoot("funds-auditor");

            browser.click(By.linkText("Funds"));
            assertThat(browser.await(By.id(funds.source())).getText()).contains("Lake Chad Food Fund", "$12,500.50");
            assertThat(browser.source()).doesNotContain("Register a funding source");

            for (String form : List.of("/cases/" + funds.kase() + "/funds/new",
                                       "/cases/" + funds.kase() + "/funds/" + funds.source() + "/obligations/new",
                                       "/funding-sources/new")) {
                browser.open(form);
                assertThat(browser.await(By.tagName("h1")).getText()).as(form).isEqualTo("Not for your role");
            }
        }
    }

    /** A case with a decision (D-1) and a source of $100,000.00 from which that amount is allocated on it. */
    private record Allocated(String kase, String source) {
    }

    private static Allocated allocated(String title, String decision, String authority, String amount) {
        Allocated allocated = new Allocated(arrange.caseWithDecision(title, decision), arrange.fundingSource(authority));
        arrange.allocated(allocated.kase(), allocated.source(), amount);
        return allocated;
    }

    private static JsonNode ledger(String source) {
        return coordinator.get("/api/funding-sources/" + source + "?after=" + coordinator.head()).json();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
