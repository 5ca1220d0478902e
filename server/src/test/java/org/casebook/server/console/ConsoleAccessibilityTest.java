package org.casebook.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.CasebookInstance.userFor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.Browser;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * axe-core on every screen of the console, for every role, finds nothing serious or critical. The screens are found
 * the way a person finds them: from the role's start page and a case with every section filled, every link a page
 * offers is followed (one page of each kind: a case, a form, a deployment's step), so a new screen or form is
 * checked as soon as something links to it. The sign-in page, a refused form and the error pages are added.
 */
class ConsoleAccessibilityTest {

    private static final By SIGNED_IN = By.cssSelector("[data-testid=signed-in]");
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    /** Enough for every kind of page a role reaches; a crawl that goes on past it has found pages without end. */
    private static final int MOST_PAGES = 150;
    /** A tablet held upright: the narrowest screen the console is laid out for. */
    private static final int TABLET = 768;

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");
    private static String filled;

    /** A case with something in every section: assessment, decisions, staffing, funds, a handover. */
    @BeforeAll
    static void a_case_with_every_section_filled() {
        filled = coordinator.post("/api/crises", Bodies.openCase("Sahel <b>corridor</b>", "ML", "OPERATIONS")).id();
        ok(coordinator.post(kase("/assessments"), Bodies.assessment("Herders and farmers clash over water")));
        ok(coordinator.post(kase("/decisions"), Bodies.decision("Send a mediation team", null)));
        ok(coordinator.post(kase("/decisions"), Bodies.decision("Send a larger mediation team", "D-1")));
        ok(coordinator.post(kase("/decisions"), Bodies.decision("Fund the monitors", null)));
        for (String name : List.of("Amina Diallo", "Omar Sy", "Lena Berg")) {
            String responder = ok(coordinator.post("/api/responders",
                                                   Bodies.responder(name, "ACTIVE", List.of("rule-of-law")))).id();
            String deployment = ok(coordinator.post(kase("/deployments"), Map.of(
                    "responderId", responder, "role", "Rule of law adviser", "sector", "JUSTICE_AND_RECONCILIATION",
                    "skill", "rule-of-law", "start", TODAY, "end", LocalDate.parse(TODAY).plusDays(60).toString()))).id();
            if (!name.equals("Amina Diallo")) {
                ok(coordinator.post(kase("/deployments/" + deployment + "/approve"), Map.of()));
            }
            if (name.equals("Lena Berg")) {
                ok(coordinator.post(kase("/deployments/" + deployment + "/start"), Map.of()));
            }
        }
        String source = ok(coordinator.post("/api/funding-sources", Map.of(
                "authority", "Section 1210 transfer", "fiscalYear", 2026, "cap", "100000.00"))).id();
        ok(coordinator.post(kase("/funds/allocations"), Map.of(
                "sourceId", source, "project", "Monitors", "sector", "HUMANITARIAN_ASSISTANCE_AND_SOCIAL_WELL_BEING",
                "amount", "40000.00", "authorizedBy", "D-3")));
        ok(coordinator.post(kase("/funds/obligations"), Map.of(
                "sourceId", source, "allocation", "AL-1", "amount", "10000.00", "description", "Monitors' pay")));
        Map<String, Object> handover = Bodies.handover(CasebookInstance.FIELD_BODY, TODAY);
        handover.put("risks", List.of("Floods may cut the road"));
        handover.put("openItems", List.of(Map.of("item", "Pay the monitors", "owner", "Finance desk")));
        long last = ok(coordinator.post(kase("/handovers"), handover)).position();
        coordinator.caseFile(filled, last);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"COORDINATOR", "FIELD-COORDINATOR", "AUDITOR", "REPORTER", "ADMIN"})
    void every_screen_a_role_reaches_has_no_serious_or_critical_accessibility_violation(String role) {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        Set<String> seen;
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor(role)).await(SIGNED_IN);
            seen = crawl(browser, role, violations);
            if (role.equals("COORDINATOR")) {
                check(refused(browser), "a refused form", violations);
                check(browser.open("/operations"), "403: /operations", violations);
                check(browser.open("/cases/00000000-0000-0000-0000-000000000000"), "404: a case", violations);
            }
        }
        assertThat(violations).as("serious or critical accessibility violations (axe-core), by page").isEmpty();
        assertThat(seen).as("pages checked for " + role).hasSizeGreaterThan(3);
        if (role.equals("COORDINATOR")) {
            assertThat(seen).as("the kinds of page checked").contains("/cases/{}", "/cases/{}/decisions/new",
                    "/cases/{}/deployments/{}/approve/new", "/cases/{}/deployments/{}/extend/new",
                    "/cases/{}/handovers/{}/withdraw/new", "/cases/{}/funds/{}/obligations/new?allocation",
                    "/responders/{}", "/funding-sources", "/board/wall?sort", "/alerts");
        }
        if (role.equals("AUDITOR")) {
            assertThat(seen).as("the kinds of page checked").contains("/audit", "/audit/access-log",
                    "/audit/verify/runs/{}", "/cases/{}/as-of", "/cases/{}/diff", "/cases/{}/decisions/{}/known-then");
        }
        if (role.equals("REPORTER")) {
            assertThat(seen).as("the kinds of page checked").anyMatch(kind -> kind.startsWith("/reports?"));
        }
    }

    @Test
    void the_sign_in_page_has_no_serious_or_critical_accessibility_violation() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        try (Browser browser = Browser.at(casebook)) {
            check(browser.open("/sign-in"), "/sign-in", violations);
            check(browser.open("/sign-in?refused=wrong"), "/sign-in?refused=wrong", violations);
            check(browser.open("/sign-in?signed-out"), "/sign-in?signed-out", violations);
        }
        assertThat(violations).as("serious or critical accessibility violations (axe-core), by page").isEmpty();
    }

    @Test
    void the_case_page_prints_every_section_without_the_navigation_forms_buttons_or_links_to_act() {
        try (Browser browser = Browser.at(casebook)) {
            browser.signInAs(userFor("COORDINATOR")).await(SIGNED_IN);
            browser.open("/cases/" + filled).await(By.cssSelector("[data-testid=timeline]"));
            browser.shootPrinted("a11y-case-printed");

            for (String section : List.of("case-title", "stage", "assessment", "standing-decisions", "decisions",
                                          "deployments", "funds", "handovers-section", "timeline")) {
                assertThat(browser.printed(By.cssSelector("[data-testid=" + section + "]"))).as(section).isTrue();
            }
            for (String away : List.of("[data-testid=signed-in]", "nav.usa-breadcrumb", "[data-testid=case-actions]",
                                       "a.usa-button", "form", "[data-testid=correct]", "[data-testid=known-then]",
                                       "[data-testid=compare-moments]", "[data-testid=case-report]", ".usa-footer")) {
                assertThat(browser.printed(By.cssSelector(away))).as(away).isFalse();
            }
        }
    }

    @Test
    void on_a_tablet_the_board_and_the_case_page_fit_the_screen_without_scrolling_sideways() {
        try (Browser browser = Browser.at(casebook)) {
            // the header's navigation folds behind its Menu button at this width
            browser.width(TABLET).signInAs(userFor("COORDINATOR")).await(By.cssSelector(".usa-menu-btn"));
            browser.open("/board").await(By.cssSelector("[data-testid=board-filters]"));
            browser.shoot("a11y-board-tablet");
            assertThat(browser.scrollsSideways()).as("the board scrolls sideways at " + TABLET + " pixels").isFalse();
            browser.open("/cases/" + filled).await(By.cssSelector("[data-testid=timeline]"));
            browser.shoot("a11y-case-tablet");
            assertThat(browser.scrollsSideways()).as("the case scrolls sideways at " + TABLET + " pixels").isFalse();
        }
    }

    /**
     * Follows every link of the console's own pages, from the role's start page and the filled case, visiting one
     * page of each kind (ids and query values aside); answers the kinds visited.
     */
    private static Set<String> crawl(Browser browser, String role, Map<String, List<String>> violations) {
        Set<String> kinds = new TreeSet<>();
        Deque<String> next = new ArrayDeque<>(List.of("/cases/" + filled, "/"));
        int pages = 0;
        while (!next.isEmpty() && pages < MOST_PAGES) {
            String path = next.removeFirst();
            if (!kinds.add(kind(path))) {
                continue;
            }
            browser.open(path);
            pages++;
            String landed = browser.path();
            kinds.add(kind(landed));
            check(browser, role + " " + landed, violations);
            Set<String> links = new LinkedHashSet<>();
            for (String href : browser.hrefs()) {
                String local = browser.local(href);
                if (local != null && followed(local) && !kinds.contains(kind(local))) {
                    links.add(local);
                }
            }
            next.addAll(links);
        }
        assertThat(pages).as("pages crawled for " + role + ": " + kinds).isLessThan(MOST_PAGES);
        return kinds;
    }

    /** A page of the console, not a file to download, the API, or signing out. */
    private static boolean followed(String path) {
        return !path.startsWith("/api") && !path.startsWith("/swagger") && !path.startsWith("/v3/")
               && !path.startsWith("/assets") && !path.contains("/export") && !path.contains("/file")
               && !path.matches("/cases/[^/?]+/report.*") && !path.startsWith("/sign-out");
    }

    /** The kind of a page: its path with ids and numbers as {}, and its query's names without their values. */
    static String kind(String path) {
        String[] parts = path.split("#", 2)[0].split("\\?", 2);
        StringBuilder kind = new StringBuilder();
        for (String segment : parts[0].split("/")) {
            if (!segment.isEmpty()) {
                kind.append('/').append(segment.matches(".*\\d.*") ? "{}" : segment);
            }
        }
        if (parts.length > 1) {
            Set<String> names = new TreeSet<>();
            for (String pair : parts[1].split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
            names.remove("after");
            if (!names.isEmpty()) {
                kind.append('?').append(String.join("&", names));
            }
        }
        return kind.isEmpty() ? "/" : kind.toString();
    }

    private static void check(Browser browser, String page, Map<String, List<String>> violations) {
        List<String> found = browser.accessibilityViolations();
        if (!found.isEmpty()) {
            violations.put(page, found);
        }
    }

    /** A form sent with its fields in error: the problems above it and beside each field. */
    private static Browser refused(Browser browser) {
        browser.open("/cases/new").await(By.cssSelector("[data-testid=open-case-form]"));
        browser.type("title", "   ").type("summary", "Something");
        browser.click(By.cssSelector("[data-testid=send]")).await(By.cssSelector("[data-testid=problems]"));
        browser.shoot("a11y-refused");
        return browser;
    }

    private static String kase(String path) {
        return "/api/crises/" + filled + path;
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response;
    }
}
