package org.casebook.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.CasebookInstance.userFor;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.Browser;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A coordinator records a decision from the case's page: the API's rules, the signed-in person as who decided, the
 * page's version as the version decided on, and one record however often the same form is sent.
 */
class ConsoleDecisionTest {

    private static final By FORM = By.cssSelector("[data-testid=decisions-form]");
    private static final By PROBLEMS = By.cssSelector("[data-testid=problems]");

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");

    @Test
    void a_coordinator_records_a_decision_that_supersedes_a_standing_one_and_sees_it_on_the_case() {
        String kase = caseWithOneDecision("Darfur border");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(By.cssSelector("[data-testid=signed-in]"));
            browser.open("/cases/" + kase).click(By.cssSelector("[data-testid=record-decision]")).await(FORM);
            fill(browser, "Send two mediation teams");
            browser.select("supersedes", "D-1: Send a mediation team");
            browser.shoot("decision-form");
            browser.click(By.cssSelector("[data-testid=send]"));

            assertThat(browser.await(By.id("D-2")).getText()).contains("Send two mediation teams", "Stands",
                                                                       "supersedes D-1");
            assertThat(browser.path()).startsWith("/cases/" + kase + "?after=");
            assertThat(browser.text(By.id("D-1"))).contains("Superseded by D-2");
        }
        JsonNode decision = decisions(kase).get(1);
        assertThat(decision.get("decisionId").asText()).isEqualTo("D-2");
        assertThat(decision.get("entry").get("user").asText()).isEqualTo(userFor("COORDINATOR"));
        assertThat(decision.get("entry").get("role").asText()).isEqualTo("COORDINATOR");
        assertThat(decision.get("optionsConsidered")).hasSize(1);
    }

    @Test
    void a_decision_without_text_is_refused_beside_its_field_and_nothing_is_recorded() {
        String kase = caseWithOneDecision("Sahel corridor");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(By.cssSelector("[data-testid=signed-in]"));
            browser.open("/cases/" + kase + "/decisions/new").await(FORM);
            fill(browser, "   ");
            browser.click(By.cssSelector("[data-testid=send]"));

            assertThat(browser.await(PROBLEMS).getText()).contains("Nothing was recorded", "Decision: must not be blank");
            browser.shoot("decision-refused");
            assertThat(browser.text(By.id("decision-error"))).isEqualTo("must not be blank");
            assertThat(browser.texts(By.cssSelector("[data-testid=decisions-form] label, legend")))
                    .contains("Decision", "Rationale", "Options considered", "Deciding body", "Authority");
            assertThat(browser.value(By.id("rationale"))).isEqualTo("Mediation needs support now");
        }
        assertThat(decisions(kase)).hasSize(1);
    }

    @Test
    void a_decision_said_to_take_effect_in_the_future_is_refused_beside_its_date() {
        String kase = caseWithOneDecision("Great Lakes");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(By.cssSelector("[data-testid=signed-in]"));
            browser.open("/cases/" + kase + "/decisions/new").await(FORM);
            fill(browser, "Open a liaison office");
            browser.choose("effectiveAt", "2099-01-01T09:30");
            browser.click(By.cssSelector("[data-testid=send]"));

            assertThat(browser.await(PROBLEMS).getText()).contains("Took effect");
            assertThat(browser.text(By.id("effectiveAt-error"))).contains("2099-01-01T09:30:00Z");
            assertThat(browser.value(By.id("effectiveAt"))).isEqualTo("2099-01-01T09:30");
        }
        assertThat(decisions(kase)).hasSize(1);
    }

    @Test
    void script_typed_into_every_text_field_is_recorded_and_shown_as_text_never_run() {
        String kase = caseWithOneDecision("Kivu");
        String script = "<script>document.title='owned'</script><img src=x onerror=alert(1)>";
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(By.cssSelector("[data-testid=signed-in]"));
            browser.open("/cases/" + kase + "/decisions/new").await(FORM);
            browser.type("decision", "D " + script).type("rationale", "R " + script).type("option-0", "O " + script)
                   .type("authority", "A " + script);
            browser.click(By.cssSelector("[data-testid=send]"));

            assertThat(browser.await(By.id("D-2")).getText()).contains("D " + script, "R " + script);
            assertThat(browser.title()).doesNotContain("owned");
            assertThat(browser.source()).doesNotContain("<script>document").contains("&lt;script&gt;");
        }
        JsonNode decision = decisions(kase).get(1);
        assertThat(decision.get("optionsConsidered").get(0).asText()).isEqualTo("O " + script);
        assertThat(decision.get("authority").asText()).isEqualTo("A " + script);
    }

    @Test
    void a_decision_on_a_closed_case_is_refused_with_the_rule_in_words() {
        String kase = caseWithOneDecision("Sahel closing");
        coordinator.post("/api/crises/" + kase + "/stage", Bodies.stage("CLOSED", null, "Handed to the embassy"));
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(By.cssSelector("[data-testid=signed-in]"));
            browser.open("/cases/" + kase + "/decisions/new").await(FORM);
            fill(browser, "Open a liaison office");
            browser.click(By.cssSelector("[data-testid=send]"));

            assertThat(browser.await(PROBLEMS).getText()).contains("the case is closed; reopen it to");
        }
        assertThat(decisions(kase)).hasSize(1);
    }

    @Test
    void a_form_opened_before_the_case_changed_says_so_records_nothing_and_then_records_on_the_case_as_it_is() {
        String kase = caseWithOneDecision("Horn of Africa");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(By.cssSelector("[data-testid=signed-in]"));
            browser.open("/cases/" + kase + "/decisions/new").await(FORM);
            fill(browser, "Open a liaison office");
            coordinator.post("/api/crises/" + kase + "/decisions", Bodies.decision("Meanwhile, elsewhere", null));
            browser.click(By.cssSelector("[data-testid=send]"));

            assertThat(browser.shoot("decision-stale").await(By.cssSelector("[data-testid=stale]")).getText())
                    .contains("This case changed since you opened it", "1 entry was recorded since this form was opened");
            assertThat(decisions(kase)).hasSize(2);

            browser.click(By.cssSelector("[data-testid=send]"));
            assertThat(browser.await(By.id("D-3")).getText()).contains("Open a liaison office");
        }
        assertThat(decisions(kase)).hasSize(3);
    }

    @Test
    void the_same_form_sent_twice_is_recorded_once_and_both_answers_lead_to_the_case() throws Exception {
        String kase = caseWithOneDecision("Sahel border");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(By.cssSelector("[data-testid=signed-in]"));
            browser.open("/cases/" + kase + "/decisions/new").await(FORM);
            Map<String, String> fields = new LinkedHashMap<>();
            for (String hidden : new String[] {"_csrf", "version", "idempotencyKey"}) {
                fields.put(hidden, browser.value(By.name(hidden)));
            }
            fields.putAll(Map.of("decision", "Fund the ceasefire monitors", "rationale", "They are unpaid",
                                 "optionsConsidered", "Wait", "decidingBody", "CRSG",
                                 "authority", "Policy statement PS-2026-04"));
            String session = "CASEBOOK_SESSION=" + browser.cookie("CASEBOOK_SESSION").getValue();

            HttpResponse<String> first = post("/cases/" + kase + "/decisions", fields, session);
            HttpResponse<String> second = post("/cases/" + kase + "/decisions", fields, session);

            assertThat(first.statusCode()).isEqualTo(302);
            assertThat(second.statusCode()).isEqualTo(302);
            assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        }
        assertThat(decisions(kase)).hasSize(2);
    }

    @Test
    void an_auditor_reads_the_case_but_is_offered_no_decision_form_and_may_not_open_one() {
        String kase = caseWithOneDecision("Lake Chad");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(By.cssSelector("[data-testid=signed-in]"));
            browser.open("/cases/" + kase).await(By.id("D-1"));
            assertThat(browser.source()).doesNotContain("Record a decision");

            browser.open("/cases/" + kase + "/decisions/new");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Not for your role");
        }
    }

    private static String caseWithOneDecision(String title) {
        String kase = coordinator.post("/api/crises", Bodies.openCase(title, "SD", "POLICY")).id();
        long position = coordinator.post("/api/crises/" + kase + "/decisions",
                                         Bodies.decision("Send a mediation team", null)).position();
        coordinator.caseFile(kase, position);
        return kase;
    }

    private static JsonNode decisions(String kase) {
        return coordinator.caseFile(kase, coordinator.head()).get("decisions");
    }

    private static void fill(Browser browser, String decision) {
        browser.type("decision", decision).type("rationale", "Mediation needs support now")
               .type("option-0", "Monitor from the capital").type("authority", "Policy statement PS-2026-04");
    }

    private static HttpResponse<String> post(String path, Map<String, String> fields, String cookie) throws Exception {
        String form = fields.entrySet().stream()
                            .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(casebook.baseUrl() + path)).header("Cookie", cookie)
                           .header("Content-Type", "application/x-www-form-urlencoded")
                           .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
