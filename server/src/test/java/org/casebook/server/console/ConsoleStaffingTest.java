package org.casebook.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.CasebookInstance.userFor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Arrange;
import org.casebook.server.testing.Browser;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.Journal;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A coordinator staffs a case from its page: a responder picked by name among those free over the days, each step
 * of the deployment by its own form, recorded as the signed-in person under the API's rules; others read the
 * staffing and are offered no step.
 */
class ConsoleStaffingTest {

    private static final By SIGNED_IN = By.cssSelector("[data-testid=signed-in]");
    private static final By STAFFING = By.cssSelector("[data-testid=deployments]");
    private static final By PROBLEMS = By.cssSelector("[data-testid=problems]");
    private static final By SEND = By.cssSelector("[data-testid=send]");
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");
    private static final Arrange arrange = Arrange.by(casebook);
    /** How the journal names the coordinator who recorded an entry. */
    private static final String BY_COORDINATOR = userFor("COORDINATOR") + " COORDINATOR";

    @Test
    void a_coordinator_requests_a_responder_picked_by_name_among_those_free_and_sees_the_deployment_on_the_case() {
        String kase = newCase("Haiti recovery");
        String free = register("Lea Martin");
        String busy = register("Omar Farouk");
        String elsewhere = newCase("Elsewhere");
        arrange.approved(elsewhere, arrange.requested(elsewhere, busy, day(110), day(140)));
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase).click(By.cssSelector("[data-testid=request-deployment]"))
                   .await(By.cssSelector("[data-testid=deployments-form]"));
            browser.type("skill", "rule-of-law").choose("start", day(100)).choose("end", day(130));
            browser.click(By.cssSelector("[data-testid=find-responders]")).await(By.id("responderId"));

            List<String> offered = browser.texts(By.cssSelector("#responderId option"));
            assertThat(offered).contains("Lea Martin (Active, Justice)").noneMatch(o -> o.startsWith("Omar Farouk"));
            assertThat(browser.value(By.id("start"))).isEqualTo(day(100));
            browser.select("responderId", "Lea Martin (Active, Justice)").type("role", "Rule of law adviser")
                   .select("sector", "Justice and reconciliation");
            browser.shoot("staffing-request-form");
            browser.click(SEND);

