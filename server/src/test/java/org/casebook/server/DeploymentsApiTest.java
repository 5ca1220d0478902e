package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.responder;
import static org.casebook.server.testing.Problems.assertRefused;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Coordinators take deployments through their lifecycle over HTTP; a responder is never double-booked. */
class DeploymentsApiTest {

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");

    @Test
    void a_deployment_is_requested_approved_started_extended_and_ended() {
        String kase = newCase();
        String responder = register("ACTIVE");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Api.Response requested = coordinator.post(deployments(kase), request(responder, today.toString(),
                                                                             today.plusDays(59).toString()));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String deployment = requested.id();
        assertThat(requested.header("Location")).isEqualTo(deployments(kase) + "/" + deployment);

        assertThat(step(kase, deployment, "approve", Map.of()).header("ETag")).isEqualTo("\"2\"");
        long started = step(kase, deployment, "start", Map.of()).position();
        assertThat(peopleOnTheBoard(kase, started)).isEqualTo(1);
        step(kase, deployment, "extend", Map.of("end", today.plusDays(90).toString()));
        long ended = step(kase, deployment, "end", Map.of("endedOn", today.plusDays(81).toString(),
                                                          "note", "Handed over")).position();
        assertThat(peopleOnTheBoard(kase, ended)).isZero();

        JsonNode staffing = casebook.as("REPORTER").get(deployments(kase) + "?after=" + ended).json();
        assertThat(staffing.get("deployments").get(0).get("status").asText()).isEqualTo("ENDED");
        assertThat(staffing.get("deployments").get(0).get("end").asText()).isEqualTo(today.plusDays(81).toString());
        assertThat(staffing.get("personDaysBySector").get("JUSTICE_AND_RECONCILIATION").asLong()).isEqualTo(82);
        assertThat(staffing.get("personDaysByComponent").get("ACTIVE").asLong()).isEqualTo(82);
        JsonNode entry = coordinator.get("/api/responders/" + responder + "?after=" + ended).json();
        assertThat(entry.get("bookings")).hasSize(1);
        JsonNode booking = entry.get("bookings").get(0);
        assertThat(booking.get("deploymentId").asText()).isEqualTo(deployment);
        assertThat(booking.get("caseId").asText()).isEqualTo(kase);
        assertThat(booking.get("start").asText()).isEqualTo(today.toString());
        assertThat(booking.get("end").asText()).isEqualTo(today.plusDays(81).toString());
    }

