package org.casebook.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.CasebookInstance.unclearedUserFor;
import static org.casebook.server.testing.CasebookInstance.userFor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.casebook.kernel.Clearance;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.Browser;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A case's page shows where it stands, its assessment, its chain of decisions and its timeline, by their numbers. */
class ConsoleCaseTest {

    private static final By TITLE = By.cssSelector("[data-testid=case-title]");

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static String darfur;
    private static String sbuCase;

    @BeforeAll
    static void recordCases() {
        Api coordinator = casebook.as("COORDINATOR");
        darfur = coordinator.post("/api/crises", Bodies.openCase("Darfur border", "SD", "POLICY")).json()
                            .get("id").asText();
        coordinator.post("/api/crises/" + darfur + "/assessments", Bodies.assessment("Grievances are local"));
        coordinator.post("/api/crises/" + darfur + "/decisions", Bodies.decision("Send a mediation team", null));
        coordinator.post("/api/crises/" + darfur + "/decisions", Bodies.decision("Send two mediation teams", "D-1"));
        Map<String, Object> sbu = new LinkedHashMap<>(Bodies.openCase("Quiet channel to the junta", "MM", null));
        sbu.put("sensitivity", "SBU");
        Api.Response opened = coordinator.post("/api/crises", sbu);
        sbuCase = opened.json().get("id").asText();
        coordinator.get("/api/crises/" + sbuCase + "?after=" + opened.json().get("position").asLong());
    }

    @Test
    void from_the_board_a_coordinator_opens_a_case_and_reads_its_stage_assessment_decisions_and_timeline() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(By.linkText("Darfur border"));
            browser.click(By.linkText("Darfur border"));
            browser.await(TITLE);
            browser.shoot("case");

            assertThat(browser.path()).isEqualTo("/cases/" + darfur);
            assertThat(browser.text(TITLE)).isEqualTo("Darfur border");
            assertThat(browser.text(By.cssSelector("[data-testid=stage] [aria-current=step]"))).contains("Policy");
            assertThat(browser.text(By.cssSelector("[data-testid=assessment]")))
                    .contains("A-1", "Grievances are local", "Core grievance: Land disputes");
            assertThat(browser.texts(By.cssSelector("[data-testid=standing-decisions] li")))
                    .singleElement().asString().contains("D-2", "Send two mediation teams");
            assertThat(browser.text(By.id("D-1"))).contains("Send a mediation team", "Superseded by D-2");
            assertThat(browser.text(By.id("D-2"))).contains("Stands", "supersedes D-1");
            assertThat(browser.texts(By.cssSelector("[data-testid=timeline-entry]"))).hasSize(4)
                    .allSatisfy(line -> assertThat(line).contains(userFor("COORDINATOR"), "Coordinator"));
        }
    }

    @Test
    void a_case_that_does_not_exist_is_a_page_that_says_so() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(By.cssSelector("[data-testid=signed-in]"));
            browser.open("/cases/no-such-case");

            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Not found");
            assertThat(browser.text(By.cssSelector(".usa-intro"))).isEqualTo("No crisis case has the id no-such-case.");
        }
    }

    @Test
    void a_reader_without_clearance_opens_an_sbu_case_and_reads_none_of_its_text() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(unclearedUserFor("COORDINATOR")).await(By.cssSelector("[data-testid=signed-in]"));
            browser.open("/cases/" + sbuCase);

            assertThat(browser.await(TITLE).getText()).contains(Clearance.WITHHELD);
            assertThat(browser.source()).doesNotContain("Quiet channel to the junta");
        }
    }
}
