package org.casebook.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.CasebookInstance.FIELD_BODY;
import static org.casebook.server.testing.CasebookInstance.FIELD_COORDINATOR;
import static org.casebook.server.testing.CasebookInstance.FIELD_COORDINATOR_NAME;
import static org.casebook.server.testing.CasebookInstance.userFor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Arrange;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.Browser;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.Journal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The lead of a case is handed over from the console: proposed by a coordinator of the lead body (open items and
 * risks added and removed in place), read in its brief and accepted there by a coordinator of the receiving body,
 * who must accept the brief they read; declined with a reason; withdrawn; a risk closed. A coordinator of a third
 * body, and an auditor, read the handovers and are offered no step.
 */
class ConsoleHandoverTest {

    private static final By SIGNED_IN = By.cssSelector("[data-testid=signed-in]");
    private static final By HANDOVER = By.cssSelector("[data-testid=handover]");
    private static final By SEND = By.cssSelector("[data-testid=send]");
    private static final By HEADING = By.tagName("h1");
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    private static final String HOSTILE = "<script>alert('risk')</script> Raids on the road";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A coordinator of a third body, which a handover between the other two is no business of. */
    private static final String THIRD = "ipc-coordinator";

    private static CasebookInstance casebook;
    private static Api coordinator;

    @BeforeAll
    static void start() {
        casebook = CasebookInstance.start(CasebookInstance.anotherUser(THIRD, "COORDINATOR", Map.of(
                "body", "IPC", "display-name", "T. Moreau", "clearance", "SBU")));
        coordinator = casebook.as("COORDINATOR");
    }

    @AfterAll
    static void stop() {
        casebook.close();
    }

