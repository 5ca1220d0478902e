package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.responder;
import static org.casebook.server.testing.Bodies.with;
import static org.casebook.server.testing.Problems.assertRefused;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Coordinators keep the roster through the API; everyone who reads sees it, filtered; bad input changes nothing. */
class RosterApiTest {

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");
    private static final Api reporter = casebook.as("REPORTER");

    @Test
    void a_registered_responder_is_on_the_roster_with_their_skills_tour_limit_and_availability() {
        Api.Response registered = coordinator.post("/api/responders",
                                                   responder("Amina Diallo", "STANDBY", List.of("rule-of-law", "policing")));

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.id();
        assertThat(registered.header("Location")).isEqualTo("/api/responders/" + id);
        assertThat(registered.header("ETag")).isEqualTo("\"1\"");
        JsonNode entry = reporter.get("/api/responders/" + id + "?after=" + position(registered)).json();
        assertThat(entry.get("name").asText()).isEqualTo("Amina Diallo");
        assertThat(entry.get("component").asText()).isEqualTo("STANDBY");
        assertThat(entry.get("agency").asText()).isEqualTo("Justice");
        assertThat(entry.get("skills").toString()).isEqualTo("[\"policing\",\"rule-of-law\"]");
        assertThat(entry.get("maxTourDays").asInt()).isEqualTo(180);
        assertThat(entry.get("available").asBoolean()).isTrue();
        assertThat(entry.get("retired").asBoolean()).isFalse();
        assertThat(entry.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void the_roster_filters_by_skill_component_and_availability_on_a_day() {
        String engineer = register("Bo Lindqvist", "RESERVE", List.of("engineering"));
        String away = register("Chen Wei", "ACTIVE", List.of("engineering", "logistics"));
        long last = position(coordinator.post("/api/responders/" + away + "/availability",
                Map.of("available", false, "until", "2027-03-01", "reason", "Medical leave")));

        assertThat(ids("/api/responders?skill=engineering&after=" + last)).contains(engineer, away);
        assertThat(ids("/api/responders?skill=engineering&component=ACTIVE")).contains(away).doesNotContain(engineer);
        assertThat(ids("/api/responders?skill=engineering&availableOn=2027-02-28")).contains(engineer)
                                                                                  .doesNotContain(away);
        assertThat(ids("/api/responders?skill=engineering&availableOn=2027-03-01")).contains(engineer, away);
    }

    @Test
    void new_skills_replace_the_old_ones() {
        String id = register("Dara Okafor", "ACTIVE", List.of("health"));

        Api.Response changed = coordinator.post("/api/responders/" + id + "/skills",
                                                Map.of("skills", List.of("elections", "public-finance")));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        JsonNode entry = reporter.get("/api/responders/" + id + "?after=" + position(changed)).json();
        assertThat(entry.get("skills").toString()).isEqualTo("[\"elections\",\"public-finance\"]");
    }

    @Test
    void a_retired_responder_stays_on_the_roster_but_is_never_available_and_cannot_change() {
        String id = register("Eli Haddad", "RESERVE", List.of("logistics"));
        long retired = position(coordinator.post("/api/responders/" + id + "/retire",
                                                 Map.of("reason", "Returned to the home agency")));

        JsonNode entry = reporter.get("/api/responders/" + id + "?after=" + retired).json();
        assertThat(entry.get("retired").asBoolean()).isTrue();
        assertThat(entry.get("retiredReason").asText()).isEqualTo("Returned to the home agency");
        assertThat(ids("/api/responders?skill=logistics&availableOn=2030-01-01")).doesNotContain(id);

        Api.Response refused = coordinator.post("/api/responders/" + id + "/skills", Map.of("skills", List.of()));
        assertRefused(refused, "responder-is-retired");
    }

    @Test
    void a_skill_the_roster_does_not_know_is_422_naming_the_rule_and_the_field_and_records_nothing() {
        long head = head();

        Api.Response response = coordinator.post("/api/responders",
                                                 responder("Fay Moreau", "ACTIVE", List.of("juggling")));

        assertRefused(response, "skill-must-be-known");
        assertThat(response.json().get("field").asText()).isEqualTo("skills");
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void a_tour_longer_than_the_component_allows_is_422() {
        Api.Response response = coordinator.post("/api/responders",
                                                 with(responder("Gil Santos", "RESERVE", List.of()), "maxTourDays", 91));

        assertRefused(response, "tour-longer-than-component-allows");
        assertThat(response.json().get("detail").asText()).contains("90 days");
    }

    @Test
    void bad_input_is_400_naming_the_field_and_records_nothing() {
        long head = head();

        assertThat(fields(coordinator.post("/api/responders", with(responder(), "name", null)))).containsExactly("name");
        assertThat(fields(coordinator.post("/api/responders", with(responder(), "skills", List.of("Rule Of Law")))))
                .containsExactly("skills[0]");
        assertThat(fields(coordinator.post("/api/responders", with(responder(), "component", "VOLUNTEER"))))
                .containsExactly("component");
        String id = register("Hana Sato", "ACTIVE", List.of());
        head = head();
        assertThat(fields(coordinator.post("/api/responders/" + id + "/availability", Map.of("available", false))))
                .containsExactly("until");
        assertThat(fields(coordinator.post("/api/responders/" + id + "/availability",
                                           Map.of("available", false, "until", "2027-01-01"))))
                .containsExactly("reason");
        assertThat(fields(coordinator.get("/api/responders?skill=Not%20A%20Skill"))).containsExactly("skill");
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void an_unknown_responder_is_404_for_reads_and_writes() {
        for (Api.Response response : List.of(
                reporter.get("/api/responders/no-such-responder"),
                coordinator.post("/api/responders/no-such-responder/retire", Map.of("reason", "Gone")),
                coordinator.post("/api/responders/not%20an%20id/retire", Map.of("reason", "Gone")))) {
            assertThat(response.status()).as(response.body()).isEqualTo(404);
            assertThat(response.json().get("type").asText()).isEqualTo("/problems/unknown-responder");
        }
    }

    @Test
    void a_change_from_a_stale_version_is_412() {
        String id = register("Ines Costa", "ACTIVE", List.of());
        coordinator.post("/api/responders/" + id + "/skills", Map.of("skills", List.of("health")));

        Api.Response stale = coordinator.post("/api/responders/" + id + "/skills", Map.of("skills", List.of()),
                                              Map.of("If-Match", "\"1\""));

        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
    }

    private static String register(String name, String component, List<String> skills) {
        Api.Response registered = coordinator.post("/api/responders", responder(name, component, skills));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.id();
    }

    private static List<String> ids(String path) {
        Api.Response page = reporter.get(path + (path.contains("?") ? "&" : "?") + "size=200");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items").findValuesAsText("id");
    }

    private static long position(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.position();
    }

    private static long head() {
        return coordinator.head();
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").findValuesAsText("field");
    }

    @Test
    void unavailable_until_a_day_not_after_today_or_past_the_horizon_is_400_naming_until() {
        String id = register("Ines Moreau", "ACTIVE", List.of());
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        long head = head();

        for (String until : List.of(today.minusDays(30).toString(), today.toString(), "9999-01-01")) {
            assertThat(fields(coordinator.post("/api/responders/" + id + "/availability", Map.of(
                    "available", false, "until", until, "reason", "Leave")))).as(until).containsExactly("until");
        }
        assertThat(fields(coordinator.post("/api/responders", with(responder(), "availability", Map.of(
                "available", false, "until", "2001-01-01", "reason", "Leave"))))).containsExactly("availability.until");
        assertThat(head()).isEqualTo(head);
    }
}
