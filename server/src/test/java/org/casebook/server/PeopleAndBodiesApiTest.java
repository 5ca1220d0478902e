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

/**
 * The directory holds people as well as bodies: every account is listed at start with its display name and body,
 * an admin lists and renames people, renames and retires bodies; a retired body is named by nothing new while the
 * cases naming it read on; and a lead coordinator who took a case over is shown by the name the directory gave them.
 */
class PeopleAndBodiesApiTest {

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api capital = casebook.as("COORDINATOR");
    private static final Api admin = casebook.as("ADMIN");

    @Test
    void every_account_is_listed_as_a_person_with_display_name_and_body_for_every_role_and_nothing_else() {
        for (String role : CasebookInstance.ROLES) {
            Api.Response people = casebook.as(role).get("/api/people");
            assertThat(people.status()).as(people.body()).isEqualTo(200);
            JsonNode field = person(people.json(), CasebookInstance.FIELD_COORDINATOR);
            assertThat(field.get("displayName").asText()).isEqualTo(CasebookInstance.FIELD_COORDINATOR_NAME);
            assertThat(field.get("body").asText()).isEqualTo(CasebookInstance.FIELD_BODY);
            JsonNode auditor = person(people.json(), CasebookInstance.userFor("AUDITOR"));
            assertThat(auditor.get("displayName").asText()).as("no display name configured: the login")
                                                            .isEqualTo(CasebookInstance.userFor("AUDITOR"));
            assertThat(auditor.get("body").isNull()).isTrue();
            assertThat(people.body()).doesNotContain("SBU", "COORDINATOR", "password", "$2");
        }
        JsonNode crsg = body(casebook.as("REPORTER").get("/api/bodies").json(), "CRSG");
        assertThat(crsg.get("people").findValuesAsText("account"))
                .containsExactlyInAnyOrder(CasebookInstance.userFor("COORDINATOR"),
                                           CasebookInstance.unclearedUserFor("COORDINATOR"));
        assertThat(crsg.get("people").findValuesAsText("displayName")).contains(CasebookInstance.COORDINATOR_NAME);
        assertThat(crsg.get("retired").asBoolean()).isFalse();
        assertThat(casebook.anonymous().get("/api/people").status()).isEqualTo(401);
    }

