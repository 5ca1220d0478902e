package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Problems.assertRefused;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The lead of a case moves over HTTP: proposed by its lead body, shown in a brief, accepted by the receiver. */
class HandoversApiTest {

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api capital = casebook.as("COORDINATOR");
    private static final Api field = casebook.fieldCoordinator();

    @Test
    void the_lead_body_proposes_the_receiver_reads_the_brief_and_accepts_and_becomes_the_incoming_lead() {
        String kase = newCase();
        Api.Response proposed = capital.post(handovers(kase), proposal());
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().get("handoverId").asText()).isEqualTo("H-1");
        assertThat(proposed.header("Location")).isEqualTo(handovers(kase) + "/H-1");
        JsonNode pending = casebook.boardRow(kase, proposed.position());
        assertThat(pending.get("pendingHandovers").get(0).get("toBody").asText()).isEqualTo("Embassy Khartoum");
        assertThat(pending.get("flags").toString()).contains("handover-pending");
        JsonNode listed = casebook.as("REPORTER").get("/api/handovers?status=PENDING&size=200&after="
                                                      + proposed.position()).json();
        assertThat(listed.get("items").findValuesAsText("id")).contains(kase + "/H-1");

        Api.Response brief = field.get(handovers(kase) + "/H-1/brief");
        assertThat(brief.status()).as(brief.body()).isEqualTo(200);
        String digest = brief.json().get("digest").asText();
        assertThat(brief.header("ETag")).isEqualTo("\"" + digest + "\"");
        assertThat(brief.json().get("openItems").get(0).get("owner").asText()).isEqualTo("Embassy RSO");
        assertThat(brief.json().get("decisions").get(0).get("decision").asText()).isEqualTo("Deploy a field ACT");
        Api.Response accepted = field.post(handovers(kase) + "/H-1/accept", Map.of("briefDigest", digest));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        long at = accepted.position();
        JsonNode file = capital.get("/api/crises/" + kase + "?after=" + at).json();
        // the lead moves on the effective date (HandoverEffectiveDateTest); until then the Embassy is incoming
        assertThat(file.get("leadBody").asText()).isEqualTo("CRSG");
        JsonNode incoming = file.get("incomingLeads").get(0);
        assertThat(incoming.get("body").asText()).isEqualTo("Embassy Khartoum");
        // the incoming coordinator is named as the directory names the acceptor, not by their login
        assertThat(incoming.get("coordinator").asText()).isEqualTo(CasebookInstance.FIELD_COORDINATOR_NAME);
        assertThat(incoming.get("effectiveOn").asText()).isEqualTo("2027-03-01");
        JsonNode handover = file.get("handovers").get(0);
        assertThat(handover.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(handover.get("briefDigest").asText()).isEqualTo(digest);
        assertThat(handover.get("answeredBy").asText()).isEqualTo(CasebookInstance.FIELD_COORDINATOR);
        assertThat(handover.get("acceptorName").asText()).isEqualTo(CasebookInstance.FIELD_COORDINATOR_NAME);
        JsonNode row = casebook.boardRow(kase, at);
        assertThat(row.get("leadBody").asText()).isEqualTo("CRSG");
        assertThat(row.get("incomingLeads").get(0).get("body").asText()).isEqualTo("Embassy Khartoum");
        assertThat(row.get("incomingLeads").get(0).get("effectiveOn").asText()).isEqualTo("2027-03-01");
        JsonNode recent = casebook.as("AUDITOR").get("/api/handovers?status=ACCEPTED&size=200&after=" + at).json();
        assertThat(recent.get("items").findValuesAsText("id")).contains(kase + "/H-1");
        assertThat(row.get("pendingHandovers")).isEmpty();
        assertThat(row.get("flags").toString()).doesNotContain("handover-pending");
    }

    @Test
    void an_acceptance_naming_another_brief_is_422_and_records_nothing() {
        String kase = newCase();
        capital.post(handovers(kase), proposal());
        long head = casebook.head();

        Api.Response accepted = field.post(handovers(kase) + "/H-1/accept", Map.of("briefDigest", "0".repeat(64)));

        assertRefused(accepted, "brief-not-shown");
        assertThat(casebook.head()).isEqualTo(head);
    }

    @Test
    void the_proposing_body_cannot_accept_its_own_handover() {
        String kase = newCase();
        capital.post(handovers(kase), proposal());
        String digest = capital.get(handovers(kase) + "/H-1/brief").json().get("digest").asText();

        Api.Response accepted = capital.post(handovers(kase) + "/H-1/accept", Map.of("briefDigest", digest));

        assertRefused(accepted, "not-the-receiving-side");
    }

    @Test
    void a_second_handover_of_the_same_case_while_one_is_pending_is_422_naming_it() {
        String kase = newCase();
        capital.post(handovers(kase), proposal());

        Api.Response second = capital.post(handovers(kase), proposal());

        assertRefused(second, "handover-pending");
        assertThat(second.json().get("detail").asText()).contains("H-1");
    }

