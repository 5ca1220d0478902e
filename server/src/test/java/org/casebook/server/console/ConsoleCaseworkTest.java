package org.casebook.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.CasebookInstance.userFor;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.Browser;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A coordinator works a case from the browser alone: opens it, assesses it (findings added and removed in place),
 * moves its stage with the reason or outcome the rules ask for, closes and reopens it; each write recorded as the
 * signed-in person, each refusal shown beside its field.
 */
class ConsoleCaseworkTest {

    private static final By SEND = By.cssSelector("[data-testid=send]");
    private static final By PROBLEMS = By.cssSelector("[data-testid=problems]");
    private static final By SIGNED_IN = By.cssSelector("[data-testid=signed-in]");
    private static final By CURRENT_STAGE = By.cssSelector("[data-testid=stage] [aria-current=step]");

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");

    @Test
    void a_coordinator_opens_a_case_from_the_board_choosing_the_country_by_name_and_is_recorded_as_its_opener() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.click(By.cssSelector("[data-testid=open-case]")).await(By.cssSelector("[data-testid=open-case-form]"));
            browser.type("title", "Tigray ceasefire").select("country", "Ethiopia")
                   .type("summary", "A ceasefire to monitor");
            browser.shoot("open-case");
            browser.click(SEND);

            assertThat(browser.await(By.cssSelector("[data-testid=case-title]")).getText()).isEqualTo("Tigray ceasefire");
            assertThat(browser.text(By.cssSelector(".usa-intro"))).isEqualTo("Ethiopia");
            assertThat(browser.text(CURRENT_STAGE)).contains("Watch");
            String kase = browser.path().replaceAll("^/cases/([^?#]+).*$", "$1");
            JsonNode file = coordinator.caseFile(kase, coordinator.head());
            assertThat(file.get("country").asText()).isEqualTo("ET");
            assertThat(file.get("leadBody").asText()).isEqualTo("CRSG");
            assertThat(file.get("leadCoordinator").asText()).isEqualTo(CasebookInstance.COORDINATOR_NAME);
            assertThat(file.get("opened").get("user").asText()).isEqualTo(userFor("COORDINATOR"));
            assertThat(file.get("opened").get("role").asText()).isEqualTo("COORDINATOR");
        }
    }

    @Test
    void a_case_without_a_title_or_country_is_refused_beside_both_fields_and_nothing_is_opened() {
        long before = coordinator.head();
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/new").await(By.cssSelector("[data-testid=open-case-form]"));
            browser.type("title", "   ").type("summary", "Something");
            browser.click(SEND);

            assertThat(browser.await(PROBLEMS).getText()).contains("Title: must not be blank", "Country: must not be null");
            assertThat(browser.text(By.id("title-error"))).isEqualTo("must not be blank");
            assertThat(browser.value(By.id("summary"))).isEqualTo("Something");
        }
        assertThat(coordinator.head()).isEqualTo(before);
    }

    @Test
    void an_assessment_gets_findings_added_and_removed_in_place_and_the_next_one_starts_from_them() {
        String kase = openCase("Sahel assessment", "ASSESSMENT");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase).click(By.cssSelector("[data-testid=record-assessment]"))
                   .await(By.cssSelector("[data-testid=assessments-form]"));
            browser.type("summary", "Herders and farmers clash over water");
            browser.select("findings-0-type", "Core grievance").type("findings-0-text", "Water points are scarce");
            browser.select("findings-1-type", "Key actor").type("findings-1-text", "A local militia");
            browser.select("findings-2-type", "Context").type("findings-2-text", "Drought since 2024");
            browser.click(By.cssSelector("[data-testid=more-findings]"));
            assertThat(browser.value(By.id("findings-2-text"))).isEqualTo("Drought since 2024");
            assertThat(browser.value(By.id("findings-5-text"))).isEmpty();

            browser.click(By.xpath("//button[normalize-space()='Remove finding 2']"));
            assertThat(browser.value(By.id("findings-1-text"))).isEqualTo("Drought since 2024");
            assertThat(browser.value(By.id("summary"))).isEqualTo("Herders and farmers clash over water");
            browser.shoot("assessment-form");
            browser.click(SEND);

            assertThat(browser.await(By.cssSelector("[data-testid=assessment]")).getText())
                    .contains("Core grievance: Water points are scarce", "Context: Drought since 2024")
                    .doesNotContain("militia");

            browser.open("/cases/" + kase + "/assessments/new").await(By.cssSelector("[data-testid=assessments-form]"));
            assertThat(browser.value(By.id("findings-0-text"))).isEqualTo("Water points are scarce");
            assertThat(browser.value(By.id("findings-1-text"))).isEqualTo("Drought since 2024");
        }
        JsonNode assessment = coordinator.caseFile(kase, coordinator.head()).get("currentAssessment");
        assertThat(assessment.get("findings")).hasSize(2);
        assertThat(assessment.get("entry").get("user").asText()).isEqualTo(userFor("COORDINATOR"));
    }

    @Test
    void a_finding_without_its_kind_is_refused_beside_that_finding() {
        String kase = openCase("Sahel kinds", "ASSESSMENT");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase + "/assessments/new").await(By.cssSelector("[data-testid=assessments-form]"));
            browser.type("summary", "Unclear").type("findings-0-text", "Something of no kind");
            browser.click(SEND);

            assertThat(browser.await(PROBLEMS).getText()).contains("Finding 1, kind: must not be null");
            assertThat(browser.value(By.id("findings-0-text"))).isEqualTo("Something of no kind");
        }
        assertThat(coordinator.caseFile(kase, coordinator.head()).get("currentAssessment").isNull()).isTrue();
    }

    @Test
    void moving_a_case_back_asks_for_the_reason_the_rule_needs_and_then_moves_it() {
        String kase = openCase("Lake Chad stages", "POLICY");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase).click(By.cssSelector("[data-testid=move-stage]"))
                   .await(By.cssSelector("[data-testid=stage-form]"));
            assertThat(browser.text(By.cssSelector("#stage option[selected]"))).isEqualTo("Planning");
            browser.select("stage", "Assessment (back)");
            browser.click(SEND);

            assertThat(browser.await(By.id("reason-error")).getText()).contains("moving back from Policy to Assessment needs a reason");
            browser.shoot("stage-refused");
            browser.type("reason", "The assessment missed the refugees");
            browser.click(SEND);

            assertThat(browser.await(CURRENT_STAGE).getText()).contains("Assessment");
        }
    }

    @Test
    void a_case_closes_with_its_outcome_and_reopens_with_a_reason() {
        String kase = openCase("Kivu closing", "TRANSITION");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase + "/stage/new").await(By.cssSelector("[data-testid=stage-form]"));
            browser.select("stage", "Closed");
            browser.click(SEND);
            assertThat(browser.await(By.id("outcome-error")).getText()).contains("closing a case needs its outcome");

            browser.type("outcome", "Handed to the embassy");
            browser.click(SEND);
            assertThat(browser.await(CURRENT_STAGE).getText()).contains("Closed");
            assertThat(browser.texts(By.cssSelector("[data-testid=case-actions] a"))).containsExactly("Reopen the case");

            browser.click(By.cssSelector("[data-testid=reopen]")).await(By.cssSelector("[data-testid=reopen-form]"));
            browser.type("reason", "Fighting resumed");
            browser.click(SEND);
            assertThat(browser.await(CURRENT_STAGE).getText()).doesNotContain("Closed");
        }
        JsonNode file = coordinator.caseFile(kase, coordinator.head());
        assertThat(file.get("stage").asText()).isNotEqualTo("CLOSED");
    }

    @Test
    void an_entry_is_corrected_from_the_timeline_and_stays_with_the_correction_beside_it() {
        String kase = openCase("Darfur corrections", "POLICY");
        coordinator.post("/api/crises/" + kase + "/decisions", Bodies.decision("Send a mediation team", null));
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase).await(By.id("entry-2"));
            browser.click(By.cssSelector("#entry-2 [data-testid=correct]"))
                   .await(By.cssSelector("[data-testid=corrections-form]"));
            assertThat(browser.text(By.cssSelector("[data-testid=corrected]")))
                    .contains("Entry 2, as it stands", "Send a mediation team");
            browser.type("correctedText", "Send two mediation teams").type("reason", "The minutes said two");
            browser.shoot("correction-form");
            browser.click(SEND);

            assertThat(browser.await(By.id("entry-2")).getText()).containsIgnoringCase("Corrected");
        }
        JsonNode correction = coordinator.caseFile(kase, coordinator.head()).get("corrections").get(0);
        assertThat(correction.toString()).contains("Send two mediation teams", "The minutes said two",
                                                   userFor("COORDINATOR"));
    }

    @Test
    void a_correction_form_reached_without_an_entry_says_so_and_records_nothing() {
        String kase = openCase("Darfur no entry", "POLICY");
        long before = coordinator.head();
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase + "/corrections/new?entry=99").await(By.cssSelector("[data-testid=corrections-form]"));
            assertThat(browser.text(By.cssSelector("[data-testid=corrected]"))).contains("No entry chosen");
            browser.type("correctedText", "Something").type("reason", "Because");
            browser.click(SEND);

            assertThat(browser.await(PROBLEMS).getText()).contains("Entry corrected: must not be blank");
        }
        assertThat(coordinator.head()).isEqualTo(before);
    }

    @Test
    void an_auditor_is_offered_no_form_and_may_open_none_and_a_form_that_does_not_exist_is_not_found() {
        String kase = openCase("Auditor's view", "POLICY");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase).await(By.cssSelector("[data-testid=case-title]"));
            assertThat(browser.source()).doesNotContain("case-actions", "Open a case");
            browser.open("/cases/new");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Not for your role");
            browser.open("/cases/" + kase + "/stage/new");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Not for your role");
        }
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase + "/verdicts/new");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Not found");
        }
    }

    private static String openCase(String title, String stage) {
        String kase = coordinator.post("/api/crises", Bodies.openCase(title, "TD", stage)).id();
        coordinator.caseFile(kase, coordinator.head());
        return kase;
    }
}
