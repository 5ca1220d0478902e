package org.casebook.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.CasebookInstance.userFor;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.casebook.journal.store.Store;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.Browser;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Operations in the browser, for admins alone: every view against the journal's head, a view rebuilt from the
 * journal after a confirmation (and answering the same after), by the code the admin API runs.
 */
class ConsoleOperationsTest {

    private static final By SIGNED_IN = By.cssSelector("[data-testid=signed-in]");
    private static final By VIEW_ROWS = By.cssSelector("[data-testid=view-row]");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");
    private static final Api admin = casebook.as("ADMIN");

    @BeforeAll
    static void recordCases() {
        coordinator.post("/api/crises", Bodies.openCase("Darfur border", "SD", "POLICY"));
        long position = coordinator.post("/api/crises", Bodies.openCase("Sahel corridor", "ML", "OPERATIONS")).position();
        coordinator.get("/api/crises?after=" + position);
    }

    @Test
    void an_admin_lands_on_operations_and_reads_every_view_against_the_journal_head() {
        long head = admin.head();
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("ADMIN")).await(VIEW_ROWS);
            browser.shoot("operations");

            assertThat(browser.path()).isEqualTo("/operations");
            assertThat(browser.text(By.cssSelector(".usa-nav__primary"))).contains("Operations")
                                                                          .doesNotContain("Status board");
            assertThat(Long.parseLong(browser.text(By.cssSelector("[data-testid=head-position]"))))
                    .isGreaterThanOrEqualTo(head);
            assertThat(browser.texts(By.cssSelector("[data-testid=view-row] th")))
                    .contains("board", "case-file", "timeline", "roster");
            assertThat(browser.texts(VIEW_ROWS)).allSatisfy(row -> assertThat(row).containsPattern(
                    "up to date|\\d+ positions? behind").containsPattern("Segment 0 on \\d+@")
                                                          .contains("Live").contains("Rebuild"));
            assertThat(browser.text(By.cssSelector("[data-testid=no-dead-letters]")))
                    .isEqualTo("No view holds a parked event.");
        }
    }

    @Test
    void an_admin_rebuilds_the_board_after_confirming_follows_it_to_its_end_and_the_board_answers_the_same() {
        JsonNode before = coordinator.get("/api/crises").json();
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("ADMIN")).await(VIEW_ROWS);
            browser.click(By.cssSelector("[data-view=board] [data-testid=rebuild]"))
                   .await(By.cssSelector("[data-testid=rebuild-form]"));
            browser.shoot("operations-rebuild-confirm");
            assertThat(browser.path()).isEqualTo("/operations/views/board/rebuild/new");

            browser.click(By.cssSelector("[data-testid=send]"));
            assertThat(browser.path()).isEqualTo("/operations/views/board/rebuild");
            assertThat(browser.await(By.tagName("progress")).isDisplayed()).isTrue();
            // the page reloads itself while the rebuild runs; a small journal is folded at once
            String outcome = browser.await(By.cssSelector("[data-testid=rebuild-outcome]")).getText();
            if (!outcome.equals("Rebuilt")) {
                browser.await(By.xpath("//*[@data-testid='rebuild-outcome'][text()='Rebuilt']"));
            }
            browser.shoot("operations-rebuilt");
            assertThat(browser.source()).doesNotContain("http-equiv=\"refresh\"");

            browser.click(By.linkText("Back to operations")).await(VIEW_ROWS);
            assertThat(browser.text(By.cssSelector("[data-view=board] [data-testid=state]")))
                    .startsWith("Live").contains("last rebuild finished");
        }
        JsonNode rebuild = admin.get("/api/admin/views/board/rebuild").json();
        assertThat(rebuild.get("state").asText()).isEqualTo("DONE");
        assertThat(rebuild.get("generation").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(coordinator.get("/api/crises").json()).isEqualTo(before);
    }

    @Test
    void coordinators_and_auditors_are_refused_operations_and_its_writes_with_the_page_that_says_so()
            throws Exception {
        for (String role : new String[] {"COORDINATOR", "AUDITOR"}) {
            try (Browser browser = Browser.at(casebook)) {
                browser.signInAs(userFor(role)).await(SIGNED_IN);
                assertThat(browser.text(By.cssSelector(".usa-nav__primary"))).doesNotContain("Operations");
                browser.open("/operations");
                assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Not for your role");
                browser.open("/operations/views/board/rebuild/new");
                assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Not for your role");
            }
            Session session = Session.signedInAs(userFor(role));
            HttpResponse<String> refused = session.post("/operations/views/roster/rebuild", session.token("/board"));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("Not for your role");
        }
        assertThat(admin.get("/api/admin/views/roster/rebuild").status()).isEqualTo(404);
    }

    @Test
    void a_rebuild_posted_without_its_csrf_token_is_refused_and_starts_nothing() throws Exception {
        Session session = Session.signedInAs(userFor("ADMIN"));
        HttpResponse<String> forged = session.post("/operations/views/staffing/rebuild", null);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(admin.get("/api/admin/views/staffing/rebuild").status()).isEqualTo(404);

        HttpResponse<String> signed = session.post("/operations/views/staffing/rebuild", session.token("/operations"));
        assertThat(signed.statusCode()).isEqualTo(302);
        assertThat(signed.headers().firstValue("Location")).get().asString()
                .endsWith("/operations/views/staffing/rebuild");
        Api.Response started = admin.get("/api/admin/views/staffing/rebuild");
        assertThat(started.status()).isEqualTo(200);
        awaitDone("staffing");
    }

    @Test
    void a_view_that_does_not_exist_is_the_not_found_page() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("ADMIN")).await(VIEW_ROWS);
            browser.open("/operations/views/gossip/rebuild/new");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Not found");
            assertThat(browser.text(By.cssSelector(".usa-intro"))).startsWith("No view gossip; the views are board,");
            assertThat(browser.source()).doesNotContain("Back to the status board");
        }
    }

    @Test
    void an_admin_sees_what_a_view_parked_withheld_from_their_clearance_and_retries_it_once_fixed() throws Exception {
        String brokenId = coordinator.post("/api/crises", Bodies.openCase("Broken", "SD", null)).id();
        coordinator.get("/api/crises/" + brokenId + "?after=" + coordinator.head());
        MongoCollection<Document> files = casebook.bean(Store.class).database().getCollection("view_case_files");
        Document good = files.find(new Document("_id", brokenId)).first();
        files.replaceOne(new Document("_id", brokenId), new Document(good).append("assessmentCount", "many"));
        long parkedAt = coordinator.post("/api/crises/" + brokenId + "/decisions", Bodies.decision("Parked", null))
                                   .position();
        long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (admin.get("/api/admin/dead-letters").json().isEmpty()) {
            assertThat(System.nanoTime()).isLessThan(giveUp);
            Thread.sleep(100);
        }

        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("ADMIN")).await(VIEW_ROWS);
            assertThat(browser.text(By.cssSelector("[data-view=case-file] [data-testid=parked]"))).isEqualTo("1");
            assertThat(browser.texts(By.cssSelector("[data-view=case-file] [data-testid=dead-letter]")))
                    .singleElement().asString()
                    .contains(String.valueOf(parkedAt), "DecisionRecorded", brokenId, "[withheld: SBU]");
            browser.shoot("operations-dead-letters");

            files.replaceOne(new Document("_id", brokenId), good);
            browser.click(By.cssSelector("[data-view=case-file] [data-testid=retry]"));
            assertThat(browser.await(By.cssSelector("[data-testid=retried]")).getText())
                    .isEqualTo("The case-file view retried 1 case; 0 events still parked.");
            assertThat(browser.text(By.cssSelector("[data-view=case-file] [data-testid=parked]"))).isEqualTo("0");
            browser.shoot("operations-retried");
        }
        assertThat(admin.get("/api/admin/dead-letters").json()).isEmpty();
        assertThat(coordinator.get("/api/crises/" + brokenId).json().get("decisions")).singleElement()
                .satisfies(decision -> assertThat(decision.toString()).contains("Parked"));
    }

    private static void awaitDone(String view) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!admin.get("/api/admin/views/" + view + "/rebuild").json().get("state").asText().equals("DONE")) {
            assertThat(System.nanoTime()).isLessThan(giveUp);
            Thread.sleep(100);
        }
    }

    /** A console session outside the browser, to send what a page would not (a form without its token). */
    private record Session(HttpClient client) {

        static Session signedInAs(String user) throws Exception {
            Session session = new Session(HttpClient.newBuilder().cookieHandler(new CookieManager())
                                                    .followRedirects(HttpClient.Redirect.NEVER).build());
            HttpResponse<String> signedIn = session.post(
                    "/sign-in", session.token("/sign-in") + "&username=" + user + "&password=" + CasebookInstance.PASSWORD);
            assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("refused");
            return session;
        }

        /** The CSRF token of a page's forms, as the form field a browser sends. */
        String token(String page) throws Exception {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(casebook.baseUrl() + page))
                                                                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            assertThat(token.find()).as("a CSRF token on " + page).isTrue();
            return "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(casebook.baseUrl() + path))
                                          .header("Content-Type", "application/x-www-form-urlencoded")
                                          .POST(HttpRequest.BodyPublishers.ofString(form == null ? "" : form))
                                          .build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