            String row = browser.await(STAFFING).getText();
            assertThat(row).contains("Lea Martin", "Rule of law adviser", "Justice and reconciliation", "Rule of law",
                                     "Requested, awaiting an answer").doesNotContain(free);
            assertThat(browser.path()).startsWith("/cases/" + kase + "?after=").endsWith("#staffing");
            assertThat(browser.texts(By.cssSelector("[data-testid=deployment] a")))
                    .contains("Approve the deployment", "Decline the deployment", "Withdraw the request")
                    .doesNotContain("Start the deployment", "End the deployment");
            browser.shoot("staffing-requested");
        }
        JsonNode deployment = staffing(kase).get(0);
        assertThat(deployment.get("responderId").asText()).isEqualTo(free);
        assertThat(deployment.get("start").asText()).isEqualTo(day(100));
        assertThat(deployment.get("end").asText()).isEqualTo(day(130));
        assertThat(deployment.get("sector").asText()).isEqualTo("JUSTICE_AND_RECONCILIATION");
        assertThat(deployment.get("requestedBy").asText()).isEqualTo(userFor("COORDINATOR"));
    }

    @Test
    void a_responder_requested_twice_over_overlapping_days_is_refused_the_second_booking_in_words_beside_its_days() {
        String responder = register("Jean Baptiste");
        String sahel = newCase("Sahel corridor");
        String first = arrange.requested(sahel, responder, day(200), day(260));
        String kase = newCase("Lake Chad");
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase + "/deployments/new?skill=rule-of-law&start=" + day(240) + "&end="
                         + day(300)).await(By.id("responderId"));
            browser.select("responderId", "Jean Baptiste (Active, Justice)").type("role", "Mediator")
                   .select("sector", "Security");
            browser.click(SEND).await(STAFFING);
            arrange.approved(sahel, first);

            browser.open("/cases/" + kase + "#staffing")
                   .click(By.cssSelector("[data-testid=approve-deployment]")).await(By.cssSelector(
                           "[data-testid=approve-form]"));
            browser.click(SEND);

            assertThat(browser.await(PROBLEMS).getText()).contains("Nothing was recorded", "Days: Jean Baptiste");
            assertThat(browser.text(By.id("period-error")))
                    .startsWith("Jean Baptiste is already booked from").contains("on a deployment to case \"Sahel corridor\"")
                    .doesNotContain(responder);
            browser.shoot("staffing-double-booked");
        }
        assertThat(staffing(kase).get(0).get("status").asText()).isEqualTo("REQUESTED");
    }

    @Test
    void a_deployment_approved_started_and_ended_from_its_forms_is_recorded_as_the_signed_in_coordinator()
            throws Exception {
        String kase = newCase("Kivu");
        String deployment = arrange.requested(kase, register("Grace Mutesi"), day(0), day(30));
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase).click(By.cssSelector("[data-testid=approve-deployment]"));
            browser.await(By.cssSelector("[data-testid=deployment]"));
            assertThat(browser.text(By.cssSelector("[data-testid=deployment]"))).contains("Grace Mutesi");
            browser.shoot("staffing-approve-form");
            browser.click(SEND);
            assertThat(browser.await(STAFFING).getText()).contains("Approved, not started");

            browser.click(By.cssSelector("[data-testid=start-deployment]")).click(SEND);
            assertThat(browser.await(STAFFING).getText()).contains("Under way");

            browser.click(By.cssSelector("[data-testid=end-deployment]")).await(By.id("endedOn"));
            assertThat(browser.value(By.id("endedOn"))).isEqualTo(day(30));
            browser.choose("endedOn", day(0)).type("note", "Handed over to the embassy");
            browser.shoot("staffing-end-form");
            browser.click(SEND);
            assertThat(browser.await(STAFFING).getText()).contains("Ended", "Handed over to the embassy");
            assertThat(browser.texts(By.cssSelector("[data-testid=deployment] a"))).isEmpty();
            browser.shoot("staffing-ended");
        }
        JsonNode recorded = staffing(kase).get(0);
        assertThat(recorded.get("status").asText()).isEqualTo("ENDED");
        assertThat(recorded.get("end").asText()).isEqualTo(day(0));
        assertThat(recorded.get("version").asLong()).isEqualTo(4);
        assertThat(Journal.whoRecorded(casebook, deployment)).containsEntry("DeploymentApproved", BY_COORDINATOR)
                .containsEntry("DeploymentStarted", BY_COORDINATOR)
                .containsEntry("DeploymentEnded", BY_COORDINATOR);
    }

    @Test
    void a_request_is_declined_or_withdrawn_and_an_approved_deployment_rescheduled_extended_and_cancelled_with_reasons() {
        String kase = newCase("Mindanao");
        String declined = arrange.requested(kase, register("Ana Reyes"), day(10), day(40));
        String withdrawn = arrange.requested(kase, register("Ben Cruz"), day(10), day(40));
        String moved = arrange.requested(kase, register("Carla Santos"), day(10), day(40));
        arrange.approved(kase, moved);
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase).click(step(declined, "decline")).await(By.id("reason"));
            // the reason is required: the browser asks for it before sending (the server would refuse it too)
            assertThat(browser.value(By.id("reason"))).isEmpty();
            browser.type("reason", "The embassy cannot house another adviser").click(SEND);
            assertThat(browser.await(By.id("deployment-" + declined)).getText())
                    .contains("Declined", "The embassy cannot house another adviser");

            browser.click(step(withdrawn, "withdraw")).await(By.id("reason"));
            browser.type("reason", "Asked for the wrong skill").click(SEND);
            assertThat(browser.await(By.id("deployment-" + withdrawn)).getText())
                    .contains("Withdrawn", "Asked for the wrong skill");

            browser.click(step(moved, "reschedule")).await(By.id("start"));
            assertThat(browser.value(By.id("start"))).isEqualTo(day(10));
            browser.choose("start", day(20)).choose("end", day(50)).type("reason", "Visa delayed").click(SEND);
            assertThat(browser.await(By.id("deployment-" + moved)).getText())
                    .contains(shownDay(20) + " to " + shownDay(50));

            browser.click(step(moved, "extend")).await(By.id("end"));
            browser.choose("end", day(70)).click(SEND);
            assertThat(browser.await(By.id("deployment-" + moved)).getText())
                    .contains(shownDay(20) + " to " + shownDay(70));

            browser.click(step(moved, "cancel")).await(By.id("reason"));
            browser.type("reason", "<script>alert(1)</script> security closed the road").click(SEND);
            assertThat(browser.await(By.id("deployment-" + moved)).getText())
                    .contains("Cancelled", "<script>alert(1)</script> security closed the road");
            assertThat(browser.texts(By.cssSelector("[data-testid=deployment] a"))).isEmpty();
            browser.shoot("staffing-answered");
        }
        Map<String, String> status = new LinkedHashMap<>();
        staffing(kase).forEach(d -> status.put(d.get("id").asText(), d.get("status").asText()));
        assertThat(status).containsEntry(declined, "DECLINED").containsEntry(withdrawn, "WITHDRAWN")
                          .containsEntry(moved, "CANCELLED");
        assertThat(Journal.whoRecorded(casebook, moved)).containsEntry("DeploymentRescheduled", BY_COORDINATOR)
                .containsEntry("DeploymentExtended", BY_COORDINATOR)
                .containsEntry("DeploymentCancelled", BY_COORDINATOR);
        assertThat(Journal.whoRecorded(casebook, declined)).containsEntry("DeploymentDeclined", BY_COORDINATOR);
    }

    /** The link to a step of one deployment, in its row of the case's staffing. */
    private static By step(String deployment, String step) {
        return By.cssSelector("#deployment-" + deployment + " [data-testid=" + step + "-deployment]");
    }

    private static String shownDay(int fromToday) {
        return TODAY.plusDays(fromToday).format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                                                                                            java.util.Locale.ENGLISH));
    }

    @Test
    void a_step_sent_from_a_form_opened_before_the_deployment_changed_says_so_and_records_nothing() {
        String kase = newCase("Horn of Africa");
        String deployment = arrange.requested(kase, register("Yusuf Ali"), day(60), day(90));
        arrange.approved(kase, deployment);
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase + "/deployments/" + deployment + "/extend/new").await(By.id("end"));
            browser.choose("end", day(100));
            Api.Response meanwhile = coordinator.post("/api/crises/" + kase + "/deployments/" + deployment
                                                      + "/extend", Map.of("end", day(95)));
            assertThat(meanwhile.status()).as(meanwhile.body()).isEqualTo(200);
            browser.click(SEND);

            assertThat(browser.await(By.cssSelector("[data-testid=stale]")).getText())
                    .contains("This deployment changed since you opened it");
            browser.shoot("staffing-stale");
        }
        assertThat(staffing(kase).get(0).get("end").asText()).isEqualTo(day(95));
    }

    @Test
    void an_auditor_reads_the_staffing_by_name_but_is_offered_no_step_and_may_not_open_one() {
        String kase = newCase("Great Lakes");
        String deployment = arrange.requested(kase, register("Nadia Karimi"), day(20), day(50));
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(SIGNED_IN);
            browser.open("/cases/" + kase);
            assertThat(browser.await(STAFFING).getText()).contains("Nadia Karimi", "Requested, awaiting an answer");
            assertThat(browser.source()).doesNotContain("Request a deployment", "Approve the deployment");
            browser.shoot("staffing-auditor");

            browser.open("/cases/" + kase + "/deployments/" + deployment + "/approve/new");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Not for your role");
            browser.open("/cases/" + kase + "/deployments/new");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Not for your role");
        }
        assertThat(staffing(kase).get(0).get("status").asText()).isEqualTo("REQUESTED");
    }

    private static String day(int fromToday) {
        return TODAY.plusDays(fromToday).toString();
    }

    private static String newCase(String title) {
        return arrange.openCase(title, "OPERATIONS");
    }

    private static String register(String name) {
        return arrange.responder(name);
    }

    private static JsonNode staffing(String kase) {
        return coordinator.get("/api/crises/" + kase + "/deployments?after=" + coordinator.head()).json()
                          .get("deployments");
    }
}
