package org.casebook.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.CasebookInstance.userFor;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.casebook.journal.CommitStore;
import org.casebook.journal.store.Store;
import org.casebook.query.audit.VerificationRuns;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.Browser;
import org.casebook.server.testing.BusyWorker;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An auditor works from the desk: moves a case through time on both clocks with the banner always saying which
 * moment it is, compares two moments field by field, reads what was known when a decision was recorded, verifies
 * the journal and downloads its export; every read is in the access log under the auditor's name. Other roles see
 * the past of a case as the API lets them, and nothing of the desk.
 */
class ConsoleAuditTest {

    private static final By SEND = By.cssSelector("[data-testid=send]");
    private static final By SIGNED_IN = By.cssSelector("[data-testid=signed-in]");
    private static final By BANNER = By.cssSelector("[data-testid=past-banner]");
    private static final By TITLE = By.tagName("h1");

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");
    private static final Api auditor = casebook.as("AUDITOR");

    @Test
    void an_auditor_lands_on_the_desk_and_moves_the_slider_back_to_an_older_state_under_the_banner() {
        String kase = caseWithFourEntries("Chad border mediation");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(SIGNED_IN);
            assertThat(browser.path()).isEqualTo("/audit");
            assertThat(browser.text(By.cssSelector("[data-testid=nav-audit]"))).isEqualTo("Auditor's desk");
            browser.shoot("audit-desk");

            browser.click(By.linkText("Chad border mediation")).await(BANNER);
            assertThat(browser.value(By.id("entry"))).isEqualTo("4");
            assertThat(browser.text(By.cssSelector("[data-testid=decisions]"))).contains("D-2", "Superseded by D-2");

            browser.choose("entry", "2");
            browser.click(SEND);

            assertThat(browser.await(BANNER).getText())
                    .contains("You are looking at the past", "what Casebook knew then, on the recorded clock",
                              "entry 2 was recorded then", "Return to the present");
            assertThat(browser.value(By.id("entry"))).isEqualTo("2");
            assertThat(browser.text(By.cssSelector("[data-testid=decisions]")))
                    .contains("D-1", "Send a mediation team", "Stands").doesNotContain("D-2");
            assertThat(browser.text(By.cssSelector("[data-testid=stage] [aria-current=step]"))).contains("Policy");
            assertThat(browser.texts(By.cssSelector("[data-testid=timeline-then] [data-testid=timeline-entry]")))
                    .hasSize(2);
            browser.shoot("audit-case-as-of");

            browser.click(By.cssSelector("[data-testid=present]")).await(By.cssSelector("[data-testid=case-title]"));
            assertThat(browser.path()).isEqualTo("/cases/" + kase);
            assertThat(browser.source()).doesNotContain("past-banner");
        }
        JsonNode read = auditor.get("/api/audit/access-log?size=5").json().get("items");
        assertThat(read.toString()).contains("case file as of", kase, userFor("AUDITOR"), "AUDITOR");
    }

    @Test
    void the_effective_clock_shows_what_had_happened_by_an_entry_including_what_was_recorded_later() {
        String kase = coordinator.post("/api/crises", Bodies.with(Bodies.openCase("Sahel effective", "TD", "POLICY"),
                                                                  "effectiveAt", "2026-01-01T00:00:00Z")).id();
        coordinator.post("/api/crises/" + kase + "/decisions", Bodies.decision("Send a mediation team", null));
        long last = coordinator.post("/api/crises/" + kase + "/decisions",
                                     Bodies.with(Bodies.decision("Fund the local council", null), "effectiveAt",
                                                 "2026-02-01T00:00:00Z")).position();
        coordinator.get("/api/crises/" + kase + "/timeline?after=" + last);
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase + "/as-of?clock=recorded&entry=2").await(BANNER);
            assertThat(browser.text(By.cssSelector("[data-testid=decisions]"))).doesNotContain("Fund the local council");

            browser.tick("clock-effective");
            browser.click(SEND);
            assertThat(browser.await(BANNER).getText())
                    .contains("what had happened by then, on the effective clock", "entry 2 took effect then");
            assertThat(browser.ticked("clock-effective")).isTrue();
            assertThat(browser.text(By.cssSelector("[data-testid=decisions]"))).contains("Fund the local council");
            assertThat(browser.text(By.cssSelector("[data-testid=timeline-then]"))).contains("D-2");
            browser.shoot("audit-effective");
        }
    }

    @Test
    void the_diff_between_two_entries_names_each_changed_field_in_words() {
        String kase = caseWithFourEntries("Kivu diff");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase + "/as-of?entry=4").await(BANNER);
            browser.click(By.cssSelector("[data-testid=compare]")).await(By.cssSelector("[data-testid=changes]"));

            assertThat(browser.text(TITLE)).isEqualTo("What changed from entry 3 to entry 4");
            assertThat(browser.text(BANNER)).contains("Comparing the case as of entry 3", "as of entry 4");
            assertThat(browser.texts(By.cssSelector("[data-testid=change]")))
                    .contains("decisions 1 › superseded CHANGED false true")
                    .contains("decisions 2 › decision ADDED none Send two mediation teams");
            assertThat(browser.text(By.cssSelector("[data-testid=entries-changed]"))).contains("ADDED", "Entry 4");
            browser.shoot("audit-diff");

            browser.select("from", browser.texts(By.cssSelector("#from option")).get(0));
            browser.click(SEND);
            assertThat(browser.await(TITLE).getText()).isEqualTo("What changed from entry 1 to entry 4");
            assertThat(browser.text(By.cssSelector("[data-testid=changes]"))).contains("stage", "POLICY", "PLANNING");
        }
    }

    @Test
    void what_was_known_for_a_decision_is_read_from_the_case_page_decisions() {
        String kase = caseWithFourEntries("Darfur known then");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase).await(By.id("D-2"));
            browser.click(By.cssSelector("#D-2 [data-testid=known-then]")).await(BANNER);

            assertThat(browser.text(TITLE)).isEqualTo("What was known when D-2 was recorded");
            assertThat(browser.text(BANNER)).contains("What Casebook knew when decision D-2 was recorded",
                                                      "just before entry 4");
            assertThat(browser.text(By.cssSelector("[data-testid=decision-then]"))).contains("Entry 4", "D-2");
            assertThat(browser.text(By.cssSelector("[data-testid=standing-then]")))
                    .contains("D-1", "Send a mediation team");
            assertThat(browser.text(By.cssSelector("[data-testid=assessment-then]"))).contains("Stage: Planning");
            browser.shoot("audit-known-then");
        }
        assertThat(auditor.get("/api/audit/access-log?size=5").json().toString())
                .contains("known at decision", "D-2", userFor("AUDITOR"));
    }

    @Test
    void an_auditor_verifies_the_journal_and_reads_that_it_is_intact_and_downloads_the_export() throws Exception {
        String kase = caseWithFourEntries("Lake Chad verification");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(SIGNED_IN);
            browser.click(By.cssSelector("[data-testid=verify]"));
            // a small journal is verified within the page's wait; a larger one shows its progress and looks again
            assertThat(browser.await(By.cssSelector("[data-testid=result]")).getText())
                    .contains("The journal is intact", "Every entry from position 1");
            assertThat(browser.path()).startsWith("/audit/verify/runs/");
            assertThat(browser.text(By.cssSelector("[data-testid=report]"))).contains("Positions verified");
            browser.shoot("audit-verified");

            HttpResponse<byte[]> export = browser.get(casebook.baseUrl() + "/audit/export");
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.headers().firstValue("Content-Disposition")).get().asString()
                    .contains("casebook-journal.jsonl");
            assertThat(new String(export.body(), StandardCharsets.UTF_8)).contains(kase, "Lake Chad verification");

            browser.open("/audit/access-log").await(By.cssSelector("[data-testid=access-log]"));
            assertThat(browser.texts(By.cssSelector("[data-testid=access]")))
                    .anyMatch(row -> row.contains("Export journal") && row.contains(userFor("AUDITOR")))
                    .anyMatch(row -> row.contains("Verify journal") && row.contains("intact: true"));
            browser.shoot("audit-access-log");
        }
        assertThat(auditor.get("/api/audit/access-log?size=10").json().toString())
                .contains("verify journal", "export journal", userFor("AUDITOR"));
    }

    @Test
    void a_verification_under_way_shows_its_progress_and_its_page_looks_again_by_itself_until_the_result()
            throws Exception {
        // the runs' one worker is kept busy, so the run the auditor starts waits its turn in sight
        try (BusyWorker busy = BusyWorker.of(casebook, VerificationRuns.class, "workers");
             Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(SIGNED_IN);
            browser.click(By.cssSelector("[data-testid=verify]"));

            assertThat(browser.await(By.cssSelector("[data-testid=running]")).getText())
                    .contains("Starting", "This page looks again every two seconds");
            assertThat(browser.await(By.tagName("progress")).getDomAttribute("max")).isEqualTo("100");
            assertThat(browser.source()).contains("http-equiv=\"refresh\"");
            browser.shoot("audit-verifying");

            busy.close();
            assertThat(browser.await(By.cssSelector("[data-testid=result]")).getText())
                    .contains("The journal is intact");
            assertThat(browser.source()).doesNotContain("http-equiv=\"refresh\"");
        }
    }

    @Test
    void an_entry_changed_in_the_store_is_named_as_the_first_problem_in_words() {
        String kase = coordinator.post("/api/crises", Bodies.openCase("Altered record", "TD", "POLICY")).id();
        long decision = coordinator.post("/api/crises/" + kase + "/decisions",
                                         Bodies.decision("Send a mediation team", null)).position();
        MongoCollection<Document> commits = casebook.bean(Store.class).database().getCollection(CommitStore.COMMITS);
        Document original = commits.find(new Document("_id", decision)).first();
        Document altered = commits.find(new Document("_id", decision)).first();
        Document event = altered.getList("events", Document.class).get(0);
        event.put("payload", event.getString("payload").replace("Send a mediation team", "Send no one"));
        commits.replaceOne(new Document("_id", decision), altered);
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(SIGNED_IN);
            browser.click(By.cssSelector("[data-testid=verify]"));

            assertThat(browser.await(By.cssSelector("[data-testid=result]")).getText())
                    .contains("The journal is not intact");
            assertThat(browser.text(By.cssSelector("[data-testid=first-problem]")))
                    .contains("The first problem, at position " + decision,
                              "an entry was changed after it was written");
            browser.shoot("audit-not-intact");
        } finally {
            commits.replaceOne(new Document("_id", decision), original);
        }
        assertThat(auditor.get("/api/audit/access-log?size=3").json().toString()).contains("\"intact\":false");
    }

    @Test
    void a_coordinator_reads_a_case_in_the_past_but_is_refused_the_desk_as_the_api_refuses_them() {
        String kase = caseWithFourEntries("Tigray roles");
        assertThat(coordinator.get("/api/journal/verify").status()).isEqualTo(403);
        assertThat(coordinator.get("/api/crises/" + kase + "/diff?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z").status())
                .isEqualTo(200);
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            assertThat(browser.path()).isEqualTo("/board");
            assertThat(browser.source()).doesNotContain("nav-audit");
            for (String desk : List.of("/audit", "/audit/verify/run", "/audit/export", "/audit/access-log")) {
                browser.open(desk);
                assertThat(browser.await(TITLE).getText()).as(desk).isEqualTo("Not for your role");
            }
            browser.open("/cases/" + kase + "/as-of?entry=1").await(BANNER);
            assertThat(browser.text(By.cssSelector("[data-testid=case-title]"))).contains("Tigray roles");
        }
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("REPORTER")).await(SIGNED_IN);
            browser.open("/audit/verify/run");
            assertThat(browser.await(TITLE).getText()).isEqualTo("Not for your role");
        }
    }

    @Test
    void every_page_of_the_past_carries_the_banner_with_its_way_back_and_shows_hostile_text_as_text() {
        String kase = caseWithFourEntries("<script>alert('past')</script> Abyei");
        List<String> past = List.of("/cases/" + kase + "/as-of", "/cases/" + kase + "/as-of?entry=1",
                                    "/cases/" + kase + "/as-of?clock=effective&entry=3",
                                    "/cases/" + kase + "/as-of?by=time&at=2001-01-01T00:00",
                                    "/cases/" + kase + "/diff", "/cases/" + kase + "/diff?from=1&to=3",
                                    "/cases/" + kase + "/decisions/D-1/known-then", "/board/as-of",
                                    "/board/as-of?clock=effective&at=2001-01-01T00:00");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(SIGNED_IN);
            for (String page : past) {
                browser.open(page);
                assertThat(browser.await(BANNER).getText()).as(page).contains("You are looking at the past");
                assertThat(browser.text(By.cssSelector("[data-testid=present]"))).as(page)
                        .isEqualTo("Return to the present");
                assertThat(browser.source()).as(page).doesNotContain("<script>alert");
            }
            browser.open("/cases/" + kase + "/as-of?by=time&at=2001-01-01T00:00").await(BANNER);
            assertThat(browser.text(By.cssSelector("[data-testid=not-opened]"))).contains("not been opened");
            browser.shoot("audit-before-opening");
            browser.open("/board/as-of").await(BANNER);
            assertThat(browser.texts(By.cssSelector("[data-testid=board-row]")))
                    .anyMatch(row -> row.contains("<script>alert('past')</script> Abyei"));
            browser.shoot("audit-board-as-of");
        }
    }

    /** Opened in Policy (1), decision D-1 (2), moved to Planning (3), D-2 superseding D-1 (4). */
    private static String caseWithFourEntries(String title) {
        String kase = coordinator.post("/api/crises", Bodies.openCase(title, "TD", "POLICY")).id();
        coordinator.post("/api/crises/" + kase + "/decisions", Bodies.decision("Send a mediation team", null));
        coordinator.post("/api/crises/" + kase + "/stage", Bodies.stage("PLANNING", null, null));
        long last = coordinator.post("/api/crises/" + kase + "/decisions",
                                     Bodies.decision("Send two mediation teams", "D-1")).position();
        coordinator.get("/api/crises/" + kase + "/timeline?after=" + last);
        coordinator.caseFile(kase, last);
        return kase;
    }
}
