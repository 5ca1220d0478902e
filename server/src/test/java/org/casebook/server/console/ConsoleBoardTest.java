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

/** The status board in the browser shows every case as people read it, to those who may read it. */
class ConsoleBoardTest {

    private static final By ROWS = By.cssSelector("[data-testid=board-row]");
    private static final String HOSTILE = "<script>document.title='owned'</script><img src=x onerror=alert(1)>";

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static String sbuTitle;

    @BeforeAll
    static void recordCases() {
        Api coordinator = casebook.as("COORDINATOR");
        coordinator.post("/api/crises", Bodies.openCase("Darfur border " + HOSTILE, "SD", "POLICY"));
        coordinator.post("/api/crises", Bodies.openCase("Sahel corridor", "ML", "OPERATIONS"));
        Map<String, Object> sbu = new LinkedHashMap<>(Bodies.openCase("Quiet channel to the junta", "MM", null));
        sbu.put("sensitivity", "SBU");
        sbuTitle = (String) sbu.get("title");
        long position = coordinator.post("/api/crises", sbu).json().get("position").asLong();
        casebook.as("COORDINATOR").get("/api/crises?after=" + position);
    }

    @Test
    void every_case_is_listed_by_its_title_its_country_by_name_and_its_stage_in_words() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(ROWS);
            browser.shoot("board");

            assertThat(browser.text(By.cssSelector("[data-testid=board-total]"))).isEqualTo("3 cases");
            assertThat(browser.texts(ROWS)).anySatisfy(row -> assertThat(row).contains("Sahel corridor", "Mali",
                                                                                       "Operations", "CRSG"));
            assertThat(browser.texts(ROWS)).anySatisfy(row -> assertThat(row).contains(sbuTitle, "Myanmar", "SBU"));
        }
    }

    @Test
    void text_a_user_wrote_is_shown_as_text_and_never_runs() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(ROWS);

            assertThat(browser.texts(ROWS)).anySatisfy(row -> assertThat(row).contains("Darfur border " + HOSTILE));
            assertThat(browser.title()).isNotEqualTo("owned").startsWith("Status board");
            assertThat(browser.source()).doesNotContain(HOSTILE);
        }
    }

    @Test
    void a_reader_without_sbu_clearance_sees_an_sbu_case_on_the_board_but_not_its_title() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(unclearedUserFor("REPORTER"));
            browser.open("/board").await(ROWS); // reporting staff land on reports

            assertThat(browser.texts(ROWS)).anySatisfy(row -> assertThat(row).contains(Clearance.WITHHELD, "Myanmar"));
            assertThat(browser.source()).doesNotContain(sbuTitle);
        }
    }

    @Test
    void the_board_filters_by_stage_and_by_country_chosen_by_name() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(ROWS);

            browser.select("stage", "Operations").click(By.cssSelector(".console-filter__apply"));
            assertThat(browser.await(By.cssSelector("[data-testid=board-total]")).getText()).isEqualTo("1 case");
            assertThat(browser.texts(ROWS)).singleElement().asString().contains("Sahel corridor");

            browser.select("stage", "Any stage").select("country", "Sudan")
                   .click(By.cssSelector(".console-filter__apply"));
            assertThat(browser.await(By.cssSelector("[data-testid=board-total]")).getText()).isEqualTo("1 case");
            assertThat(browser.texts(ROWS)).singleElement().asString().contains("Darfur border");
        }
    }

    @Test
    void an_admin_who_reads_no_case_content_is_refused_the_board_with_a_page_that_says_so() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("ADMIN"));
            browser.open("/board");

            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Not for your role");
            assertThat(browser.source()).doesNotContain("Sahel corridor");
        }
    }
}