    @Test
    void a_coordinator_proposes_a_handover_that_the_receiving_coordinator_reads_in_its_brief_and_accepts() {
        String kase = newCase("Darfur border handover");
        try (Browser proposer = Browser.at(casebook); Browser receiver = Browser.at(casebook)) {
            proposer.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            proposer.open("/cases/" + kase).click(By.cssSelector("[data-testid=propose-handover]"))
                    .await(By.cssSelector("[data-testid=handovers-form]"));
            assertThat(proposer.texts(By.cssSelector("#toBody option"))).contains(FIELD_BODY)
                    .noneMatch(body -> body.contains("(CRSG)"));
            proposer.choose("toBody", FIELD_BODY).select("receivingCoordinator", FIELD_COORDINATOR_NAME + ", " + FIELD_BODY)
                    .choose("proposedEffectiveOn", TODAY)
                    .type("openItems-0-item", "Hand over the warehouse keys").type("openItems-0-owner", "Embassy RSO")
                    .type("risks-0", "Floods may cut the road").type("risks-1", "A risk typed by mistake")
                    .type("risks-2", HOSTILE);
            // a fourth risk needs a row more: the form comes back with what was typed and blank rows
            proposer.click(By.cssSelector("[data-testid=more-rows]")).await(By.id("risks-3"));
            assertThat(proposer.value(By.id("risks-2"))).isEqualTo(HOSTILE);
            assertThat(proposer.value(By.id("receivingCoordinator"))).isEqualTo(FIELD_COORDINATOR);
            proposer.type("risks-3", "Fuel for the generators runs out in March");
            proposer.click(By.xpath("//button[text()='Remove risk 2']")).await(By.id("risks-0"));
            assertThat(List.of(proposer.value(By.id("risks-0")), proposer.value(By.id("risks-1")),
                               proposer.value(By.id("risks-2"))))
                    .containsExactly("Floods may cut the road", HOSTILE, "Fuel for the generators runs out in March");
            proposer.shoot("handover-propose-form");
            proposer.click(SEND);

            String proposed = proposer.await(HANDOVER).getText();
            assertThat(proposer.path()).startsWith("/cases/" + kase + "?after=").endsWith("#handovers");
            assertThat(proposed).contains("H-1: CRSG to " + FIELD_BODY, "Proposed, awaiting an answer",
                                          FIELD_COORDINATOR_NAME, "Hand over the warehouse keys", "Embassy RSO",
                                          HOSTILE, "Fuel for the generators").doesNotContain("typed by mistake");
            assertThat(proposer.source()).doesNotContain("<script>alert('risk')");
            assertThat(proposer.texts(By.cssSelector("[data-testid=handover] a")))
                    .contains("Read the brief", "Withdraw the handover", "Close risk 1")
                    .doesNotContain("Decline the handover", "Read the brief and accept");
            assertThat(proposer.text(By.cssSelector("[data-testid=handover-flag]"))).isEqualToIgnoringCase("Handover pending");
            proposer.shoot("handover-proposed");

            receiver.signInAs(FIELD_COORDINATOR).await(SIGNED_IN);
            receiver.open("/cases/" + kase).await(HANDOVER);
            assertThat(receiver.texts(By.cssSelector("[data-testid=handover] a")))
                    .contains("Read the brief and accept", "Decline the handover")
                    .doesNotContain("Withdraw the handover", "Close risk 1");
            receiver.click(By.cssSelector("[data-testid=read-brief]")).await(By.cssSelector("[data-testid=accept-form]"));
            assertThat(receiver.path()).isEqualTo("/cases/" + kase + "/handovers/H-1/brief");
            String digest = receiver.value(By.id("briefDigest"));
            assertThat(digest).isEqualTo(casebook.fieldCoordinator().get("/api/crises/" + kase + "/handovers/H-1/brief")
                                                 .json().get("digest").asText());
            assertThat(receiver.text(By.cssSelector("[data-testid=brief-digest]"))).contains(digest);
            assertThat(receiver.text(By.cssSelector("[data-testid=brief-risks]"))).contains(HOSTILE);
            assertThat(receiver.text(By.cssSelector("[data-testid=brief-open-items]")))
                    .contains("Hand over the warehouse keys", "Embassy RSO");
            assertThat(receiver.text(By.cssSelector("[data-testid=brief-handover]")))
                    .contains("M. Alvarez of CRSG", "for " + FIELD_COORDINATOR_NAME);
            receiver.shoot("handover-brief");
            receiver.shootPrinted("handover-brief-printed");
            assertThat(receiver.printed(By.cssSelector("[data-testid=accept-form]"))).isFalse();
            assertThat(receiver.printed(By.cssSelector("[data-testid=signed-in]"))).isFalse();
            assertThat(receiver.printed(By.cssSelector("[data-testid=brief-digest]"))).isTrue();
            receiver.click(SEND);

            assertThat(receiver.path()).startsWith("/cases/" + kase + "?after=").endsWith("#handovers");
            assertThat(receiver.await(HANDOVER).getText()).contains("Accepted, effective",
                                                                   FIELD_COORDINATOR_NAME + " (Coordinator)");
            assertThat(receiver.text(By.cssSelector("[data-testid=lead]"))).startsWith(FIELD_BODY);
            assertThat(receiver.text(By.cssSelector("[data-testid=handover-digest]"))).contains(digest);
            receiver.shoot("handover-accepted");

            JsonNode handover = coordinator.caseFile(kase, casebook.head()).get("handovers").get(0);
            assertThat(handover.get("status").asText()).isEqualTo("ACCEPTED");
            assertThat(handover.get("briefDigest").asText()).isEqualTo(digest);
            JsonNode accepted = payload(kase, "HandoverAccepted").get(0);
            assertThat(accepted.get("acceptedBy").get("user").asText()).isEqualTo(FIELD_COORDINATOR);
            assertThat(accepted.get("acceptedBy").get("role").asText()).isEqualTo("COORDINATOR");
            assertThat(accepted.get("acceptedBy").get("body").asText()).isEqualTo(FIELD_BODY);
            assertThat(accepted.get("briefDigest").asText()).isEqualTo(digest);
            JsonNode proposal = payload(kase, "HandoverProposed").get(0);
            assertThat(proposal.get("proposedBy").get("user").asText()).isEqualTo(userFor("COORDINATOR"));
            assertThat(proposal.get("proposedBy").get("body").asText()).isEqualTo("CRSG");
            assertThat(proposal.get("receivingCoordinator").asText()).isEqualTo(FIELD_COORDINATOR);
            assertThat(JSON.convertValue(proposal.get("risks"), List.class))
                    .containsExactly("Floods may cut the road", HOSTILE, "Fuel for the generators runs out in March");
        }
    }

