package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Coordinators changing one case at the same time: no update is lost, and a stale If-Match never wins. */
class ConcurrentChangesApiTest {

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static final Api coordinator = casebook.as("COORDINATOR");

    @Test
    void without_if_match_concurrent_decisions_are_all_recorded() throws Exception {
        String id = coordinator.post("/api/crises", openCase()).id();
        List<Callable<Api.Response>> writers = new ArrayList<>();
        for (int writer = 0; writer < 8; writer++) {
            for (int i = 0; i < 5; i++) {
                String text = "Writer " + writer + " decision " + i;
                writers.add(() -> coordinator.post("/api/crises/" + id + "/decisions", decision(text, null)));
            }
        }
        List<Api.Response> responses = runAll(writers);

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.body()).isEqualTo(200));
        assertThat(responses).extracting(response -> response.json().get("version").asLong())
                             .doesNotHaveDuplicates().allMatch(version -> version >= 2 && version <= 41);
        assertThat(responses).extracting(response -> response.json().get("decisionId").asText())
                             .doesNotHaveDuplicates();
        long last = responses.stream().mapToLong(response -> response.position()).max().orElseThrow();
        JsonNode file = coordinator.get("/api/crises/" + id + "?after=" + last).json();
        assertThat(file.get("version").asLong()).isEqualTo(41);
        assertThat(file.get("decisions")).hasSize(40);
    }

    @Test
    void of_two_changes_made_from_the_same_version_only_one_is_recorded() throws Exception {
        String id = coordinator.post("/api/crises", openCase()).id();
        List<Callable<Api.Response>> racers = new ArrayList<>();
        for (int racer = 0; racer < 6; racer++) {
            String text = "Racer " + racer;
            racers.add(() -> coordinator.post("/api/crises/" + id + "/decisions", decision(text, null),
                                              Map.of("If-Match", "\"1\"")));
        }
        List<Api.Response> responses = runAll(racers);

        assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() == 412).hasSize(5);
        assertThat(responses).filteredOn(response -> response.status() == 412)
                             .allSatisfy(response -> assertThat(response.json().get("currentVersion").asLong())
                                     .isEqualTo(2));
    }

    private static List<Api.Response> runAll(List<Callable<Api.Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }
}