    @Test
    void an_admin_lists_and_renames_people_and_only_an_admin() {
        Api.Response listed = admin.post("/api/admin/people", Map.of("account", "planner", "displayName",
                                                                     "A. Mensah", "body", "IPC"));
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
        Api.Response again = admin.post("/api/admin/people", Map.of("account", "planner", "displayName", "A. M."));
        assertRefused(again, "person-already-listed");
        assertThat(again.json().get("field").asText()).isEqualTo("account");
        Api.Response unlistedBody = admin.post("/api/admin/people", Map.of("account", "someone", "displayName",
                                                                           "S. One", "body", "Nowhere"));
        assertRefused(unlistedBody, "body-not-listed");
        assertThat(unlistedBody.json().get("field").asText()).isEqualTo("body");
        assertThat(capital.post("/api/admin/people", Map.of("account", "x", "displayName", "X")).status())
                .isEqualTo(403);

        Api.Response renamed = admin.post("/api/admin/people/planner/rename", Map.of("displayName", "Ama Mensah"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        JsonNode planner = person(capital.get("/api/people").json(), "planner");
        assertThat(planner.get("displayName").asText()).isEqualTo("Ama Mensah");
        assertThat(planner.get("body").asText()).isEqualTo("IPC");
        Api.Response nobody = admin.post("/api/admin/people/nobody/rename", Map.of("displayName", "N. Body"));
        assertRefused(nobody, "person-not-listed");
        Api.Response blank = admin.post("/api/admin/people/planner/rename", Map.of("displayName", " "));
        assertThat(blank.status()).as(blank.body()).isEqualTo(400);
    }

    @Test
    void a_body_is_renamed_and_retired_and_a_retired_body_is_named_by_nothing_new_while_its_cases_read_on() {
        admin.post("/api/admin/bodies", Map.of("name", "ACT-Darfur", "kind", "OTHER", "displayName", "ACT"));
        Api.Response renamed = admin.post("/api/admin/bodies/ACT-Darfur/rename",
                                          Map.of("kind", "FIELD_TEAM", "displayName", "Field ACT-Darfur"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        Api.Response same = admin.post("/api/admin/bodies/ACT-Darfur/rename",
                                       Map.of("kind", "FIELD_TEAM", "displayName", "Field ACT-Darfur"));
        assertThat(same.json().get("rule").asText()).isEqualTo("directory-unchanged");
        String kase = capital.post("/api/crises", Bodies.with(Bodies.openCase(), "leadBody", "ACT-Darfur")).id();
        String other = capital.post("/api/crises", Bodies.openCase()).id();
        assertThat(capital.post("/api/admin/bodies/ACT-Darfur/retire", Map.of("reason", "Mission ended")).status())
                .isEqualTo(403);

        Api.Response retired = admin.post("/api/admin/bodies/ACT-Darfur/retire", Map.of("reason", "Mission ended"));

        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        long at = retired.position();
        JsonNode body = body(casebook.as("AUDITOR").get("/api/bodies").json(), "ACT-Darfur");
        assertThat(body.get("kind").asText()).isEqualTo("FIELD_TEAM");
        assertThat(body.get("displayName").asText()).isEqualTo("Field ACT-Darfur");
        assertThat(body.get("retired").asBoolean()).isTrue();
        assertThat(body.get("retiredBecause").asText()).isEqualTo("Mission ended");
        for (Map.Entry<String, Api.Response> refused : Map.of(
                "leadBody", capital.post("/api/crises", Bodies.with(Bodies.openCase(), "leadBody", "ACT-Darfur")),
                "decidingBody", capital.post("/api/crises/" + other + "/decisions", Bodies.with(
                        Bodies.decision("Deploy", null), "decidingBody", "ACT-Darfur")),
                "toBody", capital.post("/api/crises/" + other + "/handovers", proposal("ACT-Darfur")),
                "leadBody ", admin.post("/api/crises/" + other + "/lead-correction",
                                        Map.of("leadBody", "ACT-Darfur", "reason", "Wrong body"))).entrySet()) {
            assertThat(refused.getValue().status()).as(refused.getValue().body()).isEqualTo(422);
            assertThat(refused.getValue().json().get("rule").asText()).isEqualTo("body-retired");
            assertThat(refused.getValue().json().get("field").asText()).isEqualTo(refused.getKey().strip());
            assertThat(refused.getValue().json().get("detail").asText()).contains("ACT-Darfur", "retired");
        }
        JsonNode file = capital.get("/api/crises/" + kase + "?after=" + at).json();
        assertThat(file.get("leadBody").asText()).as("a case already led by it keeps it").isEqualTo("ACT-Darfur");
        assertThat(capital.get("/api/crises/" + kase + "/timeline").status()).isEqualTo(200);
        Api.Response twice = admin.post("/api/admin/bodies/ACT-Darfur/retire", Map.of("reason", "Again"));
        assertThat(twice.json().get("rule").asText()).isEqualTo("body-retired");
    }

    @Test
    void the_lead_coordinator_after_a_handover_is_the_acceptor_by_the_name_the_directory_gave_them_then() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String kase = capital.post("/api/crises", Bodies.openCase()).id();
        Api field = casebook.fieldCoordinator();
        capital.post("/api/crises/" + kase + "/handovers", Bodies.handover(CasebookInstance.FIELD_BODY, today));
        String digest = field.get("/api/crises/" + kase + "/handovers/H-1/brief").json().get("digest").asText();
        Api.Response accepted = field.post("/api/crises/" + kase + "/handovers/H-1/accept",
                                           Map.of("briefDigest", digest));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        long at = accepted.position();

        JsonNode file = capital.get("/api/crises/" + kase + "?after=" + at).json();
        assertThat(file.get("leadBody").asText()).isEqualTo(CasebookInstance.FIELD_BODY);
        assertThat(file.get("leadCoordinator").asText()).isEqualTo(CasebookInstance.FIELD_COORDINATOR_NAME);
        assertThat(casebook.boardRow(kase, at).get("leadCoordinator").asText())
                .isEqualTo(CasebookInstance.FIELD_COORDINATOR_NAME);
        JsonNode handovers = casebook.as("AUDITOR").get("/api/handovers?status=ACCEPTED&size=200&after=" + at).json();
        JsonNode listed = handovers.get("items").findParents("id").stream()
                                   .filter(h -> h.get("id").asText().equals(kase + "/H-1")).findFirst().orElseThrow();
        assertThat(listed.get("acceptorName").asText()).isEqualTo(CasebookInstance.FIELD_COORDINATOR_NAME);
        assertThat(listed.get("answeredBy").asText()).isEqualTo(CasebookInstance.FIELD_COORDINATOR);
        assertThat(capital.get("/api/crises/" + kase + "/timeline?after=" + at).body())
                .contains("accepted by " + CasebookInstance.FIELD_COORDINATOR_NAME + " ("
                          + CasebookInstance.FIELD_COORDINATOR + ")");
        JsonNode asOf = casebook.as("AUDITOR").get("/api/crises/" + kase + "/as-of?position=" + at).json();
        assertThat(asOf.get("caseFile").get("leadCoordinator").asText())
                .isEqualTo(CasebookInstance.FIELD_COORDINATOR_NAME);

        // a rename later changes what the directory says from now on, not what the record says was so then
        long renamed = admin.post("/api/admin/people/" + CasebookInstance.FIELD_COORDINATOR + "/rename",
                                  Map.of("displayName", "Joy Okafor")).position();
        assertThat(capital.get("/api/crises/" + kase + "?after=" + renamed).json().get("leadCoordinator").asText())
                .isEqualTo(CasebookInstance.FIELD_COORDINATOR_NAME);
        admin.post("/api/admin/people/" + CasebookInstance.FIELD_COORDINATOR + "/rename",
                   Map.of("displayName", CasebookInstance.FIELD_COORDINATOR_NAME));
    }

    @Test
    void seeding_at_start_lists_each_account_once_and_never_relists_or_unretires_a_retired_body_across_restarts() {
        try (CasebookInstance fresh = CasebookInstance.start()) {
            Api freshAdmin = fresh.as("ADMIN");
            assertThat(fresh.as("REPORTER").get("/api/people").json().get("people").findValuesAsText("account"))
                    .contains(CasebookInstance.FIELD_COORDINATOR, CasebookInstance.userFor("ADMIN"));
            freshAdmin.post("/api/admin/people/" + CasebookInstance.FIELD_COORDINATOR + "/rename",
                            Map.of("displayName", "Joy Okafor"));
            // the body of an account, which Casebook lists at start when missing
            String embassy = "/api/admin/bodies/" + CasebookInstance.FIELD_BODY.replace(" ", "%20") + "/retire";
            long version = freshAdmin.post(embassy, Map.of("reason", "Embassy closed")).json().get("version").asLong();

            fresh.stop();
            fresh.restart();
            fresh.alongside().close();

            JsonNode retired = body(fresh.as("REPORTER").get("/api/bodies").json(), CasebookInstance.FIELD_BODY);
            assertThat(retired.get("retired").asBoolean()).as("still retired after restarts").isTrue();
            assertThat(retired.get("people").findValuesAsText("account"))
                    .containsExactly(CasebookInstance.FIELD_COORDINATOR);
            assertThat(person(fresh.as("REPORTER").get("/api/people").json(), CasebookInstance.FIELD_COORDINATOR)
                               .get("displayName").asText()).as("an admin's rename stands").isEqualTo("Joy Okafor");
            long after = fresh.as("ADMIN").post("/api/admin/bodies", Map.of("name", "UNDP", "kind", "INTERNATIONAL",
                                                                     "displayName", "UN Development Programme"))
                                   .json().get("version").asLong();
            assertThat(after).as("nothing recorded again at restart or by a second process").isEqualTo(version + 1);
        }
    }

    private static JsonNode person(JsonNode people, String account) {
        return people.get("people").findParents("account").stream()
                     .filter(p -> p.get("account").asText().equals(account)).findFirst().orElseThrow();
    }

    private static JsonNode body(JsonNode bodies, String name) {
        for (JsonNode body : bodies.get("bodies")) {
            if (body.get("name").asText().equals(name)) {
                return body;
            }
        }
        throw new AssertionError(name + " is not listed: " + bodies);
    }

    private static Map<String, Object> proposal(String toBody) {
        return Bodies.handover(toBody, "2027-03-01");
    }
}