    @Test
    void the_receiving_coordinator_declines_with_a_reason_which_the_case_page_shows_with_who_declined() {
        String kase = caseWithHandover("Declined handover");
        try (Browser receiver = Browser.at(casebook)) {
            receiver.signInAs(FIELD_COORDINATOR).await(SIGNED_IN);
            receiver.open("/cases/" + kase).click(By.cssSelector("[data-testid=decline-handover]"))
                    .await(By.cssSelector("[data-testid=decline-form]"));
            assertThat(receiver.text(By.cssSelector("[data-testid=handover]"))).contains("H-1: CRSG to " + FIELD_BODY);
            receiver.type("reason", "The embassy has no staff for it until May");
            receiver.shoot("handover-decline-form");
            receiver.click(SEND);

            String declined = receiver.await(HANDOVER).getText();
            assertThat(declined).contains("Declined", FIELD_COORDINATOR_NAME + " (Coordinator): The embassy has no "
                    + "staff for it until May");
            assertThat(receiver.texts(By.cssSelector("[data-testid=handover] a"))).containsExactly("Read the brief");
        }
        JsonNode declined = payload(kase, "HandoverDeclined").get(0);
        assertThat(declined.get("declinedBy").get("user").asText()).isEqualTo(FIELD_COORDINATOR);
        assertThat(declined.get("declinedBy").get("body").asText()).isEqualTo(FIELD_BODY);
        assertThat(declined.get("reason").asText()).isEqualTo("The embassy has no staff for it until May");
    }

    @Test
    void a_coordinator_of_a_third_body_and_an_auditor_are_offered_no_step_and_the_forms_are_refused() {
        String kase = caseWithHandover("Not their handover");
        try (Browser third = Browser.at(casebook); Browser auditor = Browser.at(casebook)) {
            third.signInAs(THIRD).await(SIGNED_IN);
            third.open("/cases/" + kase).await(HANDOVER);
            assertThat(third.texts(By.cssSelector("[data-testid=handover] a"))).containsExactly("Read the brief");
            for (String form : List.of("withdraw", "risks/1/close", "decline")) {
                third.open("/cases/" + kase + "/handovers/H-1/" + form + "/new");
                assertThat(third.await(HEADING).getText()).as(form).isEqualTo("Not yours to do");
            }
            assertThat(third.text(By.cssSelector("[data-testid=why-not]")))
                    .contains("Decline the handover", "is for a coordinator of " + FIELD_BODY);
            third.shoot("handover-not-yours");
            third.open("/cases/" + kase + "/handovers/H-1/brief").await(By.cssSelector("[data-testid=brief-title]"));
            assertThat(third.source()).doesNotContain("data-testid=\"accept-form\"");

            auditor.signInAs(userFor("AUDITOR")).await(SIGNED_IN);
            auditor.open("/cases/" + kase).await(HANDOVER);
            assertThat(auditor.texts(By.cssSelector("[data-testid=handover] a"))).containsExactly("Read the brief");
            assertThat(auditor.source()).doesNotContain("data-testid=\"propose-handover\"");
            auditor.open("/cases/" + kase + "/handovers/H-1/decline/new");
            assertThat(auditor.await(HEADING).getText()).isEqualTo("Not for your role");
        }
        assertThat(casebook.entries(kase, "HandoverDeclined") + casebook.entries(kase, "HandoverWithdrawn")).isZero();
    }