    @Test
    void starting_before_the_first_day_is_422_start_outside_period_and_records_nothing() {
        Approved approved = approvedOverDays(44, 100);
        long head = head();

        Api.Response early = coordinator.post(approved.path("start"), Map.of());

        assertRefused(early, "start-outside-period");
        assertThat(early.json().get("field").asText()).isEqualTo("effectiveAt");
        assertThat(head()).isEqualTo(head);
        JsonNode staffing = coordinator.get(deployments(approved.kase()) + "?after=" + head).json();
        assertThat(staffing.get("deployments").get(0).get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void starting_early_is_a_recorded_reschedule_that_the_staffing_and_the_roster_follow() {
        Approved approved = approvedOverDays(44, 100);

        approved.step("reschedule", Map.of("start", approved.day(0), "end", approved.day(100),
                                           "reason", "The mission needs the adviser now"));
        long started = approved.step("start", Map.of()).position();

        JsonNode staffing = coordinator.get(deployments(approved.kase()) + "?after=" + started).json();
        assertThat(staffing.get("deployments").get(0).get("status").asText()).isEqualTo("STARTED");
        assertThat(staffing.get("deployments").get(0).get("start").asText()).isEqualTo(approved.day(0));
        JsonNode entry = coordinator.get("/api/responders/" + approved.responder() + "?after=" + started).json();
        assertThat(entry.get("currentDeployment").get("deploymentId").asText()).isEqualTo(approved.deployment());
    }

    @Test
    void a_deployment_is_not_brought_forward_into_days_its_responder_is_unavailable() {
        String kase = newCase();
        String responder = register("ACTIVE");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Response away = coordinator.post("/api/responders/" + responder + "/availability", Map.of(
                "available", false, "until", today.plusDays(44).toString(), "reason", "Training"));
        assertThat(away.status()).as(away.body()).isEqualTo(200);
        String deployment = approvedDeployment(kase, responder, today.plusDays(44).toString(),
                                               today.plusDays(100).toString());

        Api.Response early = coordinator.post(deployments(kase) + "/" + deployment + "/reschedule", Map.of(
                "start", today.toString(), "end", today.plusDays(100).toString(), "reason", "Sooner"));

        assertRefused(early, "responder-unavailable");
    }

    @Test
    void a_deployment_does_not_end_before_it_started() {
        Approved approved = approvedOverDays(-5, 30);
        approved.step("start", Map.of());

        Api.Response end = coordinator.post(approved.path("end"), Map.of(
                "endedOn", approved.day(-1), "note", "Sent home"));

        assertRefused(end, "end-outside-period");
        assertThat(end.json().get("field").asText()).isEqualTo("endedOn");
    }

    @Test
    void a_deployment_in_year_0_or_9999_is_400_naming_the_field_and_records_nothing() {
        String kase = newCase();
        String responder = register("ACTIVE");
        long head = head();

        Api.Response yearZero = coordinator.post(deployments(kase), request(responder, "0000-01-01", "0000-01-31"));
        Api.Response far = coordinator.post(deployments(kase), request(responder, "9999-01-01", "9999-01-31"));

        assertThat(yearZero.status()).as(yearZero.body()).isEqualTo(400);
        assertThat(yearZero.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("start", "end");
        assertThat(far.status()).as(far.body()).isEqualTo(400);
        assertThat(far.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("start", "end");
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void an_extension_to_year_9999_is_400_naming_the_end() {
        String kase = newCase();
        String deployment = approvedDeployment(kase, register("ACTIVE"), "2027-01-10", "2027-03-10");

        Api.Response extension = coordinator.post(deployments(kase) + "/" + deployment + "/extend",
                                                  Map.of("end", "9999-12-31", "overrideReason", "Forever"));

        assertThat(extension.status()).as(extension.body()).isEqualTo(400);
        assertThat(extension.json().get("errors").findValuesAsText("field")).containsExactly("end");
    }

    @Test
    void the_roster_shows_the_deployment_a_responder_is_on_today_and_the_days_served_so_far() {
        Approved approved = approvedOverDays(-5, 30);
        String responder = approved.responder();
        long started = approved.step("start", Map.of()).position();

        JsonNode entry = coordinator.get("/api/responders/" + responder + "?after=" + started).json();

        assertThat(entry.get("currentDeployment").get("deploymentId").asText()).isEqualTo(approved.deployment());
        assertThat(entry.get("currentDeployment").get("caseId").asText()).isEqualTo(approved.kase());
        assertThat(entry.get("currentDeployment").get("role").asText()).isEqualTo("Rule of law adviser");
        assertThat(entry.get("deployedDays").asLong()).isEqualTo(6);
        String onTheDay = "/api/responders?skill=rule-of-law&size=200&availableOn=";
        assertThat(coordinator.get(onTheDay + approved.day(0)).json().get("items").findValuesAsText("id"))
                .doesNotContain(responder);
        assertThat(coordinator.get(onTheDay + approved.day(31)).json().get("items").findValuesAsText("id"))
                .contains(responder);
    }

    @Test
    void the_case_file_counts_the_people_deployed_and_is_not_answered_304_once_the_count_changed() {
        String kase = newCase();
        String deployment = requestDeployment(kase, register("ACTIVE"), "2027-08-01", "2027-09-01");
        Api.Response before = coordinator.get("/api/crises/" + kase + "?after=" + head());
        String tag = before.header("ETag");
        long approved = step(kase, deployment, "approve", Map.of()).position();

        Api.Response after = coordinator.get("/api/crises/" + kase + "?after=" + approved,
                                             Map.of("If-None-Match", tag));

        assertThat(before.json().get("peopleDeployed").asInt()).isZero();
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("peopleDeployed").asInt()).isEqualTo(1);
        assertThat(after.json().get("version")).isEqualTo(before.json().get("version"));
        assertThat(after.header("ETag")).isNotEqualTo(tag)
                                        .startsWith("\"" + after.json().get("version").asLong() + "-");
    }

    @Test
    void the_etag_of_a_case_file_read_is_accepted_as_if_match() {
        String kase = newCase();
        String tag = coordinator.get("/api/crises/" + kase + "?after=" + head()).header("ETag");

        Api.Response first = coordinator.post("/api/crises/" + kase + "/decisions", Bodies.decision("Deploy", null),
                                              Map.of("If-Match", tag));
        Api.Response second = coordinator.post("/api/crises/" + kase + "/decisions", Bodies.decision("Again", null),
                                               Map.of("If-Match", tag));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).as(second.body()).isEqualTo(412);
    }

    @Test
    void approving_a_clash_is_422_naming_the_deployment_it_clashes_with_and_records_nothing() {
        String haiti = newCase();
        Clash booked = bookedAndAskedFor(haiti, register("ACTIVE"), "2027-01-10", "2027-03-10", "2027-03-01",
                                         "2027-05-01");
        long head = head();

        Api.Response clash = coordinator.post(deployments(booked.otherCase()) + "/" + booked.asked() + "/approve",
                                              Map.of());

        assertRefused(clash, "responder-double-booked");
        assertThat(clash.json().get("detail").asText()).contains(booked.booked()).contains(haiti);
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void a_clash_names_the_responder_and_the_case_by_name_and_title_and_keeps_the_ids_to_copy() {
        String haiti = coordinator.post("/api/crises", Bodies.openCase("Haiti gang violence", "HT", null)).id();
        String responder = coordinator.post("/api/responders", responder("Jean Baptiste", "ACTIVE",
                                                                           List.of("rule-of-law"))).id();
        Clash booked = bookedAndAskedFor(haiti, responder, "2027-01-10", "2027-03-10", "2027-03-01", "2027-05-01");
        awaitNamesOf(haiti, responder);

        String clash = refusedApproval(coordinator, booked.otherCase(), booked.asked());
        String uncleared = refusedApproval(casebook.uncleared("COORDINATOR"), booked.otherCase(), booked.asked());

        assertThat(clash).startsWith("Jean Baptiste (responder " + responder + ")")
                         .contains("deployment " + booked.booked())
                         .contains("case \"Haiti gang violence\" (" + haiti + ")");
        assertThat(uncleared).contains("Jean Baptiste").contains("case \"Haiti gang violence\"");
        JsonNode staffing = coordinator.get(deployments(haiti) + "?after=" + head()).json();
        assertThat(staffing.get("deployments").get(0).get("responderName").asText()).isEqualTo("Jean Baptiste");
        assertThat(staffing.get("deployments").get(0).get("responderId").asText()).isEqualTo(responder);
    }

    @Test
    void a_clash_with_an_sbu_case_does_not_name_the_case_to_the_uncleared() {
        String quiet = coordinator.post("/api/crises", Bodies.with(Bodies.openCase("Back-channel talks", "SD", null),
                                                                     "sensitivity", "SBU")).id();
        String responder = register("ACTIVE");
        Clash booked = bookedAndAskedFor(quiet, responder, "2027-04-01", "2027-04-30", "2027-04-10", "2027-05-01");
        awaitNamesOf(quiet, responder);

        String cleared = refusedApproval(coordinator, booked.otherCase(), booked.asked());
        String uncleared = refusedApproval(casebook.uncleared("COORDINATOR"), booked.otherCase(), booked.asked());

        assertThat(cleared).contains("case \"Back-channel talks\" (" + quiet + ")");
        assertThat(uncleared).doesNotContain("Back-channel talks").contains("case " + quiet)
                             .contains("Amina Diallo");
    }

    @Test
    void eight_coordinators_racing_to_book_one_responder_on_overlapping_dates_leave_exactly_one_booking()
            throws Exception {
        String responder = register("ACTIVE");
        Map<String, String> requests = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            String kase = newCase();
            requests.put(requestDeployment(kase, responder, "2027-06-0" + (i + 1), "2027-07-15"), kase);
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService coordinators = Executors.newFixedThreadPool(8);
        List<Future<Api.Response>> answers = new ArrayList<>();
        requests.forEach((deployment, kase) -> answers.add(coordinators.submit(() -> {
            go.await();
            return casebook.as("COORDINATOR").post(deployments(kase) + "/" + deployment + "/approve", Map.of());
        })));
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        long last = 0;
        for (Future<Api.Response> answer : answers) {
            Api.Response response = answer.get();
            statuses.add(response.status());
            if (response.status() == 200) {
                last = response.position();
            } else {
                assertThat(response.json().get("rule").asText()).as(response.body())
                                                              .isEqualTo("responder-double-booked");
            }
        }
        coordinators.shutdown();

        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 422);
        JsonNode entry = coordinator.get("/api/responders/" + responder + "?after=" + last).json();
        assertThat(entry.get("bookings")).hasSize(1);
        String journal = casebook.as("AUDITOR").get("/api/journal/export?case=" + responder).body();
        assertThat(journal.split("\"type\":\"ResponderBooked\"", -1)).hasSize(2);
    }

    @Test
    void closing_a_case_withdraws_its_requests_cancels_what_has_not_started_and_ends_what_is_under_way()
            throws InterruptedException {
        String kase = coordinator.post("/api/crises", Bodies.with(Bodies.openCase(), "effectiveAt",
                                                                  "2026-10-01T00:00:00Z")).id();
        String pending = requestDeployment(kase, register("ACTIVE"), "2026-12-01", "2027-01-31");
        String approved = requestDeployment(kase, register("ACTIVE"), "2026-12-01", "2027-01-31");
        step(kase, approved, "approve", Map.of());
        Map<String, Object> early = new LinkedHashMap<>(request(registeredOn("2026-09-01T00:00:00Z"), "2026-11-01",
                                                                "2027-01-31"));
        early.put("effectiveAt", "2026-10-15T09:00:00Z");
        String underWay = coordinator.post(deployments(kase), early).id();
        step(kase, underWay, "approve", Map.of("effectiveAt", "2026-10-16T09:00:00Z"));
        step(kase, underWay, "start", Map.of("effectiveAt", "2026-11-01T08:00:00Z"));

        Api.Response closed = coordinator.post("/api/crises/" + kase + "/stage", Map.of(
                "stage", "CLOSED", "reason", "Violence ended", "outcome", "Handed to the embassy",
                "effectiveAt", "2026-11-20T10:00:00Z"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);

        JsonNode staffing = coordinator.get(deployments(kase)).json();
        for (int polls = 0; staffing.get("deployed").asInt() > 0 && polls < 200; polls++) {
            Thread.sleep(50);
            staffing = coordinator.get(deployments(kase)).json();
        }
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        staffing.get("deployments").forEach(deployment -> byId.put(deployment.get("id").asText(), deployment));
        assertThat(byId.get(pending).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(byId.get(approved).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(byId.get(underWay).get("status").asText()).isEqualTo("ENDED");
        assertThat(byId.get(underWay).get("end").asText()).isEqualTo("2026-11-20");
        assertThat(byId.get(underWay).get("note").asText()).isEqualTo("The case was closed: Handed to the embassy");
        assertThat(staffing.get("pendingRequests").asInt()).isZero();
    }

    @Test
    void a_case_without_deployments_has_an_empty_staffing_and_an_unknown_case_has_none() {
        String kase = newCase();

        JsonNode staffing = coordinator.get(deployments(kase) + "?after=" + head()).json();
        Api.Response unknown = coordinator.get(deployments("no-such-case"));

        assertThat(staffing.get("deployments")).isEmpty();
        assertThat(staffing.get("pendingRequests").asInt()).isZero();
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void a_deployment_is_found_only_under_its_own_case() {
        String haiti = newCase();
        String sudan = newCase();
        String deployment = requestDeployment(haiti, register("ACTIVE"), "2027-01-10", "2027-02-10");

        for (Api.Response response : List.of(
                coordinator.post(deployments(sudan) + "/" + deployment + "/approve", Map.of()),
                coordinator.post(deployments(haiti) + "/no-such-deployment/approve", Map.of()),
                coordinator.post(deployments(haiti) + "/no-such-deployment/start", Map.of()))) {
            assertThat(response.status()).as(response.body()).isEqualTo(404);
            assertThat(response.json().get("type").asText()).isEqualTo("/problems/unknown-deployment");
        }
    }

    @Test
    void a_request_for_an_unknown_responder_or_case_is_404() {
        String kase = newCase();

        Api.Response noResponder = coordinator.post(deployments(kase), request("no-such-responder", "2027-01-10",
                                                                                "2027-02-10"));
        Api.Response noCase = coordinator.post(deployments("no-such-case"), request(register("ACTIVE"), "2027-01-10",
                                                                                    "2027-02-10"));

        assertThat(noResponder.status()).as(noResponder.body()).isEqualTo(404);
        assertThat(noResponder.json().get("type").asText()).isEqualTo("/problems/unknown-responder");
        assertThat(noCase.status()).as(noCase.body()).isEqualTo(404);
        assertThat(noCase.json().get("type").asText()).isEqualTo("/problems/unknown-case");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_400_naming_the_field() {
        Api.Response response = coordinator.post(deployments(newCase()),
                                                 request(register("ACTIVE"), "2027-02-10", "2027-01-10"));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("end");
    }

    private static int peopleOnTheBoard(String kase, long after) {
        for (JsonNode row : coordinator.get("/api/crises?size=200&after=" + after).json().get("items")) {
            if (row.get("id").asText().equals(kase)) {
                return row.get("peopleDeployed").asInt();
            }
        }
        throw new AssertionError("case " + kase + " is not on the board");
    }

    private static String newCase() {
        return coordinator.post("/api/crises", Bodies.openCase()).id();
    }

    /** A responder on the roster since {@code effectiveAt}: steps of their deployments may be recorded from then. */
    private static String registeredOn(String effectiveAt) {
        return coordinator.post("/api/responders", Bodies.with(responder("Amina Diallo", "ACTIVE",
                                                                         List.of("rule-of-law")),
                                                               "effectiveAt", effectiveAt)).id();
    }

    @Test
    void a_deployment_is_not_requested_effective_before_its_responder_joined_the_roster_and_nothing_is_recorded() {
        String kase = coordinator.post("/api/crises", Bodies.with(Bodies.openCase(), "effectiveAt",
                                                                  "2026-10-01T00:00:00Z")).id();
        String responder = registeredOn("2026-11-01T00:00:00Z");
        Map<String, Object> early = new LinkedHashMap<>(request(responder, "2026-12-01", "2027-01-31"));
        early.put("effectiveAt", "2026-10-15T09:00:00Z");
        long head = head();

        Api.Response refused = coordinator.post(deployments(kase), early);

        assertRefused(refused, "effective-before-opening");
        assertThat(refused.json().get("field").asText()).isEqualTo("effectiveAt");
        assertThat(refused.json().get("detail").asText())
                .contains("is before Amina Diallo (responder " + responder + ") began");
        assertThat(head()).isEqualTo(head);
    }

    private static String register(String component) {
        return coordinator.post("/api/responders", responder("Amina Diallo", component, List.of("rule-of-law"))).id();
    }

    private static Map<String, Object> request(String responder, String start, String end) {
        return Map.of("responderId", responder, "role", "Rule of law adviser", "sector",
                      "JUSTICE_AND_RECONCILIATION", "skill", "rule-of-law", "start", start, "end", end);
    }

    private static String requestDeployment(String kase, String responder, String start, String end) {
        Api.Response requested = coordinator.post(deployments(kase), request(responder, start, end));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        return requested.id();
    }

    /** The detail of the problem that refuses this coordinator the approval of a deployment. */
    private static String refusedApproval(Api as, String kase, String deployment) {
        return as.post(deployments(kase) + "/" + deployment + "/approve", Map.of()).json().get("detail").asText();
    }

    /**
     * Waits for the views that a refusal reads names from (the case's title in its case file, the responder's name
     * on the roster) to hold all recorded so far: read-your-writes.
     */
    private static void awaitNamesOf(String kase, String responder) {
        long head = head();
        coordinator.caseFile(kase, head);
        Api.Response onTheRoster = coordinator.get("/api/responders/" + responder + "?after=" + head);
        assertThat(onTheRoster.status()).as(onTheRoster.body()).isEqualTo(200);
    }

    /** A new responder's deployment in a new case, approved, not started; its days counted from {@code today}. */
    private record Approved(String kase, String responder, String deployment, LocalDate today) {

        /** The day {@code days} after today (before it, if negative), as the API writes it. */
        String day(int days) {
            return today.plusDays(days).toString();
        }

        String path(String step) {
            return deployments(kase) + "/" + deployment + "/" + step;
        }

        Api.Response step(String step, Map<String, Object> body) {
            return DeploymentsApiTest.step(kase, deployment, step, body);
        }
    }

    /** As {@link #approvedDeployment}, for a new responder in a new case, from {@code firstDay} to {@code lastDay}. */
    private static Approved approvedOverDays(int firstDay, int lastDay) {
        String kase = newCase();
        String responder = register("ACTIVE");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String deployment = approvedDeployment(kase, responder, today.plusDays(firstDay).toString(),
                                               today.plusDays(lastDay).toString());
        return new Approved(kase, responder, deployment, today);
    }

    /** A responder's deployment approved in a case, and a request for them in another case over days that overlap. */
    private record Clash(String booked, String otherCase, String asked) {
    }

    /**
     * Books {@code responder} in {@code kase} from {@code bookedFrom} to {@code bookedTo}, after asking for them in a
     * new case from {@code askedFrom} to {@code askedTo}; that request is left to approve.
     */
    private static Clash bookedAndAskedFor(String kase, String responder, String bookedFrom, String bookedTo,
                                           String askedFrom, String askedTo) {
        String otherCase = newCase();
        String booked = requestDeployment(kase, responder, bookedFrom, bookedTo);
        String asked = requestDeployment(otherCase, responder, askedFrom, askedTo);
        step(kase, booked, "approve", Map.of());
        return new Clash(booked, otherCase, asked);
    }

    /** A deployment requested and approved, not started. */
    private static String approvedDeployment(String kase, String responder, String start, String end) {
        String deployment = requestDeployment(kase, responder, start, end);
        step(kase, deployment, "approve", Map.of());
        return deployment;
    }

    private static Api.Response step(String kase, String deployment, String step, Map<String, Object> body) {
        Api.Response response = coordinator.post(deployments(kase) + "/" + deployment + "/" + step, body);
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private static String deployments(String kase) {
        return "/api/crises/" + kase + "/deployments";
    }

    private static long head() {
        return coordinator.head();
    }
}
