package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Problems.assertRefused;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Bodies are a directory, not free text: cases, decisions and handovers name listed bodies, an admin lists others,
 * a handover names an existing coordinator of the receiving body, and a case's lead body is corrected by an entry.
 */
class BodyDirectoryApiTest {

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api capital = casebook.as("COORDINATOR");
    private static final Api admin = casebook.as("ADMIN");

    @Test
    void a_case_cannot_be_opened_under_a_body_that_is_not_listed() {
        Api.Response opened = capital.post("/api/crises", Bodies.with(Bodies.openCase(), "leadBody", "Embasy"));

        assertRefused(opened, "body-not-listed");
        assertThat(opened.json().get("field").asText()).isEqualTo("leadBody");
        assertThat(opened.json().get("detail").asText()).contains("Embasy", "CRSG", "Embassy", "/api/bodies");
    }

    @Test
    void a_decision_names_a_listed_deciding_body() {
        String kase = newCase();
        Api.Response decided = capital.post("/api/crises/" + kase + "/decisions",
                                            Bodies.with(Bodies.decision("Deploy", null), "decidingBody", "Nobody Office"));

        assertRefused(decided, "body-not-listed");
        assertThat(decided.json().get("field").asText()).isEqualTo("decidingBody");
    }

    @Test
    void a_handover_to_a_body_that_is_not_listed_is_refused_and_does_not_block_the_next() {
        String kase = newCase();
        Api.Response refused = capital.post(handovers(kase), proposal("Nobody Office", null));

        assertRefused(refused, "body-not-listed");
        assertThat(refused.json().get("field").asText()).isEqualTo("toBody");
        Api.Response next = capital.post(handovers(kase), proposal(CasebookInstance.FIELD_BODY, null));
        assertThat(next.status()).as(next.body()).isEqualTo(201);
    }

    @Test
    void a_handover_names_only_a_coordinator_of_the_receiving_body_who_exists() {
        String kase = newCase();
        for (String nobody : List.of("no-such-user", CasebookInstance.userFor("COORDINATOR"),
                                     CasebookInstance.userFor("AUDITOR"))) {
            Api.Response refused = capital.post(handovers(kase), proposal(CasebookInstance.FIELD_BODY, nobody));

            assertRefused(refused, "receiving-coordinator-unknown");
            assertThat(refused.json().get("field").asText()).isEqualTo("receivingCoordinator");
        }
        Api.Response named = capital.post(handovers(kase), proposal(CasebookInstance.FIELD_BODY,
                                                                    CasebookInstance.FIELD_COORDINATOR));
        assertThat(named.status()).as(named.body()).isEqualTo(201);
    }

    @Test
    void a_body_an_admin_lists_is_accepted_at_once_and_listed_for_every_role() {
        Api.Response listed = admin.post("/api/admin/bodies", Map.of("name", "UNDP", "kind", "INTERNATIONAL",
                                                                     "displayName", "UN Development Programme"));
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);