    @Test
    void an_acceptance_of_another_brief_than_the_one_of_the_handover_records_nothing_and_shows_the_brief_again() {
        String kase = caseWithHandover("Brief read again");
        try (Browser receiver = Browser.at(casebook)) {
            receiver.signInAs(FIELD_COORDINATOR).await(SIGNED_IN);
            receiver.open("/cases/" + kase + "/handovers/H-1/brief").await(By.cssSelector("[data-testid=accept-form]"));
            String digest = receiver.value(By.id("briefDigest"));
            receiver.choose("briefDigest", "0".repeat(64)).click(SEND);

            assertThat(receiver.await(By.cssSelector("[data-testid=brief-changed]")).getText())
                    .contains("The brief changed since you read it", "Nothing was recorded");
            assertThat(receiver.value(By.id("briefDigest"))).isEqualTo(digest);
            assertThat(receiver.text(By.cssSelector("[data-testid=brief-status]"))).contains("awaiting an answer");
            receiver.shoot("handover-brief-changed");
            assertThat(casebook.entries(kase, "HandoverAccepted")).isZero();

            receiver.click(SEND);
            assertThat(receiver.await(HANDOVER).getText()).contains("Accepted");
        }
        assertThat(payload(kase, "HandoverAccepted").get(0).get("briefDigest").asText()).isNotEqualTo("0".repeat(64));
    }

    @Test
    void a_risk_closed_while_the_receiver_reads_the_brief_makes_the_page_stale_but_not_the_brief() {
        String kase = caseWithHandover("Risk closed meanwhile");
        try (Browser proposer = Browser.at(casebook); Browser receiver = Browser.at(casebook)) {
            receiver.signInAs(FIELD_COORDINATOR).await(SIGNED_IN);
            receiver.open("/cases/" + kase + "/handovers/H-1/brief").await(By.cssSelector("[data-testid=accept-form]"));
            String digest = receiver.value(By.id("briefDigest"));

            proposer.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            proposer.open("/cases/" + kase).click(By.cssSelector("[data-testid=close-risk]"))
                    .await(By.cssSelector("[data-testid=close-form]"));
            proposer.type("reason", "The road was repaired").click(SEND);
            assertThat(proposer.await(HANDOVER).getText()).containsIgnoringCase("closed")
                    .contains("The road was repaired", "M. Alvarez");

            receiver.click(SEND);
            assertThat(receiver.await(By.cssSelector("[data-testid=stale]")).getText())
                    .contains("This case changed since you opened it");
            // the brief is the case as it stood when the handover was proposed: closing a risk leaves it as read
            assertThat(receiver.value(By.id("briefDigest"))).isEqualTo(digest);
            receiver.click(SEND);
            assertThat(receiver.await(HANDOVER).getText()).contains("Accepted");
        }
        JsonNode closed = payload(kase, "RiskClosed").get(0);
        assertThat(closed.get("closedBy").get("user").asText()).isEqualTo(userFor("COORDINATOR"));
        assertThat(closed.get("risk").asInt()).isEqualTo(1);
        assertThat(casebook.entries(kase, "HandoverAccepted")).isEqualTo(1);
    }

    private static String newCase(String title) {
        return Arrange.by(casebook).openCase(title, "OPERATIONS");
    }

    /** A case of which CRSG proposed handover H-1 to the field coordinator's body from today, with one risk. */
    private static String caseWithHandover(String title) {
        String kase = newCase(title);
        Map<String, Object> proposal = Bodies.handover(FIELD_BODY, TODAY);
        proposal.put("risks", List.of("Floods may cut the road"));
        Api.Response proposed = coordinator.post("/api/crises/" + kase + "/handovers", proposal);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        return kase;
    }

    /** The bodies of the case's entries of that type, as the journal holds them, oldest first. */
    private static List<JsonNode> payload(String kase, String type) {
        return Journal.bodies(casebook, kase, type);
    }
}
