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
import org.openqa.selenium.Keys;

/**
 * A coordinator works a case with the keyboard alone (Tab, Shift+Tab, Enter, arrow keys; no mouse): signs in, opens
 * the case from the board, records an assessment and a decision, moves the stage back, which the rules refuse
 * without a reason, and again with one. Whatever has the focus is drawn with its outline, and after a refusal the
 * focus is on what says why.
 */
class ConsoleKeyboardTest {

    private static final By SEND = By.cssSelector("[data-testid=send]");
    /** Enough presses of Tab to cross the header's navigation and a form to its end. */
    private static final int TABS = 60;

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");

    @Test
    void a_coordinator_records_an_assessment_and_a_decision_and_moves_the_stage_with_the_keyboard_alone() {
        String kase = coordinator.post("/api/crises", Bodies.openCase("Keyboard corridor", "SD", "POLICY")).id();
        coordinator.caseFile(kase, coordinator.head());
        try (Browser browser = Browser.at(casebook)) {
            browser.open("/sign-in");
            // the sign-in page starts on the user name
            browser.tabTo(By.id("username"), TABS).sendKeys(userFor("COORDINATOR"));
            browser.press(Keys.TAB).focused().sendKeys(CasebookInstance.PASSWORD);
            browser.pressAndLeave(Keys.ENTER).await(By.cssSelector("[data-testid=signed-in]"));

            // the first Tab on a page reaches the link past the header to the page's own content
            assertThat(browser.tabTo(By.cssSelector(".usa-skipnav"), 1).getDomProperty("textContent"))
                    .isEqualTo("Skip to main content");
            assertThat(browser.focusVisible()).as("the skip link's focus outline").isTrue();

            browser.tabTo(By.linkText("Keyboard corridor"), TABS);
            assertThat(browser.focusVisible()).as("a link's focus outline").isTrue();
            browser.pressAndLeave(Keys.ENTER).await(By.cssSelector("[data-testid=case-title]"));
            assertThat(browser.path()).startsWith("/cases/" + kase);

            browser.tabTo(By.cssSelector("[data-testid=record-assessment]"), TABS);
            browser.pressAndLeave(Keys.ENTER).await(By.cssSelector("[data-testid=assessments-form]"));
            browser.tabTo(By.id("summary"), TABS).sendKeys("Herders and farmers clash over water");
            assertThat(browser.focusVisible()).as("a field's focus outline").isTrue();
            browser.tabTo(By.id("findings-0-type"), TABS);
            browser.press(Keys.ARROW_DOWN);
            browser.tabTo(By.id("findings-0-text"), TABS).sendKeys("Water points are scarce");
            browser.tabTo(SEND, TABS);
            assertThat(browser.focusVisible()).as("a button's focus outline").isTrue();
            browser.pressAndLeave(Keys.ENTER).await(By.cssSelector("[data-testid=assessment]"));
            assertThat(browser.text(By.cssSelector("[data-testid=assessment]"))).contains("Water points are scarce");

            browser.tabTo(By.linkText("Record a decision"), TABS);
            browser.pressAndLeave(Keys.ENTER).await(By.cssSelector("[data-testid=decisions-form]"));
            browser.tabTo(By.id("decision"), TABS).sendKeys("Send a mediation team");
            browser.tabTo(By.id("rationale"), TABS).sendKeys("The talks need support now");
            browser.tabTo(By.id("option-0"), TABS).sendKeys("Send a mediation team");
            browser.press(Keys.TAB).focused().sendKeys("Wait for the rains to end");
            browser.tabTo(By.id("decidingBody"), TABS).sendKeys(Keys.chord(Keys.CONTROL, "a"), "CRSG");
            browser.tabTo(By.id("authority"), TABS).sendKeys("Policy statement PS-2026-04");
            // Shift+Tab goes back a field
            browser.pressShiftTab();
            assertThat(browser.focused().getDomAttribute("id")).isEqualTo("decidingBody");
            browser.tabTo(SEND, TABS);
            browser.pressAndLeave(Keys.ENTER).await(By.cssSelector("[data-testid=standing-decisions] li"));
            assertThat(browser.text(By.cssSelector("[data-testid=standing-decisions]"))).contains("Send a mediation team");

            browser.tabTo(By.cssSelector("[data-testid=move-stage]"), TABS);
            browser.pressAndLeave(Keys.ENTER).await(By.cssSelector("[data-testid=stage-form]"));
            browser.tabTo(By.id("stage"), TABS);
            // up from the stage offered first (the next) to Assessment: a move back
            for (int up = 0; up < 4 && !browser.text(By.cssSelector("#stage option:checked")).contains("Assessment"); up++) {
                browser.press(Keys.ARROW_UP);
            }
            assertThat(browser.text(By.cssSelector("#stage option:checked"))).isEqualTo("Assessment (back)");
            browser.tabTo(SEND, TABS);
            browser.pressAndLeave(Keys.ENTER).await(By.cssSelector("[data-testid=problems]"));

            assertThat(browser.focused().getDomAttribute("data-testid")).as("the focus after a refusal")
                                                                        .isEqualTo("problems");
            assertThat(browser.focused().getText()).contains("needs a reason");
            browser.tabTo(By.id("reason"), TABS).sendKeys("The assessment missed the refugees");
            browser.tabTo(SEND, TABS);
            browser.pressAndLeave(Keys.ENTER).await(By.cssSelector("[data-testid=stage] [aria-current=step]"));
            assertThat(browser.text(By.cssSelector("[data-testid=stage] [aria-current=step]"))).contains("Assessment");
        }
        JsonNode file = coordinator.caseFile(kase, coordinator.head());
        assertThat(file.get("stage").asText()).isEqualTo("ASSESSMENT");
        assertThat(file.get("currentAssessment").get("summary").asText()).isEqualTo("Herders and farmers clash over water");
        assertThat(file.get("currentAssessment").get("entry").get("user").asText()).isEqualTo(userFor("COORDINATOR"));
        assertThat(file.get("decisions").toString()).contains("Send a mediation team");
    }
}
