package org.casebook.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.CasebookInstance.FIELD_BODY;
import static org.casebook.server.testing.CasebookInstance.FIELD_COORDINATOR;
import static org.casebook.server.testing.CasebookInstance.unclearedUserFor;
import static org.casebook.server.testing.CasebookInstance.userFor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Arrange;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.Browser;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * A body's inbox: a handover proposed to it (with its deadline) is in its coordinators' inbox and count, not in a
 * third body's; an escalated handover is in both bodies'; a case it leads whose assessment grew old on the clock;
 * a funding source nearly at its cap; an SBU case's title withheld from an uncleared coordinator. The count in the
 * header is the number of things on the page, and the API's. The clock moves in the last test only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleAlertsTest {

    private static final By SIGNED_IN = By.cssSelector("[data-testid=signed-in]");
    private static final By NAV_ALERTS = By.cssSelector("[data-testid=nav-alerts]");
    private static final By ALERT = By.cssSelector("[data-testid=alert]");
    private static final By TOTAL = By.cssSelector("[data-testid=alerts-total]");
    private static final By HEADING = By.tagName("h1");
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
                                                                   .withZone(ZoneOffset.UTC);
    /** A coordinator of a third body, which a handover between the other two is no business of. */
    private static final String THIRD = "ipc-coordinator";

    private static final MovableClock CLOCK = new MovableClock();
    private static CasebookInstance casebook;
    private static Api coordinator;

    @BeforeAll
    static void start() {
        Map<String, String> properties = new LinkedHashMap<>(CasebookInstance.anotherUser(
                THIRD, "COORDINATOR", Map.of("body", "IPC", "display-name", "T. Moreau", "clearance", "SBU")));
        properties.put("casebook.handovers.deadline-check", "200ms");
        casebook = CasebookInstance.start(properties, CLOCK);
        coordinator = casebook.as("COORDINATOR");
    }

    @AfterAll
    static void stop() {
        casebook.close();
    }

    @Test
    @Order(1)
    void a_handover_proposed_to_a_body_is_in_its_coordinators_inbox_with_its_deadline_and_not_in_a_third_bodys() {
        String title = "Kassala crossing <b>handover</b>";
        String kase = newCase(title);
        propose(kase);

        JsonNode toAnswer = find(inbox(casebook.fieldCoordinator()).get("handoversToAnswer"), kase);
        assertThat(toAnswer.get("fromBody").asText()).isEqualTo("CRSG");
        assertThat(toAnswer.get("toBody").asText()).isEqualTo(FIELD_BODY);
        assertThat(toAnswer.get("escalated").asBoolean()).isFalse();
        Instant proposedAt = Instant.parse(toAnswer.get("proposedAt").asText());
        try (Browser field = Browser.at(casebook); Browser third = Browser.at(casebook);
             Browser proposer = Browser.at(casebook)) {
            field.signInAs(FIELD_COORDINATOR).await(SIGNED_IN);
            field.click(NAV_ALERTS).await(TOTAL);
            assertThat(field.path()).isEqualTo("/alerts");
            assertThat(field.text(HEADING)).isEqualTo("Alerts for " + FIELD_BODY);
            String alert = alertOf(field, "handovers-to-answer", title);
            assertThat(alert).contains("CRSG proposes to hand the lead of this case to your body (handover H-1",
                                       "Answer by " + TIME.format(proposedAt.plus(Duration.ofHours(72))),
                                       "lapses on " + TIME.format(proposedAt.plus(Duration.ofDays(7))),
                                       "Read the brief, then accept or decline");
            assertThat(field.source()).doesNotContain("<b>handover</b>");
            countAgrees(field, casebook.fieldCoordinator());
            field.shoot("alerts-handover-to-answer");
            field.click(act(title)).await(By.cssSelector("[data-testid=accept-form]"));
            assertThat(field.path()).isEqualTo("/cases/" + kase + "/handovers/H-1/brief");

            third.signInAs(THIRD).await(SIGNED_IN);
            third.open("/alerts").await(TOTAL);
            assertThat(third.text(HEADING)).isEqualTo("Alerts for IPC");
            assertThat(third.source()).doesNotContain("Kassala crossing");
            countAgrees(third, new Api(casebook.baseUrl(), THIRD, CasebookInstance.PASSWORD));

            // the proposing body waits on the other: nothing for it to answer until the deadline passes
            proposer.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            proposer.open("/alerts").await(TOTAL);
            assertThat(proposer.texts(By.cssSelector("[data-testid=handovers-to-answer] [data-testid=alert]")))
                    .noneMatch(text -> text.contains("Kassala crossing"));
            assertThat(proposer.texts(By.cssSelector("[data-testid=escalated-handovers] [data-testid=alert]")))
                    .noneMatch(text -> text.contains("Kassala crossing"));
        }
        assertThat(StreamSupport.stream(inbox(coordinator).get("handoversToAnswer").spliterator(), false)
                                .map(a -> a.get("caseId").asText())).doesNotContain(kase);
    }

    @Test
    @Order(2)
    void a_funding_source_nearly_at_its_cap_is_in_the_inbox_and_marked_on_the_funding_sources() {
        String kase = newCase("Blue Nile water points");
        Api.Response decided = coordinator.post("/api/crises/" + kase + "/decisions",
                                                Bodies.decision("Fund the water points", null));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        Arrange arrange = Arrange.by(casebook);
        String nearly = arrange.fundingSource("Alerts Stabilization Fund");
        String half = arrange.fundingSource("Alerts Half Fund");
        arrange.allocated(kase, nearly, "95000.00");
        arrange.allocated(kase, half, "50000.00");

        JsonNode cap = find(inbox(coordinator).get("capsNearlyReached"), "sourceId", nearly);
        assertThat(cap.get("remaining").asText()).isEqualTo("5000.00");
        assertThat(inbox(coordinator).get("capsNearlyReached").toString()).doesNotContain(half);
        assertThat(inbox(casebook.fieldCoordinator()).get("capsNearlyReached").toString()).contains(nearly);
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/alerts").await(TOTAL);
            String alert = alertOf(browser, "caps-nearly-reached", "Alerts Stabilization Fund");
            assertThat(alert).contains("Alerts Stabilization Fund, FY2026",
                                       "$95,000.00 of its $100,000.00 cap is allocated, 90% or more: $5,000.00 remains",
                                       "See the funding source");
            assertThat(browser.text(By.cssSelector("[data-testid=caps-nearly-reached]"))).doesNotContain("Half Fund");
            countAgrees(browser, coordinator);
            browser.shoot("alerts-cap-nearly-reached");
            browser.click(By.xpath("//li[.//*[starts-with(text(), 'Alerts Stabilization Fund')]]"
                                           + "//a[@data-testid='alert-act']")).await(By.id(nearly));
            assertThat(browser.path()).startsWith("/funding-sources");
            assertThat(browser.text(By.id(nearly))).containsIgnoringCase("Cap nearly reached");
            assertThat(browser.text(By.id(half))).doesNotContainIgnoringCase("Cap nearly reached");
        }
    }

    @Test
    @Order(3)
    void an_sbu_cases_title_is_withheld_from_an_uncleared_coordinator_as_the_board_withholds_it() {
        String title = "Sensitive: Abyei talks";
        Map<String, Object> body = Bodies.openCase(title, "SD", "OPERATIONS");
        body.put("sensitivity", "SBU");
        String kase = coordinator.post("/api/crises", body).id();

        Api uncleared = casebook.uncleared("COORDINATOR");
        JsonNode withheld = find(inbox(uncleared).get("overdueAssessments"), kase);
        assertThat(withheld.get("caseTitle").asText()).isEqualTo("[withheld: SBU]");
        assertThat(find(inbox(coordinator).get("overdueAssessments"), kase).get("caseTitle").asText())
                .isEqualTo(title);
        try (Browser reader = Browser.at(casebook); Browser cleared = Browser.at(casebook)) {
            reader.signInAs(unclearedUserFor("COORDINATOR")).await(SIGNED_IN);
            reader.open("/alerts").await(TOTAL);
            assertThat(reader.source()).doesNotContain("Abyei");
            assertThat(reader.text(By.xpath("//a[@data-testid='alert-case' and contains(@href, '" + kase + "')]")))
                    .isEqualTo("[withheld: SBU]");
            countAgrees(reader, uncleared);
            reader.shoot("alerts-uncleared");

            cleared.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            cleared.open("/alerts").await(TOTAL);
            assertThat(alertOf(cleared, "overdue-assessments", title))
                    .contains("Your body leads this case in Operations, and it has no assessment yet",
                              "Record an assessment");
        }
    }

    @Test
    @Order(4)
    void only_coordinators_have_an_inbox() {
        for (String role : List.of("AUDITOR", "REPORTER", "ADMIN")) {
            assertThat(casebook.as(role).get("/api/alerts").status()).as(role).isEqualTo(403);
            try (Browser browser = Browser.at(casebook)) {
                browser.signInAs(userFor(role)).await(SIGNED_IN);
                assertThat(browser.source()).as(role).doesNotContain("nav-alerts");
                browser.open("/alerts");
                assertThat(browser.await(HEADING).getText()).as(role).isEqualTo("Not for your role");
            }
        }
        assertThat(casebook.anonymous().get("/api/alerts").status()).isEqualTo(401);
    }

    /** Last: it moves the clock, past every handover's deadlines. */
    @Test
    @Order(5)
    void an_escalated_handover_is_in_both_bodies_inboxes_and_an_old_assessment_in_its_lead_bodys()
            throws InterruptedException {
        String title = "Port Sudan grid";
        String kase = newCase(title);
        Api.Response assessed = coordinator.post("/api/crises/" + kase + "/assessments", Bodies.assessment("Baseline"));
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(200);
        propose(kase);
        assertThat(inbox(coordinator).get("overdueAssessments").toString()).doesNotContain(kase);

        CLOCK.advance(Duration.ofHours(73));
        casebook.awaitEntry(kase, "HandoverEscalated");
        JsonNode escalated = find(inbox(coordinator).get("escalatedHandovers"), kase);
        assertThat(escalated.get("toBody").asText()).isEqualTo(FIELD_BODY);
        assertThat(inbox(casebook.fieldCoordinator()).get("handoversToAnswer").toString()).doesNotContain(kase);
        find(inbox(casebook.fieldCoordinator()).get("escalatedHandovers"), kase);
        try (Browser lead = Browser.at(casebook); Browser field = Browser.at(casebook)) {
            lead.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            lead.open("/alerts").await(TOTAL);
            assertThat(alertOf(lead, "escalated-handovers", title))
                    .contains("Escalated: your body proposed to hand the lead of this case to " + FIELD_BODY,
                              "they let its deadline pass unanswered", "See the handover");
            countAgrees(lead, coordinator);
            lead.shoot("alerts-escalated");
            lead.click(act(title)).await(By.id("handover-H-1"));
            assertThat(lead.path()).startsWith("/cases/" + kase);

            field.signInAs(FIELD_COORDINATOR).await(SIGNED_IN);
            field.open("/alerts").await(TOTAL);
            assertThat(alertOf(field, "escalated-handovers", title))
                    .contains("Escalated: CRSG proposed to hand the lead of this case to your body",
                              "Read the brief, then accept or decline");
            countAgrees(field, casebook.fieldCoordinator());

            CLOCK.advance(Duration.ofDays(90));
            casebook.awaitEntry(kase, "HandoverLapsed");
            JsonNode overdue = find(inbox(coordinator).get("overdueAssessments"), kase);
            Instant assessedAt = Instant.parse(overdue.get("assessedAt").asText());
            lead.open("/alerts").await(TOTAL);
            assertThat(alertOf(lead, "overdue-assessments", title))
                    .contains("its current assessment took effect on " + TIME.format(assessedAt)
                                      + ", more than 90 days ago: it is due for review");
            assertThat(lead.texts(By.cssSelector("[data-testid=escalated-handovers] [data-testid=alert]")))
                    .noneMatch(text -> text.contains(title));
            countAgrees(lead, coordinator);
            lead.shoot("alerts-overdue-assessment");
            lead.click(act(title)).await(By.cssSelector("[data-testid=assessments-form]"));
            assertThat(lead.path()).isEqualTo("/cases/" + kase + "/assessments/new");
        }
        coordinator.post("/api/crises/" + kase + "/assessments", Bodies.assessment("Reassessed"));
        assertThat(inbox(coordinator).get("overdueAssessments").toString()).doesNotContain(kase);
    }

    /** The header's count is the number of things the inbox page shows, and the number the API answers. */
    private static void countAgrees(Browser browser, Api api) {
        browser.open("/alerts").await(TOTAL);
        int shown = browser.texts(ALERT).size();
        assertThat(browser.text(NAV_ALERTS)).isEqualTo("Alerts (" + shown + ")");
        assertThat(inbox(api).get("count").asInt()).isEqualTo(shown);
    }

    /** The text of the one alert of that section that names {@code name}. */
    private static String alertOf(Browser browser, String section, String name) {
        List<String> alerts = browser.texts(By.cssSelector("[data-testid=" + section + "] [data-testid=alert]"))
                                     .stream().filter(text -> text.contains(name)).toList();
        assertThat(alerts).as(section + " naming " + name).hasSize(1);
        return alerts.get(0);
    }

    /** The link to act on the alert naming that case. */
    private static By act(String title) {
        return By.xpath("//li[.//a[@data-testid='alert-case' and text()='" + title + "']]//a[@data-testid='alert-act']");
    }

    private static JsonNode inbox(Api api) {
        Api.Response answer = api.get("/api/alerts?after=" + casebook.head());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode find(JsonNode alerts, String caseId) {
        return find(alerts, "caseId", caseId);
    }

    private static JsonNode find(JsonNode alerts, String field, String value) {
        return StreamSupport.stream(alerts.spliterator(), false).filter(a -> a.get(field).asText().equals(value))
                            .findFirst().orElseThrow(() -> new AssertionError(value + " is not in " + alerts));
    }

    private static String newCase(String title) {
        return coordinator.post("/api/crises", Bodies.openCase(title, "SD", "OPERATIONS")).id();
    }

    /** CRSG proposes handover H-1 of the case to the field coordinator's body, from today. */
    private static void propose(String kase) {
        Api.Response proposed = coordinator.post("/api/crises/" + kase + "/handovers", Bodies.handover(FIELD_BODY, TODAY));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    }
}