        Api.Response opened = capital.post("/api/crises", Bodies.with(Bodies.openCase(), "leadBody", "UNDP"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        for (String role : CasebookInstance.ROLES) {
            JsonNode bodies = casebook.as(role).get("/api/bodies").json().get("bodies");
            assertThat(bodies.findValuesAsText("name")).contains("UNDP");
        }
        Api.Response again = admin.post("/api/admin/bodies", Map.of("name", "UNDP", "kind", "OTHER",
                                                                    "displayName", "UNDP"));
        assertRefused(again, "body-already-listed");
    }

    @Test
    void a_fresh_install_lists_the_configured_bodies_and_those_of_the_accounts_by_casebook_once_across_restarts() {
        try (CasebookInstance fresh = CasebookInstance.start()) {
            JsonNode bodies = fresh.as("REPORTER").get("/api/bodies").json().get("bodies");
            assertThat(bodies.findValuesAsText("name"))
                    .containsExactlyInAnyOrder("ACT", "CRSG", "Embassy", "Embassy Khartoum", "IPC", "USAID");
            JsonNode crsg = bodies.get(bodies.findValuesAsText("name").indexOf("CRSG"));
            assertThat(crsg.get("kind").asText()).isEqualTo("POLICY_GROUP");
            assertThat(crsg.get("displayName").asText()).isEqualTo("Country Reconstruction and Stabilization Group");
            long version = fresh.as("ADMIN").post("/api/admin/bodies", Map.of(
                    "name", "IPC Khartoum", "kind", "PLANNING_CELL", "displayName", "IPC at Khartoum"))
                                .json().get("version").asLong();
            assertThat(version).as("six bodies, eight people (the accounts), then this").isEqualTo(15);

            fresh.stop();
            fresh.restart();
            fresh.alongside().close();

            long after = fresh.as("ADMIN").post("/api/admin/bodies", Map.of(
                    "name", "ACT Darfur", "kind", "FIELD_TEAM", "displayName", "Field ACT Darfur"))
                               .json().get("version").asLong();
            assertThat(after).as("nothing listed again at restart or by a second process").isEqualTo(16);
            String journal = fresh.as("AUDITOR").get("/api/journal/export").body();
            assertThat(journal).contains("BodyListed", "casebook", "SYSTEM");
        }
    }

    @Test
    void a_lead_body_recorded_wrongly_is_corrected_with_a_reason_and_the_views_follow() {
        String kase = capital.post("/api/crises", Bodies.with(Bodies.openCase(), "leadBody", "Embassy")).id();
        Api admin = casebook.as("ADMIN");
        // a party to the case cannot move its lead by "correcting" it: only an admin puts the record right
        Api.Response byAParty = casebook.fieldCoordinator().post("/api/crises/" + kase + "/lead-correction", Map.of(
                "leadBody", CasebookInstance.FIELD_BODY, "reason", "Ours now"));
        assertThat(byAParty.status()).as(byAParty.body()).isEqualTo(403);
        Api.Response unlisted = admin.post("/api/crises/" + kase + "/lead-correction",
                                             Map.of("leadBody", "Embassy Khartum", "reason", "Misspelt"));
        assertRefused(unlisted, "body-not-listed");
        assertThat(unlisted.json().get("field").asText()).isEqualTo("leadBody");
        Api.Response noReason = admin.post("/api/crises/" + kase + "/lead-correction",
                                             Map.of("leadBody", CasebookInstance.FIELD_BODY, "reason", " "));
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);

        Api.Response corrected = admin.post("/api/crises/" + kase + "/lead-correction", Map.of(
                "leadBody", CasebookInstance.FIELD_BODY, "reason", "Opened under the wrong embassy"));

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        long at = corrected.position();
        JsonNode file = capital.get("/api/crises/" + kase + "?after=" + at).json();
        assertThat(file.get("leadBody").asText()).isEqualTo(CasebookInstance.FIELD_BODY);
        JsonNode row = capital.get("/api/crises?size=200&after=" + at).json().get("items");
        assertThat(row.findValues("id").stream().map(JsonNode::asText).toList()).contains(kase);
        for (JsonNode item : row) {
            if (item.get("id").asText().equals(kase)) {
                assertThat(item.get("leadBody").asText()).isEqualTo(CasebookInstance.FIELD_BODY);
            }
        }
        JsonNode timeline = capital.get("/api/crises/" + kase + "/timeline?after=" + at).json();
        assertThat(timeline.toString()).contains("Lead body corrected from Embassy to Embassy Khartoum");
        JsonNode before = casebook.as("AUDITOR").get("/api/crises/" + kase + "/as-of?position=" + (at - 1)).json();
        assertThat(before.get("caseFile").get("leadBody").asText()).isEqualTo("Embassy");
        JsonNode now = casebook.as("AUDITOR").get("/api/crises/" + kase + "/as-of?position=" + at).json();
        assertThat(now.get("caseFile").get("leadBody").asText()).isEqualTo(CasebookInstance.FIELD_BODY);
        Api.Response handedOn = casebook.fieldCoordinator().post(handovers(kase), proposal("CRSG", null));
        assertThat(handedOn.status()).as("the corrected lead body hands over: " + handedOn.body()).isEqualTo(201);
        Api.Response same = admin.post("/api/crises/" + kase + "/lead-correction",
                                         Map.of("leadBody", CasebookInstance.FIELD_BODY, "reason", "Again"));
        assertRefused(same, "lead-unchanged");
    }

    private static String newCase() {
        return capital.post("/api/crises", Bodies.openCase()).id();
    }

    private static String handovers(String kase) {
        return "/api/crises/" + kase + "/handovers";
    }

    private static Map<String, Object> proposal(String toBody, String receivingCoordinator) {
        return Bodies.with(Bodies.handover(toBody, "2027-03-01"), "receivingCoordinator", receivingCoordinator);
    }
}
