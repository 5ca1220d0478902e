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
    /** The cases one page of the board shows. */
    private static final int PAGE = 25;
    /** More cases than one page holds, in a country of their own, opened before the others. */
    private static final int KENYA = PAGE + 1;

    @BeforeAll
    static void recordCases() {
        Api coordinator = casebook.as("COORDINATOR");
        for (int i = 1; i <= KENYA; i++) {
            coordinator.post("/api/crises", Bodies.openCase("Rift valley district " + i, "KE", "WATCH"));
        }
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

            assertThat(browser.text(By.cssSelector("[data-testid=board-total]"))).isEqualTo((KENYA + 3) + " cases");
            assertThat(browser.texts(ROWS)).anySatisfy(row -> assertThat(row).contains("Sahel corridor", "Mali",
                                                                                       "Operations", "CRSG"));
            assertThat(browser.texts(ROWS)).anySatisfy(row -> assertThat(row).contains(sbuTitle, "Myanmar", "SBU"));
        }
    }

    @Test
    void text_a_user_wrote_is_shown_as_text_and_never_runs() {
        try (Browser browser = Browser.at(casebook)) {
            // an auditor lands on the desk and reads the board from the menu
            browser.signInAs(userFor("AUDITOR")).open("/board").await(ROWS);

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
    void a_long_board_is_read_page_by_page_keeping_its_filter() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(ROWS);
            browser.select("country", "Kenya").click(By.cssSelector(".console-filter__apply"));
            assertThat(browser.await(By.cssSelector("[data-testid=board-total]")).getText())
                    .isEqualTo(KENYA + " cases");
            assertThat(browser.texts(ROWS)).hasSize(PAGE);
            assertThat(browser.text(By.cssSelector(".usa-pagination .usa-current"))).isEqualTo("Page 1 of 2");

            browser.click(By.cssSelector(".usa-pagination__next-page")).await(ROWS);
            assertThat(browser.texts(ROWS)).singleElement().asString().contains("Rift valley district 1", "Kenya");
            assertThat(browser.text(By.cssSelector(".usa-pagination .usa-current"))).isEqualTo("Page 2 of 2");
            assertThat(browser.texts(By.cssSelector(".usa-pagination__next-page"))).isEmpty();

            browser.click(By.cssSelector(".usa-pagination__previous-page")).await(ROWS);
            assertThat(browser.texts(ROWS)).hasSize(PAGE)
                                           .allSatisfy(row -> assertThat(row).contains("Kenya"));
        }
    }

    @Test
    void the_board_finds_cases_by_words_of_their_title_by_lead_body_and_by_what_needs_attention_and_sorts_by_title() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(ROWS);

            browser.type("title", "SAHEL").click(By.cssSelector(".console-filter__apply"));
            assertThat(browser.await(By.cssSelector("[data-testid=board-total]")).getText()).isEqualTo("1 case");
            assertThat(browser.texts(ROWS)).singleElement().asString().contains("Sahel corridor");
            assertThat(browser.value(By.id("title"))).isEqualTo("SAHEL");

            // a case in Operations without an assessment is overdue for one
            browser.type("title", "").select("flag", "Assessment overdue").click(By.cssSelector(".console-filter__apply"));
            assertThat(browser.await(By.cssSelector("[data-testid=board-total]")).getText()).isEqualTo("1 case");
            assertThat(browser.texts(ROWS)).singleElement().asString().contains("Sahel corridor")
                                            .containsIgnoringCase("assessment overdue");

            browser.select("flag", "Any case").select("lead", "CRSG").select("country", "Kenya")
                   .select("sort", "Title, A to Z").click(By.cssSelector(".console-filter__apply"));
            assertThat(browser.await(By.cssSelector("[data-testid=board-total]")).getText()).isEqualTo(KENYA + " cases");
            assertThat(browser.texts(By.cssSelector("[data-testid=board-row] th a")).subList(0, 3))
                    .containsExactly("Rift valley district 1", "Rift valley district 10", "Rift valley district 11");

            browser.select("country", "Any country").select("lead", "IPC").click(By.cssSelector(".console-filter__apply"));
            assertThat(browser.await(By.cssSelector("[data-testid=board-total]")).getText()).isEqualTo("0 cases");
        }
    }

    @Test
    void a_reader_without_sbu_clearance_finds_no_sbu_case_by_words_of_its_withheld_title() {
        String word = "junta";
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(unclearedUserFor("REPORTER")).open("/board?title=" + word + "&sort=TITLE");
            assertThat(browser.await(By.cssSelector("[data-testid=board-total]")).getText()).isEqualTo("0 cases");
        }
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("REPORTER")).open("/board?title=" + word);
            assertThat(browser.await(By.cssSelector("[data-testid=board-total]")).getText()).isEqualTo("1 case");
        }
        assertThat(casebook.as("COORDINATOR").get("/api/crises?flag=nonsense").status()).isEqualTo(400);
    }

    @Test
    void the_board_updates_by_itself_and_marks_what_changed_since_the_reader_last_looked() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).open("/board?country=ML").await(ROWS);
            assertThat(browser.texts(By.cssSelector("[data-testid=changed]"))).isEmpty();
            Api coordinator = casebook.as("COORDINATOR");
            String sahel = coordinator.get("/api/crises?country=ML").json().get("items").get(0).get("id").asText();
            browser.focus(By.id("case-" + sahel));

            coordinator.post("/api/crises/" + sahel + "/decisions", Bodies.decision("Open a second corridor", null));

            // no reload: the page asks for its rows again and shows the change, marked in words
            assertThat(browser.await(By.cssSelector("[data-testid=changed]"), java.time.Duration.ofSeconds(30))
                              .getText()).isEqualToIgnoringCase("Changed since you last looked");
            assertThat(browser.texts(ROWS)).singleElement().asString().contains("Sahel corridor");
            assertThat(browser.focused().getDomAttribute("id"))
                    .as("a keyboard user keeps their place when the rows are replaced").isEqualTo("case-" + sahel);
            browser.shoot("board-changed");
        }
    }

    @Test
    void the_wall_display_shows_the_board_in_large_type_refreshing_itself_with_nothing_to_click() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(ROWS);
            browser.click(By.cssSelector("[data-testid=wall]")).await(By.cssSelector("[data-testid=wall-row]"));

            assertThat(browser.texts(By.cssSelector("[data-testid=wall-row]")))
                    .anySatisfy(row -> assertThat(row).contains("Sahel corridor", "Operations", "CRSG"));
            assertThat(browser.texts(By.cssSelector("main a"))).isEmpty();
            assertThat(browser.source()).contains("http-equiv=\"refresh\"");
            browser.shoot("board-wall");
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
