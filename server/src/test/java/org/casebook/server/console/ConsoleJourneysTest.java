package org.casebook.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.CasebookInstance.FIELD_BODY;
import static org.casebook.server.testing.CasebookInstance.FIELD_COORDINATOR;
import static org.casebook.server.testing.CasebookInstance.FIELD_COORDINATOR_NAME;
import static org.casebook.server.testing.CasebookInstance.userFor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.query.audit.VerificationRuns;
import org.casebook.query.rebuild.ViewRebuilds;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Arrange;
import org.casebook.server.testing.Browser;
import org.casebook.server.testing.BusyWorker;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.Journal;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * One journey per role, each in the browser alone, one after the other on one Casebook as a working day goes: the
 * coordinator works a case from its opening to its handover, the auditor reads that case in the past and verifies
 * the journal, the reporting officer reports the quarter and sees a late entry amend it, the admin rebuilds a view.
 * Each asserts what the screen shows and what the journal recorded, read through the API as an auditor reads it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleJourneysTest {

    private static final By SIGNED_IN = By.cssSelector("[data-testid=signed-in]");
    private static final By SEND = By.cssSelector("[data-testid=send]");
    private static final By PROBLEMS = By.cssSelector("[data-testid=problems]");
    private static final By STAGE = By.cssSelector("[data-testid=stage] [aria-current=step]");
    private static final By BANNER = By.cssSelector("[data-testid=past-banner]");
    private static final By PREVIEW = By.cssSelector("[data-testid=preview]");
    private static final By VIEW_ROWS = By.cssSelector("[data-testid=view-row]");
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String TITLE = "Abyei ceasefire";
    private static final String RESPONDER = "Idris Bello";
    /** The fiscal year (from 1 October) and quarter of today, as the console names them. */
    private static final int FISCAL_YEAR = TODAY.getMonthValue() >= 10 ? TODAY.getYear() + 1 : TODAY.getYear();
    private static final String QUARTER = "Q" + ((TODAY.getMonthValue() + 2) % 12 / 3 + 1) + " FY" + FISCAL_YEAR;

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api auditor = casebook.as("AUDITOR");

    /** The case the coordinator opened, which the journeys after theirs come back to. */
    private static String kase;

    @Test
    @Order(1)
    void a_coordinator_works_a_case_from_its_opening_to_its_handover_to_another_body() throws Exception {
        try (Browser desk = Browser.at(casebook); Browser field = Browser.at(casebook)) {
            desk.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            desk.click(By.cssSelector("[data-testid=open-case]")).await(By.cssSelector("[data-testid=open-case-form]"));
            desk.type("title", TITLE).select("country", "Sudan").type("summary", "Clashes along the border road");
            desk.click(SEND);
            assertThat(desk.await(By.cssSelector("[data-testid=case-title]")).getText()).isEqualTo(TITLE);
            assertThat(desk.text(STAGE)).contains("Watch");
            kase = desk.path().replaceAll("^/cases/([^?#]+).*$", "$1");

            desk.click(By.cssSelector("[data-testid=record-assessment]"))
                .await(By.cssSelector("[data-testid=assessments-form]"));
            desk.type("summary", "Grazing routes cross the new border");
            desk.select("findings-0-type", "Core grievance").type("findings-0-text", "Access to grazing land");
            desk.click(SEND);
            assertThat(desk.await(By.cssSelector("[data-testid=assessment]")).getText())
                    .contains("Core grievance: Access to grazing land");

            decide(desk, "Send a mediation team", null);
            assertThat(desk.await(By.id("D-1")).getText()).contains("Send a mediation team", "Stands");
            decide(desk, "Send two mediation teams", "D-1: Send a mediation team");
            assertThat(desk.await(By.id("D-2")).getText()).contains("Send two mediation teams", "Stands, supersedes D-1");
            assertThat(desk.text(By.id("D-1"))).contains("Superseded by D-2");

            desk.click(By.cssSelector("[data-testid=move-stage]")).await(By.cssSelector("[data-testid=stage-form]"));
            desk.select("stage", "Operations (skips ahead)");
            desk.click(SEND);
            assertThat(desk.await(By.id("reason-error")).getText()).contains("skips Assessment");
            desk.type("reason", "The ceasefire broke down; the teams go now");
            desk.click(SEND);
            assertThat(desk.await(STAGE).getText()).contains("Operations");
            desk.shoot("journey-coordinator-case");

            // the responder, registered from the roster, is asked for on another case by the other body first
            desk.click(By.linkText("Roster")).click(By.cssSelector("[data-testid=register-responder]"))
                .await(By.cssSelector("[data-testid=register-form]"));
            desk.type("name", RESPONDER).type("contact", "i.bello@example.org").tick("component-ACTIVE")
                .type("agency", "Justice").tick("skills-rule-of-law");
            desk.click(By.cssSelector("[data-testid=register-form] [data-testid=send]"));
            assertThat(desk.await(By.cssSelector("[data-testid=responder-name]")).getText()).isEqualTo(RESPONDER);
            String responder = desk.path().substring("/responders/".length(), desk.path().indexOf('?'));
            Arrange embassy = new Arrange(casebook.fieldCoordinator());
            String elsewhere = embassy.openCase("Kadugli talks", "OPERATIONS");
            String theirs = embassy.requested(elsewhere, responder, day(20), day(50));

            desk.open("/cases/" + kase).click(By.cssSelector("[data-testid=request-deployment]"))
                .await(By.cssSelector("[data-testid=deployments-form]"));
            desk.type("skill", "rule-of-law").choose("start", day(10)).choose("end", day(40));
            desk.click(By.cssSelector("[data-testid=find-responders]")).await(By.id("responderId"));
            desk.select("responderId", RESPONDER + " (Active, Justice)").type("role", "Mediation adviser")
                .select("sector", "Justice and reconciliation");
            desk.click(SEND);
            assertThat(desk.await(By.cssSelector("[data-testid=deployments]")).getText())
                    .contains(RESPONDER, "Requested, awaiting an answer");
            embassy.approved(elsewhere, theirs);
            desk.click(By.cssSelector("[data-testid=approve-deployment]"))
                .await(By.cssSelector("[data-testid=approve-form]"));
            desk.click(SEND);
            assertThat(desk.await(PROBLEMS).getText()).contains("Nothing was recorded");
            assertThat(desk.text(By.id("period-error"))).startsWith(RESPONDER + " is already booked from")
                                                        .contains("case \"Kadugli talks\"");
            desk.shoot("journey-coordinator-double-booked");

            desk.click(By.linkText("Funds")).click(By.cssSelector("[data-testid=register-source]"));
            desk.type("authority", "Abyei Peace Fund").type("fiscalYear", String.valueOf(FISCAL_YEAR))
                .type("cap", "100000.00");
            desk.click(SEND);
            String source = "abyei-peace-fund-fy" + FISCAL_YEAR;
            assertThat(desk.await(By.id(source)).getText()).contains("Abyei Peace Fund", "$100,000.00");
            desk.open("/cases/" + kase).click(By.cssSelector("[data-testid=allocate-funds]"));
            desk.select("sourceId", "Abyei Peace Fund, FY" + FISCAL_YEAR + ": $100,000.00 of $100,000.00 remains")
                .click(SEND).await(By.cssSelector("[data-testid=allocations-form]"));
            desk.select("authorizedBy", "D-2: Send two mediation teams").type("project", "Mediation teams")
                .select("sector", "Justice and reconciliation").type("amount", "60000.00");
            desk.click(SEND);
            assertThat(desk.await(By.cssSelector("[data-testid=allocation]")).getText())
                    .contains("AL-1", "Mediation teams", "D-2: Send two mediation teams", "$60,000.00");
            desk.click(By.cssSelector("[data-testid=allocation] [data-testid=obligate]"))
                .await(By.cssSelector("[data-testid=obligations-form]"));
            desk.type("amount", "25000.00").type("description", "Contract with the mediators");
            desk.click(SEND);
            assertThat(desk.await(By.cssSelector("[data-testid=obligation]")).getText())
                    .contains("O-1", "Contract with the mediators", "$25,000.00");
            desk.click(By.cssSelector("[data-testid=allocate-funds]"))
                .select("sourceId", "Abyei Peace Fund, FY" + FISCAL_YEAR + ": $40,000.00 of $100,000.00 remains")
                .click(SEND);
            desk.type("project", "Radio programme").select("sector", "Justice and reconciliation")
                .type("amount", "50000.00").click(SEND);
            assertThat(desk.await(By.id("amount-error")).getText())
                    .isEqualTo("allocating 50000.00 would exceed the cap of Abyei Peace Fund, FY" + FISCAL_YEAR
                               + " (100000.00): 40000.00 remains");
            desk.shoot("journey-coordinator-cap");

            desk.open("/cases/" + kase).click(By.cssSelector("[data-testid=propose-handover]"))
                .await(By.cssSelector("[data-testid=handovers-form]"));
            desk.choose("toBody", FIELD_BODY)
                .select("receivingCoordinator", FIELD_COORDINATOR_NAME + ", " + FIELD_BODY)
                .choose("proposedEffectiveOn", TODAY.toString())
                .type("openItems-0-item", "Introduce the mediators to the chiefs").type("openItems-0-owner", "CRSG")
                .type("risks-0", "The border road floods in the rains");
            desk.click(SEND);
            assertThat(desk.await(By.cssSelector("[data-testid=handover]")).getText())
                    .contains("H-1: CRSG to " + FIELD_BODY, "Proposed, awaiting an answer");

            field.signInAs(FIELD_COORDINATOR).await(SIGNED_IN);
            field.open("/cases/" + kase).click(By.cssSelector("[data-testid=read-brief]"))
                 .await(By.cssSelector("[data-testid=accept-form]"));
            assertThat(field.text(By.cssSelector("[data-testid=brief-risks]")))
                    .contains("The border road floods in the rains");
            assertThat(field.text(By.cssSelector("[data-testid=brief-open-items]")))
                    .contains("Introduce the mediators to the chiefs");
            field.shoot("journey-coordinator-brief");
            field.click(SEND);
            assertThat(field.await(By.cssSelector("[data-testid=handover]")).getText())
                    .contains("Accepted, effective", FIELD_COORDINATOR_NAME + " (Coordinator)");
            assertThat(field.text(By.cssSelector("[data-testid=lead]"))).startsWith(FIELD_BODY);
            field.shoot("journey-coordinator-accepted");
            field.click(By.linkText("Status board"));
            assertThat(field.texts(By.cssSelector("[data-testid=board-row]")))
                    .anyMatch(row -> row.contains(TITLE) && row.contains(FIELD_BODY) && row.contains("$25,000.00"));
            field.shoot("journey-coordinator-board");

            String deployment = casebook.as("COORDINATOR").get("/api/crises/" + kase + "/deployments?after="
                                                              + casebook.head()).json()
                                        .get("deployments").get(0).get("id").asText();
            List<Journal.Entry> onCase = Journal.of(casebook, kase);
            String coordinator = userFor("COORDINATOR") + " COORDINATOR";
            assertThat(onCase.stream().map(e -> e.type() + " " + e.who()))
                    .containsSubsequence("CrisisOpened " + coordinator, "AssessmentRecorded " + coordinator,
                                         "DecisionRecorded " + coordinator, "DecisionRecorded " + coordinator,
                                         "CrisisMovedToStage " + coordinator, "HandoverProposed " + coordinator,
                                         "HandoverAccepted " + FIELD_COORDINATOR + " COORDINATOR");
            assertThat(body(onCase, "DecisionRecorded", 1).get("supersedes").asText()).isEqualTo("D-1");
            assertThat(body(onCase, "CrisisMovedToStage", 0).get("reason").asText())
                    .isEqualTo("The ceasefire broke down; the teams go now");
            assertThat(body(onCase, "HandoverAccepted", 0).get("acceptedBy").get("body").asText()).isEqualTo(FIELD_BODY);
            assertThat(Journal.whoRecorded(casebook, responder)).containsEntry("ResponderRegistered", coordinator);
            assertThat(Journal.whoRecorded(casebook, deployment)).containsOnlyKeys("DeploymentRequested")
                                                                .containsEntry("DeploymentRequested", coordinator);
            List<Journal.Entry> money = Journal.of(casebook, source);
            assertThat(money.stream().map(e -> e.type() + " " + e.who()))
                    .containsExactly("FundingSourceRegistered " + coordinator, "FundsAllocated " + coordinator,
                                     "FundsObligated " + coordinator);
            assertThat(body(money, "FundsAllocated", 0).get("amount").decimalValue()).isEqualByComparingTo("60000.00");
            assertThat(body(money, "FundsAllocated", 0).get("authorizedBy").asText()).isEqualTo("D-2");
        }
    }

    @Test
    @Order(2)
    void an_auditor_moves_that_case_back_in_time_and_verifies_the_journal_watching_its_progress() {
        try (Browser desk = Browser.at(casebook)) {
            desk.signInAs(userFor("AUDITOR")).await(SIGNED_IN);
            assertThat(desk.path()).isEqualTo("/audit");
            desk.click(By.linkText(TITLE)).await(BANNER);
            assertThat(desk.text(By.cssSelector("[data-testid=decisions]"))).contains("D-2", "Superseded by D-2");

            // entries 1 to 3: opened, assessed, D-1 decided
            desk.choose("entry", "3");
            desk.click(SEND);
            assertThat(desk.await(BANNER).getText()).contains("You are looking at the past", "entry 3 was recorded then");
            assertThat(desk.text(By.cssSelector("[data-testid=decisions]")))
                    .contains("D-1", "Send a mediation team", "Stands").doesNotContain("D-2");
            assertThat(desk.text(STAGE)).contains("Watch");
            desk.shoot("journey-auditor-past");
            desk.click(By.cssSelector("[data-testid=present]")).await(By.cssSelector("[data-testid=case-title]"));

            try (BusyWorker busy = BusyWorker.of(casebook, VerificationRuns.class, "workers")) {
                desk.click(By.cssSelector("[data-testid=nav-audit]")).click(By.cssSelector("[data-testid=verify]"));
                assertThat(desk.await(By.cssSelector("[data-testid=running]")).getText()).contains("Starting");
                desk.shoot("journey-auditor-verifying");
            }
            assertThat(desk.await(By.cssSelector("[data-testid=result]")).getText()).contains("The journal is intact");
            desk.shoot("journey-auditor-verified");
        }
        String read = auditor.get("/api/audit/access-log?size=10").json().get("items").toString();
        assertThat(read).contains("case file as of", kase, "verify journal", "\"intact\":true", userFor("AUDITOR"),
                                  "AUDITOR");
    }

    @Test
    @Order(3)
    void a_reporting_officer_previews_downloads_and_submits_the_quarter_and_sees_a_late_entry_amend_it()
            throws Exception {
        Api reporter = casebook.as("REPORTER");
        String period = "FY" + FISCAL_YEAR + "-" + QUARTER.substring(0, 2);
        try (Browser desk = Browser.at(casebook); Browser late = Browser.at(casebook)) {
            desk.signInAs(userFor("REPORTER")).await(SIGNED_IN);
            assertThat(desk.path()).isEqualTo("/reports");
            String offered = desk.texts(By.cssSelector("#period option")).stream()
                                 .filter(option -> option.startsWith(QUARTER + ": ")).findFirst().orElseThrow();
            desk.select("period", offered).click(By.cssSelector("[data-testid=show-report]"));
            String preview = desk.await(PREVIEW).getText();
            long asOf = Long.parseLong(desk.value(By.cssSelector("[data-testid=submit-form] [name=asOf]")));
            assertThat(preview).contains("Activity report " + period, TITLE, "Sudan", "USD 60,000.00",
                                         "USD 25,000.00", "Embassy Khartoum", "The border road floods in the rains",
                                         "journal position " + asOf);
            desk.shoot("journey-reporter-preview");
            for (String format : List.of("csv", "json", "pdf")) {
                String link = desk.href(By.cssSelector("[data-testid=download-" + format + "]"));
                assertThat(desk.get(link).body()).as(format).isEqualTo(reporter.download(
                        "/api/reports/activity?period=" + period + "&format=" + format + "&asOf=" + asOf));
            }

            desk.click(By.cssSelector("[data-testid=submit-form] [data-testid=send]"));
            String submitted = desk.await(By.cssSelector("[data-testid=submission].console-submission--new"))
                                   .getText();
            assertThat(submitted.toLowerCase()).contains("just submitted", "verified");
            assertThat(submitted).contains("Activity report " + period, "Submitted by " + userFor("REPORTER"),
                                           "Nothing recorded since changes it");

            // a coordinator records a case the field reported late: it took effect earlier today
            late.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            late.open("/cases/new").await(By.cssSelector("[data-testid=open-case-form]"));
            late.type("title", "Heglig clashes").select("country", "Sudan").type("summary", "Reported late")
                .choose("effectiveAt", TODAY + "T00:00");
            late.click(SEND).await(By.cssSelector("[data-testid=case-title]"));

            desk.open("/reports/submissions");
            String amended = desk.await(By.cssSelector("[data-testid=amendment]")).getText();
            assertThat(amended).contains("Case counts: opened was", "Cases, case \"Heglig clashes\": a line added.",
                                         "Crisis opened on case \"Heglig clashes\", taking effect",
                                         "by " + userFor("COORDINATOR"))
                               .doesNotContain("UNCLASSIFIED", "WATCH");
            assertThat(desk.text(By.cssSelector("[data-testid=submission]")))
                    .contains("its files have exactly the digests submitted");
            desk.shoot("journey-reporter-amended");
        }
        JsonNode recorded = reporter.get("/api/reports/submissions").json().get(0);
        assertThat(recorded.get("period").asText()).isEqualTo(period);
        assertThat(recorded.get("submittedBy").asText()).isEqualTo(userFor("REPORTER"));
    }

    @Test
    @Order(4)
    void an_admin_rebuilds_a_view_through_its_confirmation_watches_its_progress_and_sees_it_caught_up() {
        long head = casebook.head();
        JsonNode board = auditor.get("/api/crises?size=200").json();
        try (Browser desk = Browser.at(casebook)) {
            desk.signInAs(userFor("ADMIN")).await(VIEW_ROWS);
            try (BusyWorker busy = BusyWorker.of(casebook, ViewRebuilds.class, "worker")) {
                desk.click(By.cssSelector("[data-view=board] [data-testid=rebuild]"))
                    .await(By.cssSelector("[data-testid=rebuild-form]"));
                desk.shoot("journey-admin-confirm");
                desk.click(SEND);
                assertThat(desk.path()).isEqualTo("/operations/views/board/rebuild");
                assertThat(desk.await(By.cssSelector("[data-testid=rebuild-outcome]")).getText())
                        .isEqualTo("Rebuilding");
                assertThat(desk.text(By.cssSelector("[data-testid=rebuild-state]"))).contains("Position 0 of " + head);
                desk.shoot("journey-admin-rebuilding");
            }
            desk.await(By.xpath("//*[@data-testid='rebuild-outcome'][text()='Rebuilt']"));
            desk.shoot("journey-admin-rebuilt");
            desk.click(By.linkText("Back to operations")).await(VIEW_ROWS);
            assertThat(desk.text(By.cssSelector("[data-view=board] [data-testid=state]"))).startsWith("Live")
                                                                                       .contains("last rebuild finished");
            assertThat(desk.text(By.cssSelector("[data-view=board] [data-testid=lag]"))).contains("up to date");
            desk.shoot("journey-admin-caught-up");
        }
        // a rebuild reads the journal and writes nothing in it; the view answers as before
        assertThat(casebook.head()).isEqualTo(head);
        assertThat(casebook.as("ADMIN").get("/api/admin/views/board/rebuild").json().get("state").asText())
                .isEqualTo("DONE");
        assertThat(auditor.get("/api/crises?size=200").json()).isEqualTo(board);
    }

    private static JsonNode body(List<Journal.Entry> entries, String type, int index) {
        return entries.stream().filter(e -> e.type().equals(type)).toList().get(index).body();
    }

    private static void decide(Browser desk, String decision, String supersedes) {
        desk.click(By.cssSelector("[data-testid=record-decision]")).await(By.cssSelector("[data-testid=decisions-form]"));
        desk.type("decision", decision).type("rationale", "The parties asked for mediators")
            .type("option-0", "Monitor from Khartoum").type("authority", "Policy statement PS-2026-04");
        if (supersedes != null) {
            desk.select("supersedes", supersedes);
        }
        desk.click(SEND);
    }

    private static String day(int fromToday) {
        return TODAY.plusDays(fromToday).toString();
    }
}