    @Test
    void the_brief_is_the_same_later_although_the_case_moved_on() {
        String kase = newCase();
        capital.post(handovers(kase), proposal());
        Api.Response first = field.get(handovers(kase) + "/H-1/brief");

        Api.Response decided = capital.post("/api/crises/" + kase + "/decisions",
                                            Bodies.decision("Open a second field office", null));
        Api.Response later = field.get(handovers(kase) + "/H-1/brief");

        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(later.body()).isEqualTo(first.body());
        assertThat(later.body()).doesNotContain("Open a second field office");
    }

    @Test
    void the_brief_shows_the_deployments_and_unspent_money_as_they_stood_when_the_handover_was_proposed() {
        String kase = newCase();
        String responder = capital.post("/api/responders", Bodies.responder("Amina Diallo", "ACTIVE",
                                                                             List.of("rule-of-law"))).id();
        String deployments = "/api/crises/" + kase + "/deployments";
        String deployment = capital.post(deployments, Map.of(
                "responderId", responder, "role", "Rule of law adviser", "sector", "JUSTICE_AND_RECONCILIATION",
                "skill", "rule-of-law", "start", LocalDate.now(ZoneOffset.UTC).toString(), "end",
                LocalDate.now(ZoneOffset.UTC).plusDays(59).toString())).id();
        capital.post(deployments + "/" + deployment + "/approve", Map.of());
        String source = capital.post("/api/funding-sources", Map.of(
                "authority", "Brief Test Fund " + kase, "fiscalYear", 2027, "cap", "1000.00")).id();
        String funds = "/api/crises/" + kase + "/funds/";
        capital.post(funds + "allocations", Map.of("sourceId", source, "project", "Courts", "sector",
                                                   "JUSTICE_AND_RECONCILIATION", "amount", "500.00"));
        capital.post(funds + "obligations", Map.of("sourceId", source, "allocation", "A-1", "amount", "300.00",
                                                   "description", "Court repairs"));
        capital.post(funds + "disbursements", Map.of("sourceId", source, "obligation", "O-1", "amount", "100.00",
                                                     "description", "First tranche"));
        capital.post(handovers(kase), proposal());
        String before = field.get(handovers(kase) + "/H-1/brief").body();

        Api.Response started = capital.post(deployments + "/" + deployment + "/start", Map.of());
        Api.Response disbursed = capital.post(funds + "disbursements", Map.of(
                "sourceId", source, "obligation", "O-1", "amount", "150.00", "description", "Second tranche"));
        Api.Response after = field.get(handovers(kase) + "/H-1/brief");

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(disbursed.status()).as(disbursed.body()).isEqualTo(200);
        assertThat(after.body()).isEqualTo(before);
        JsonNode brief = after.json();
        assertThat(brief.get("activeDeployments").get(0).get("status").asText()).isEqualTo("APPROVED");
        assertThat(brief.get("activeDeployments").get(0).get("id").asText()).isEqualTo(deployment);
        JsonNode unspent = brief.get("obligatedNotDisbursed").get(0);
        assertThat(unspent.get("obligation").asText()).isEqualTo("O-1");
        assertThat(unspent.get("remaining").asText()).isEqualTo("200.00");
        assertThat(brief.get("totalObligatedNotDisbursed").asText()).isEqualTo("200.00");
    }

