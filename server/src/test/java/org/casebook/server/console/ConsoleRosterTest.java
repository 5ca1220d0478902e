package org.casebook.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.CasebookInstance.unclearedUserFor;
import static org.casebook.server.testing.CasebookInstance.userFor;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebook.kernel.Clearance;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.Browser;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The roster in the browser: responders by name, each with a page, and the coordinator's forms that register, change
 * and retire them, by the API's own requests and rules, as the signed-in person.
 */
class ConsoleRosterTest {

    private static final By SIGNED_IN = By.cssSelector("[data-testid=signed-in]");
    private static final By ROWS = By.cssSelector("[data-testid=roster-row]");
    private static final By PROBLEMS = By.cssSelector("[data-testid=problems]");
    private static final By NAME = By.cssSelector("[data-testid=responder-name]");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String HOSTILE = "<script>document.title='owned'</script><img src=x onerror=alert(1)>";

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");

    @Test
    void a_coordinator_registers_a_responder_and_finds_them_on_the_roster_by_name() throws Exception {
        String id;
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.click(By.linkText("Roster")).click(By.cssSelector("[data-testid=register-responder]"))
                   .await(form("register"));
            browser.type("name", "Fatima Haidari").type("contact", "f.haidari@example.org").tick("component-STANDBY")
                   .type("agency", "Justice").tick("skills-rule-of-law").tick("skills-elections");
            browser.shoot("roster-register-form");
            browser.click(submit("register"));

            assertThat(browser.await(NAME).getText()).isEqualTo("Fatima Haidari");
            assertThat(browser.path()).matches("/responders/[0-9a-f-]{36}\\?after=\\d+");
            id = browser.path().substring("/responders/".length(), browser.path().indexOf('?'));
            assertThat(browser.text(By.cssSelector("[data-testid=skills]"))).isEqualTo("Elections, Rule of law");
            assertThat(browser.text(By.cssSelector("[data-testid=availability]"))).isEqualTo("Available");
            browser.shoot("roster-responder");

            browser.click(By.linkText("Roster")).select("skill", "Elections").click(By.cssSelector(
                    "form[role=search] button[type=submit]")).await(ROWS);
            browser.shoot("roster");
            assertThat(browser.texts(ROWS)).anySatisfy(row -> assertThat(row).contains(
                    "Fatima Haidari", "Standby", "Justice", "Elections, Rule of law", "Available", "Not deployed"));
            assertThat(browser.texts(ROWS)).allSatisfy(row -> assertThat(row).doesNotContainPattern(ID));
            browser.click(By.linkText("Fatima Haidari")).await(NAME);
            assertThat(browser.path()).isEqualTo("/responders/" + id);
        }
        JsonNode entry = coordinator.get("/api/responders/" + id).json();
        assertThat(entry.get("component").asText()).isEqualTo("STANDBY");
        assertThat(entry.get("contact").asText()).isEqualTo("f.haidari@example.org");
        assertThat(entry.get("skills")).extracting(JsonNode::asText).containsExactly("elections", "rule-of-law");
        assertThat(recordedBy(id)).containsExactly(userFor("COORDINATOR") + " as COORDINATOR");
    }

    @Test
    void a_registration_refused_shows_each_problem_beside_its_field_keeps_what_was_typed_and_records_nothing() {
        long before = rosterSize();
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/responders/new").await(form("register"));
            browser.type("name", "   ").tick("component-ACTIVE").type("agency", "USAID").tick("skills-health");
            browser.click(submit("register"));

            assertThat(browser.await(PROBLEMS).getText()).contains("Nothing was recorded", "Name: must not be blank");
            assertThat(browser.text(By.id("name-error"))).isEqualTo("must not be blank");
            assertThat(browser.value(By.id("agency"))).isEqualTo("USAID");
            assertThat(browser.ticked("component-ACTIVE")).isTrue();
            assertThat(browser.ticked("skills-health")).isTrue();

            browser.type("name", "Grace Mwangi").type("maxTourDays", "4000");
            browser.click(submit("register"));
            assertThat(browser.await(PROBLEMS).getText()).contains("Longest tour (days): must be less than or equal to 3650");

            browser.type("maxTourDays", "900");
            browser.click(submit("register"));
            browser.shoot("roster-register-refused");
            assertThat(browser.text(By.id("maxTourDays-error")))
                    .isEqualTo("a tour of 900 days is longer than the 365 days the active component allows");
        }
        assertThat(rosterSize()).isEqualTo(before);
    }

    @Test
    void a_coordinator_makes_a_responder_unavailable_and_the_roster_says_until_when() {
        String id = registered("Tomas Varga", "ACTIVE", List.of("rule-of-law"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate back = today.plusDays(30);
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/responders/" + id).click(By.cssSelector("[data-testid=set-availability]"))
                   .await(form("availability"));
            assertThat(browser.ticked("available-true")).isTrue();
            browser.tick("available-false").choose("until", back.toString());
            browser.click(submit("availability"));

            assertThat(browser.await(PROBLEMS).getText())
                    .contains("Why unavailable: an unavailable responder needs a reason");
            assertThat(browser.value(By.id("until"))).isEqualTo(back.toString());
            browser.shoot("roster-availability-refused");

            browser.type("reason", "Language training");
            browser.click(submit("availability"));
            assertThat(browser.await(By.cssSelector("[data-testid=availability]")).getText())
                    .isEqualTo("Unavailable, back on " + DAY.format(back) + " (Language training)");

            browser.open("/responders?availableOn=" + today).await(SIGNED_IN);
            assertThat(browser.source()).doesNotContain("Tomas Varga");
            browser.open("/responders?availableOn=" + back).await(ROWS);
            assertThat(browser.texts(ROWS)).anySatisfy(row -> assertThat(row).contains("Tomas Varga"));
            browser.open("/responders?component=ACTIVE&skill=rule-of-law").await(ROWS);
            assertThat(browser.texts(ROWS)).anySatisfy(row -> assertThat(row).contains(
                    "Tomas Varga", "Unavailable, back on " + DAY.format(back)));
        }
        JsonNode entry = coordinator.get("/api/responders/" + id).json();
        assertThat(entry.get("available").asBoolean()).isFalse();
        assertThat(entry.get("unavailableUntil").asText()).isEqualTo(back.toString());
        assertThat(entry.get("unavailableReason").asText()).isEqualTo("Language training");
    }

    @Test
    void a_coordinator_changes_the_skills_of_a_responder_by_ticking_boxes() {
        String id = registered("Oskar Lind", "RESERVE", List.of("rule-of-law"));
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/responders/" + id).click(By.cssSelector("[data-testid=change-skills]")).await(form("skills"));
            assertThat(browser.ticked("skills-rule-of-law")).isTrue();
            browser.tick("skills-rule-of-law").tick("skills-policing").tick("skills-engineering");
            browser.shoot("roster-skills-form");
            browser.click(submit("skills"));

            assertThat(browser.await(By.cssSelector("[data-testid=skills]")).getText())
                    .isEqualTo("Engineering, Policing");
        }
        assertThat(coordinator.get("/api/responders/" + id).json().get("skills")).extracting(JsonNode::asText)
                .containsExactly("engineering", "policing");
    }

    @Test
    void a_coordinator_retires_a_responder_who_stays_on_the_roster_marked_retired_and_offers_no_more_forms() {
        String id = registered("Hana Sato", "STANDBY", List.of("health"));
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/responders/" + id).click(By.cssSelector("[data-testid=retire]")).await(form("retire"));
            browser.type("reason", "Left government service");
            browser.shoot("roster-retire-form");
            browser.click(submit("retire"));

            assertThat(browser.await(By.cssSelector("[data-testid=retired]")).getText())
                    .isEqualTo("Retired: Left government service");
            assertThat(browser.text(NAME)).contains("Hana Sato").containsIgnoringCase("Retired");
            assertThat(browser.source()).doesNotContain("data-testid=\"responder-actions\"");
            browser.shoot("roster-retired");

            browser.open("/responders?skill=health").await(ROWS);
            assertThat(browser.texts(ROWS)).anySatisfy(row -> assertThat(row).contains("Hana Sato", "Retired"));
        }
        assertThat(coordinator.get("/api/responders/" + id).json().get("retired").asBoolean()).isTrue();
    }

    @Test
    void a_form_opened_before_the_responder_changed_says_so_records_nothing_and_then_records_on_them_as_they_are() {
        String id = registered("Lucia Ferreira", "ACTIVE", List.of("elections"));
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/responders/" + id + "/skills/new").await(form("skills"));
            browser.tick("skills-logistics");
            coordinator.post("/api/responders/" + id + "/skills", Map.of("skills", List.of("elections", "health")));
            browser.click(submit("skills"));

            assertThat(browser.await(By.cssSelector("[data-testid=stale]")).getText()).contains(
                    "This responder changed since you opened it", "1 entry was recorded since this form was opened");
            browser.shoot("roster-stale");
            assertThat(skills(id)).containsExactly("elections", "health");

            browser.click(submit("skills"));
            assertThat(browser.await(By.cssSelector("[data-testid=skills]")).getText())
                    .isEqualTo("Elections, Logistics");
        }
        assertThat(skills(id)).containsExactly("elections", "logistics");
    }

    @Test
    void script_typed_into_a_name_is_recorded_and_shown_as_text_never_run() {
        String name = "Nadia " + HOSTILE;
        String id;
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/responders/new").await(form("register"));
            browser.type("name", name).tick("component-RESERVE").type("agency", "Agency " + HOSTILE)
                   .tick("skills-reconciliation");
            browser.click(submit("register"));

            assertThat(browser.await(NAME).getText()).isEqualTo(name);
            id = browser.path().substring("/responders/".length(), browser.path().indexOf('?'));
            assertThat(browser.title()).isEqualTo(name + " · Casebook");
            assertThat(browser.source()).doesNotContain("<script>document").contains("&lt;script&gt;");

            browser.open("/responders?skill=reconciliation").await(ROWS);
            assertThat(browser.texts(ROWS)).anySatisfy(row -> assertThat(row).contains(name, "Agency " + HOSTILE));
            assertThat(browser.title()).isEqualTo("Roster · Casebook");
            assertThat(browser.source()).doesNotContain("<script>document");
        }
        assertThat(coordinator.get("/api/responders/" + id).json().get("name").asText()).isEqualTo(name);
    }

    @Test
    void the_same_registration_sent_twice_registers_one_responder_and_both_answers_lead_to_them() throws Exception {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/responders/new").await(form("register"));
            Map<String, String> fields = new LinkedHashMap<>();
            for (String hidden : new String[] {"_csrf", "version", "idempotencyKey"}) {
                fields.put(hidden, browser.value(By.name(hidden)));
            }
            fields.putAll(Map.of("name", "Ines Duarte", "component", "RESERVE", "agency", "Commerce",
                                 "skills", "public-finance", "availability.available", "true"));
            String session = "CASEBOOK_SESSION=" + browser.cookie("CASEBOOK_SESSION").getValue();

            HttpResponse<String> first = post("/responders", fields, session);
            HttpResponse<String> second = post("/responders", fields, session);

            assertThat(first.statusCode()).isEqualTo(302);
            assertThat(second.statusCode()).isEqualTo(302);
            assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        }
        assertThat(namesOnRoster()).containsOnlyOnce("Ines Duarte");
    }

    @Test
    void a_responder_deployed_to_a_case_shows_it_by_title_and_a_reader_not_cleared_for_its_sbu_case_reads_neither() {
        String id = registered("Yusuf Demir", "ACTIVE", List.of("rule-of-law"));
        Map<String, Object> sbu = new LinkedHashMap<>(Bodies.openCase("Back channel in Kivu", "CD", null));
        sbu.put("sensitivity", "SBU");
        String kase = coordinator.post("/api/crises", sbu).id();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String deployments = "/api/crises/" + kase + "/deployments";
        String deployment = coordinator.post(deployments, Map.of(
                "responderId", id, "role", "Rule of law adviser", "sector", "JUSTICE_AND_RECONCILIATION",
                "skill", "rule-of-law", "start", today.toString(), "end", today.plusDays(59).toString())).id();
        long approved = coordinator.post(deployments + "/" + deployment + "/approve", Map.of()).position();
        coordinator.get("/api/responders/" + id + "?after=" + approved);
        coordinator.caseFile(kase, approved);

        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/responders/" + id).await(NAME);
            assertThat(browser.text(By.cssSelector("[data-testid=current-deployment]"))).isEqualTo(
                    "Back channel in Kivu, Rule of law adviser, until " + DAY.format(today.plusDays(59)));
            assertThat(browser.text(By.cssSelector("[data-testid=deployments]"))).contains("Current");
            browser.shoot("roster-deployed");
            browser.open("/responders?skill=rule-of-law").await(ROWS);
            assertThat(browser.texts(ROWS)).anySatisfy(row -> assertThat(row).contains(
                    "Yusuf Demir", "Back channel in Kivu", "Rule of law adviser"));
        }
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(unclearedUserFor("AUDITOR")).await(SIGNED_IN);
            browser.open("/responders/" + id).await(NAME);
            assertThat(browser.text(By.cssSelector("[data-testid=current-deployment]"))).contains(Clearance.WITHHELD);
            assertThat(browser.source()).doesNotContain("Back channel in Kivu").doesNotContain("Rule of law adviser");
            browser.open("/responders?skill=rule-of-law").await(ROWS);
            assertThat(browser.source()).doesNotContain("Back channel in Kivu").doesNotContain("Rule of law adviser");
        }
    }

    @Test
    void an_auditor_reads_the_roster_and_a_responder_but_is_offered_no_form_and_may_not_open_one() {
        String id = registered("Marta Kowalska", "STANDBY", List.of("logistics"));
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("AUDITOR")).await(SIGNED_IN);
            browser.click(By.linkText("Roster")).await(ROWS);
            assertThat(browser.texts(ROWS)).anySatisfy(row -> assertThat(row).contains("Marta Kowalska"));
            assertThat(browser.source()).doesNotContain("Register a responder");
            browser.shoot("roster-auditor");

            browser.click(By.linkText("Marta Kowalska")).await(NAME);
            assertThat(browser.source()).doesNotContain("Set availability").doesNotContain("Change skills");

            browser.open("/responders/new");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Not for your role");
            browser.open("/responders/" + id + "/retire/new");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Not for your role");
        }
    }

    @Test
    void an_id_that_names_no_responder_is_a_page_that_says_so() {
        String unknown = ResponderId.generate().value();
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("REPORTER")).await(SIGNED_IN);
            browser.open("/responders/" + unknown);
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Not found");
            assertThat(browser.text(By.tagName("main"))).contains("responder");
        }
    }

    private static By form(String name) {
        return By.cssSelector("[data-testid=" + name + "-form]");
    }

    private static By submit(String form) {
        return By.cssSelector("[data-testid=" + form + "-form] [data-testid=send]");
    }

    /** A responder registered through the API, once the roster holds them. */
    private static String registered(String name, String component, List<String> skills) {
        Api.Response registered = coordinator.post("/api/responders", Bodies.responder(name, component, skills));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        coordinator.get("/api/responders/" + registered.id() + "?after=" + registered.position());
        return registered.id();
    }

    private static List<String> skills(String id) {
        List<String> skills = new ArrayList<>();
        coordinator.get("/api/responders/" + id + "?after=" + coordinator.head()).json().get("skills")
                   .forEach(skill -> skills.add(skill.asText()));
        return skills;
    }

    private static long rosterSize() {
        return coordinator.get("/api/responders?after=" + coordinator.head()).json().get("total").asLong();
    }

    private static List<String> namesOnRoster() {
        List<String> names = new ArrayList<>();
        coordinator.get("/api/responders?size=200&after=" + coordinator.head()).json().get("items")
                   .forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    /** Who recorded each entry of the responder, as the journal holds it: {@code user as ROLE}. */
    private static List<String> recordedBy(String id) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> who = new ArrayList<>();
        for (String line : casebook.as("AUDITOR").get("/api/journal/export?case=" + id).body().lines().toList()) {
            for (JsonNode event : json.readTree(line).get("events")) {
                JsonNode metadata = json.readTree(event.get("metadata").asText());
                who.add(metadata.get("user").asText() + " as " + metadata.get("role").asText());
            }
        }
        return who;
    }

    private static HttpResponse<String> post(String path, Map<String, String> fields, String cookie) throws Exception {
        String form = fields.entrySet().stream()
                            .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(casebook.baseUrl() + path)).header("Cookie", cookie)
                           .header("Content-Type", "application/x-www-form-urlencoded")
                           .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
