package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.responder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two servers share one store, as two processes would: requests racing through both still never double-book a
 * responder or break a cap, because the rule is decided on one stream and the journal takes one writer per stream
 * version. Either server reads its own writes, whichever of them runs the views.
 */
class RacesAcrossProcessesTest {

    private static CasebookInstance first;
    private static CasebookInstance second;
    private static Api coordinator;

    @BeforeAll
    static void start() {
        first = CasebookInstance.start();
        second = first.alongside();
        coordinator = first.as("COORDINATOR");
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    @Test
    void approvals_racing_through_two_servers_book_a_responder_exactly_once() throws Exception {
        String responder = coordinator.post("/api/responders", responder("Ines Moreau", "STANDBY",
                                                                          List.of("elections"))).id();
        List<Callable<Api.Response>> approvals = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String kase = newCase();
            String path = "/api/crises/" + kase + "/deployments";
            Api.Response requested = coordinator.post(path, Map.of(
                    "responderId", responder, "role", "Elections adviser", "sector", "GOVERNANCE_AND_PARTICIPATION",
                    "skill", "elections", "start", "2027-09-0" + (i + 1), "end", "2027-10-01"));
            assertThat(requested.status()).as(requested.body()).isEqualTo(201);
            Api server = (i % 2 == 0 ? first : second).as("COORDINATOR");
            String approve = path + "/" + requested.id() + "/approve";
            approvals.add(() -> server.post(approve, Map.of()));
        }

        List<Api.Response> answers = race(approvals);

        assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() != 200)
                           .allSatisfy(answer -> assertThat(answer.json().get("rule").asText()).as(answer.body())
                                                                                        .isEqualTo("responder-double-booked"));
        JsonNode entry = coordinator.get("/api/responders/" + responder + "?after=" + head()).json();
        assertThat(entry.get("bookings")).hasSize(1);
        String journal = first.as("AUDITOR").get("/api/journal/export?case=" + responder).body();
        assertThat(journal.split("\"type\":\"ResponderBooked\"", -1)).hasSize(2);
    }

    @Test
    void allocations_racing_through_two_servers_never_exceed_the_cap() throws Exception {
        Api.Response registered = coordinator.post("/api/funding-sources", Map.of(
                "authority", "Overseas Contingency Operations", "fiscalYear", 2027, "cap", "100.00"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String source = registered.id();
        List<Callable<Api.Response>> allocations = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String path = "/api/crises/" + newCase() + "/funds/allocations";
            Api server = (i % 2 == 0 ? first : second).as("COORDINATOR");
            allocations.add(() -> server.post(path, Map.of("sourceId", source, "project", "Police training",
                                                            "sector", "SECURITY", "amount", "30.00")));
        }

        List<Api.Response> answers = race(allocations);

        assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(3);
        assertThat(answers).filteredOn(answer -> answer.status() != 200)
                           .allSatisfy(answer -> assertThat(answer.json().get("rule").asText()).as(answer.body())
                                                                                        .isEqualTo("cap-exceeded"));
        JsonNode ledger = second.as("AUDITOR").get("/api/funding-sources/" + source + "?after=" + head()).json();
        assertThat(ledger.get("totals").get("allocated").asText()).isEqualTo("90.00");
        assertThat(ledger.get("remaining").asText()).isEqualTo("10.00");
    }

    private static List<Api.Response> race(List<Callable<Api.Response>> requests) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (Callable<Api.Response> request : requests) {
                answers.add(senders.submit(() -> {
                    go.await();
                    return request.call();
                }));
            }
            go.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            senders.shutdown();
        }
    }

    private static String newCase() {
        return coordinator.post("/api/crises", Bodies.openCase()).id();
    }

    private static long head() {
        return coordinator.head();
    }
}