    @Test
    void the_brief_is_a_printable_page_when_html_is_asked_for() {
        String kase = newCase();
        capital.post(handovers(kase), proposal());
        String digest = field.get(handovers(kase) + "/H-1/brief").json().get("digest").asText();

        Api.Response page = field.get(handovers(kase) + "/H-1/brief", Map.of("Accept", "text/html"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'").contains("script-src 'self'");
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("Police salary arrears").contains(digest)
                               .contains("Rainy season closes the southern road");
    }

    @Test
    void the_receiver_declines_and_the_proposer_may_then_propose_again() {
        String kase = newCase();
        capital.post(handovers(kase), proposal());

        Api.Response declined = field.post(handovers(kase) + "/H-1/decline", Map.of("reason", "No staff until April"));
        Api.Response again = capital.post(handovers(kase), proposal());

        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("handoverId").asText()).isEqualTo("H-2");
    }

    @Test
    void an_unknown_handover_is_404() {
        String kase = newCase();

        assertThat(field.get(handovers(kase) + "/H-9/brief").status()).isEqualTo(404);
        Api.Response accept = field.post(handovers(kase) + "/H-9/accept", Map.of("briefDigest", "0".repeat(64)));
        assertThat(accept.status()).as(accept.body()).isEqualTo(404);
        assertThat(accept.json().get("type").asText()).endsWith("/unknown-handover");
        assertThat(field.post(handovers(kase) + "/nine/withdraw", Map.of("reason", "x")).status()).isEqualTo(404);
    }

    @Test
    void a_proposal_without_its_effective_date_is_400_naming_the_field() {
        Map<String, Object> body = new java.util.HashMap<>(proposal());
        body.remove("proposedEffectiveOn");

        Api.Response response = capital.post(handovers(newCase()), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("proposedEffectiveOn");
    }

    @Test
    void the_case_file_shows_which_risks_are_open_and_who_closed_the_others_when_and_why_and_the_brief_is_unchanged() {
        String kase = newCase();
        capital.post(handovers(kase), Bodies.with(proposal(), "risks",
                                                  List.of("Rainy season closes the southern road", "Fuel shortages")));
        Api.Response shown = field.get(handovers(kase) + "/H-1/brief");
        String digest = shown.json().get("digest").asText();
        field.post(handovers(kase) + "/H-1/accept", Map.of("briefDigest", digest));

        Api.Response closed = field.post(handovers(kase) + "/H-1/risks/2/close", Map.of("reason", "Depot restocked"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        long at = closed.position();
        JsonNode risks = capital.get("/api/crises/" + kase + "?after=" + at).json().get("risks");
        Api.Response brief = field.get(handovers(kase) + "/H-1/brief");
        String page = field.get(handovers(kase) + "/H-1/brief", Map.of("Accept", "text/html")).body();

        assertThat(risks).hasSize(2);
        assertThat(risks.get(0).get("risk").asText()).isEqualTo("Rainy season closes the southern road");
        assertThat(risks.get(0).get("status").asText()).isEqualTo("OPEN");
        assertThat(risks.get(0).get("closed").isNull()).isTrue();
        assertThat(risks.get(1).get("handoverId").asText()).isEqualTo("H-1");
        assertThat(risks.get(1).get("number").asInt()).isEqualTo(2);
        assertThat(risks.get(1).get("status").asText()).isEqualTo("CLOSED");
        assertThat(risks.get(1).get("reason").asText()).isEqualTo("Depot restocked");
        assertThat(risks.get(1).get("closed").get("user").asText()).isEqualTo(CasebookInstance.FIELD_COORDINATOR);
        assertThat(risks.get(1).get("closed").get("effectiveAt").asText()).isNotBlank();
        // the brief is what it was when proposed: the digest accepted still proves it
        assertThat(brief.body()).isEqualTo(shown.body());
        assertThat(brief.json().get("digest").asText()).isEqualTo(digest);
        assertThat(page).contains("Fuel shortages").doesNotContain("Depot restocked");
    }

    @Test
    void the_risks_of_an_sbu_case_and_why_they_closed_are_withheld_from_the_uncleared() {
        String kase = capital.post("/api/crises", Bodies.with(Bodies.openCase(), "sensitivity", "SBU")).id();
        capital.post(handovers(kase), Bodies.with(proposal(), "risks", List.of("Informant exposed")));
        long at = capital.post(handovers(kase) + "/H-1/risks/1/close", Map.of("reason", "Informant relocated"))
                         .position();

        JsonNode cleared = capital.get("/api/crises/" + kase + "?after=" + at).json().get("risks");
        JsonNode uncleared = field.get("/api/crises/" + kase + "?after=" + at).json().get("risks");
        String brief = field.get(handovers(kase) + "/H-1/brief").body();
        String page = field.get(handovers(kase) + "/H-1/brief", Map.of("Accept", "text/html")).body();

        assertThat(cleared.get(0).get("risk").asText()).isEqualTo("Informant exposed");
        assertThat(uncleared.get(0).get("risk").asText()).isEqualTo("[withheld: SBU]");
        assertThat(uncleared.get(0).get("reason").asText()).isEqualTo("[withheld: SBU]");
        assertThat(uncleared.get(0).get("status").asText()).isEqualTo("CLOSED");
        assertThat(uncleared.get(0).get("closed").get("user").asText()).isEqualTo("coordinator");
        assertThat(brief + page).doesNotContain("Informant");
    }

    private static Map<String, Object> proposal() {
        return Map.of("toBody", CasebookInstance.FIELD_BODY,
                      "openItems", List.of(Map.of("item", "Police salary arrears", "owner", "Embassy RSO")),
                      "risks", List.of("Rainy season closes the southern road"),
                      "proposedEffectiveOn", "2027-03-01");
    }

    private static String newCase() {
        String kase = capital.post("/api/crises", Bodies.openCase()).id();
        capital.post("/api/crises/" + kase + "/decisions", Bodies.decision("Deploy a field ACT", null));
        return kase;
    }

    private static String handovers(String kase) {
        return "/api/crises/" + kase + "/handovers";
    }

    @Test
    void a_handover_effective_in_year_1_is_400_naming_proposed_effective_on() {
        String kase = newCase();
        Map<String, Object> body = new java.util.LinkedHashMap<>(proposal());
        body.put("proposedEffectiveOn", "0001-01-01");

        Api.Response response = capital.post(handovers(kase), body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("proposedEffectiveOn");
    }
}
