package org.casebook.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.casebook.journal.store.Store;
import org.casebook.query.ViewLocks;
import org.casebook.query.catalog.ClusterNode;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes on one store share each view's segments; a read with {@code ?after=} on either waits for every segment,
 * wherever it runs; a rebuild asked of both runs once and both follow it, and a dead rebuilder's lease lapses; when one
 * node stops, the other processes all segments within the configured claim time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedViewSegmentsTest {

    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration CLAIM_INTERVAL = Duration.ofMillis(300);
    private static final String CASE_FILE = "case-file";
    private static final String TIMELINE = "timeline";
    private static final String REBUILD = "/api/admin/views/" + TIMELINE + "/rebuild";

    private static CasebookInstance first;
    private static CasebookInstance second;

    @BeforeAll
    static void start() {
        first = CasebookInstance.start(Map.of("casebook.views.segments", "2",
                                              "casebook.cluster.claim-timeout", CLAIM_TIMEOUT.toMillis() + "ms",
                                              "casebook.cluster.claim-interval", CLAIM_INTERVAL.toMillis() + "ms",
                                              "casebook.queries.catch-up-timeout", "2s"));
        second = first.alongside();
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    @Test
    @Order(1)
    void each_node_processes_some_of_a_views_segments() {
        await(Duration.ofSeconds(10), () -> segments(first, CASE_FILE) == 1 && segments(second, CASE_FILE) == 1);
    }

    @Test
    @Order(1)
    void either_node_tells_an_admin_each_segment_of_every_view_with_its_node_and_lag() {
        await(Duration.ofSeconds(10), () -> segments(first, CASE_FILE) == 1 && segments(second, CASE_FILE) == 1);
        String firstNode = first.bean(ClusterNode.class).name();
        String secondNode = second.bean(ClusterNode.class).name();
        assertThat(first.as("COORDINATOR").get("/api/admin/views").status()).as("for admins alone").isEqualTo(403);

        Lock paused = second.bean(ViewLocks.class).of(CASE_FILE).writeLock();
        paused.lock();
        try {
            long written = first.as("COORDINATOR").post("/api/crises", openCase()).position();
            await(Duration.ofSeconds(10), () -> segmentOf(caseFile(first), firstNode).get("lag").asLong() == 0
                                                && caseFile(first).get("position").asLong() < written);
            for (CasebookInstance asked : new CasebookInstance[] {first, second}) {
                JsonNode caseFile = caseFile(asked);
                long head = caseFile.get("lag").asLong() + caseFile.get("position").asLong();
                assertThat(caseFile.get("segments")).extracting(segment -> segment.get("node").asText())
                        .as("the nodes processing the case file's segments, as " + asked + " tells")
                        .containsExactlyInAnyOrder(firstNode, secondNode);
                JsonNode behind = segmentOf(caseFile, secondNode);
                assertThat(behind.get("lag").asLong()).as("the paused node's segment, as " + asked + " tells")
                        .isPositive().isEqualTo(head - behind.get("position").asLong());
                assertThat(caseFile.get("lag").asLong()).as("the view, as far as its slowest segment")
                        .isEqualTo(behind.get("lag").asLong());
            }
        } finally {
            paused.unlock();
        }
        await(Duration.ofSeconds(10), () -> caseFile(second).get("lag").asLong() == 0);
    }

    private static JsonNode caseFile(CasebookInstance asked) {
        return view(asked.as("ADMIN").get("/api/admin/views").json(), CASE_FILE);
    }

    private static JsonNode segmentOf(JsonNode view, String node) {
        for (JsonNode segment : view.get("segments")) {
            if (segment.get("node").asText().equals(node)) {
                return segment;
            }
        }
        throw new AssertionError("no segment on " + node + " in " + view);
    }

    @Test
    @Order(2)
    void a_read_after_a_write_waits_for_the_segment_another_node_processes() {
        Segment held = onlySegment(second);
        Api coordinator = first.as("COORDINATOR");
        String caseId;
        do {
            caseId = coordinator.post("/api/crises", openCase()).id();
        } while (!held.matches(caseId));
        long written;
        Lock paused = second.bean(ViewLocks.class).of(CASE_FILE).writeLock();
        String path = "/api/crises/" + caseId + "/decisions";
        paused.lock();
        try {
            written = coordinator.post(path, decision("While paused", null))
                                 .position();

            assertThat(first.as("REPORTER").get("/api/crises/" + caseId + "?after=" + written).status())
                    .as("the case's segment, on the other node, has not processed the decision").isEqualTo(503);
        } finally {
            paused.unlock();
        }
        for (CasebookInstance node : new CasebookInstance[] {first, second}) {
            Api.Response file = node.as("REPORTER").get("/api/crises/" + caseId + "?after=" + written);
            assertThat(file.status()).as(file.body()).isEqualTo(200);
            assertThat(file.body()).contains("While paused");
        }
    }

    @Test
    @Order(3)
    void a_rebuild_asked_of_both_nodes_runs_once_and_both_follow_its_generation() throws Exception {
        String caseId = first.as("COORDINATOR").post("/api/crises", openCase()).id();
        List<Lock> batchesUnderWay = List.of(readLock(first), readLock(second));
        batchesUnderWay.forEach(Lock::lock);
        JsonNode asked;
        JsonNode askedAgain;
        try {
            asked = first.as("ADMIN").post(REBUILD, null).json();
            askedAgain = second.as("ADMIN").post(REBUILD, null).json();
        } finally {
            batchesUnderWay.forEach(Lock::unlock);
        }

        assertThat(askedAgain.get("startedAt")).as("the rebuild running, not a second one")
                                               .isEqualTo(asked.get("startedAt"));
        JsonNode done = awaitRebuilt(second.as("ADMIN").get(REBUILD));
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("generation")).isEqualTo(asked.get("generation"));
        assertThat(first.as("ADMIN").get(REBUILD).json()).isEqualTo(done);
        long written = second.as("COORDINATOR").post("/api/crises/" + caseId + "/decisions",
                                                     decision("After the rebuild", null)).position();
        for (CasebookInstance node : new CasebookInstance[] {first, second}) {
            Api.Response timeline = node.as("REPORTER").get("/api/crises/" + caseId + "/timeline?after=" + written);
            assertThat(timeline.body()).as("read on either node").contains("After the rebuild");
        }
    }

    @Test
    @Order(4)
    void a_rebuilder_that_died_holding_a_view_holds_it_only_until_its_lease_expires_then_the_view_is_rebuilt_again()
            throws Exception {
        Api coordinator = first.as("COORDINATOR");
        String caseId = coordinator.post("/api/crises", openCase()).id();
        Instant expires = Instant.now().plusSeconds(5);
        first.bean(Store.class).database().getCollection("view_generations").updateOne(
                Filters.eq("_id", TIMELINE), Updates.combine(
                        Updates.set("rebuild.state", "RUNNING"), Updates.set("rebuild.owner", "a-node-that-died"),
                        Updates.set("rebuild.holding", true), Updates.set("rebuild.expiresAt", Date.from(expires))));

        long written = coordinator.post("/api/crises/" + caseId + "/decisions", decision("Held", null)).position();
        String timeline = "/api/crises/" + caseId + "/timeline?after=" + written;
        assertThat(first.as("REPORTER").get(timeline).status()).as("held by the dead node's lease").isEqualTo(503);
        JsonNode lapsed = first.as("ADMIN").get(REBUILD).json();
        await(Duration.between(Instant.now(), expires).plusSeconds(2),
                      () -> first.as("REPORTER").get(timeline).status() == 200);

        assertThat(lapsed.get("state").asText()).as(lapsed.toString()).isEqualTo("RUNNING");
        assertThat(first.as("ADMIN").get(REBUILD).json().get("failure").asText()).contains("lease lapsed");
        assertThat(awaitRebuilt(second.as("ADMIN").post(REBUILD, null)).get("state").asText()).isEqualTo("DONE");
    }

    @Test
    @Order(5)
    void when_a_node_stops_the_other_processes_every_segment_within_the_claim_time() {
        second.stop();

        await(CLAIM_TIMEOUT.plus(CLAIM_INTERVAL).plusSeconds(2), () -> segments(first, CASE_FILE) == 2);
        assertThat(segments(first, "funds")).as("a view kept in one segment").isEqualTo(1);
    }

    /** The timeline's rebuild once it has ended, as {@code asked} (an answer about it) and the node asked tell. */
    private static JsonNode awaitRebuilt(Api.Response asked) {
        assertThat(asked.status()).as(asked.body()).isIn(200, 202);
        JsonNode rebuild = asked.json();
        for (Instant giveUp = Instant.now().plusSeconds(20); rebuild.get("state").asText().equals("RUNNING")
                                                              && Instant.now().isBefore(giveUp); ) {
            sleep();
            rebuild = first.as("ADMIN").get(REBUILD).json();
        }
        return rebuild;
    }

    /** The lock a node's timeline processor holds while it handles a batch, which a takeover waits for. */
    private static Lock readLock(CasebookInstance node) {
        return node.bean(ViewLocks.class).of(TIMELINE).readLock();
    }

    private static Segment onlySegment(CasebookInstance node) {
        return processor(node).processingStatus().values().stream().map(EventTrackerStatus::getSegment)
                              .findFirst().orElseThrow();
    }

    private static StreamingEventProcessor processor(CasebookInstance node) {
        return node.bean(EventProcessingConfiguration.class)
                   .eventProcessor(CASE_FILE, StreamingEventProcessor.class).orElseThrow();
    }

    /** How many of the view's segments the node processes, as its metrics tell. */
    private static JsonNode view(JsonNode overview, String view) {
        for (JsonNode state : overview.get("views")) {
            if (state.get("view").asText().equals(view)) {
                return state;
            }
        }
        throw new AssertionError("no " + view + " view in " + overview);
    }

    private static int segments(CasebookInstance node, String view) {
        String scrape = node.as("ADMIN").get("/actuator/prometheus").body();
        Matcher gauge = Pattern.compile("casebook_view_segments\\{[^}]*view=\"" + view + "\"[^}]*\\} ([0-9.]+)")
                               .matcher(scrape);
        assertThat(gauge.find()).as(scrape).isTrue();
        return (int) Double.parseDouble(gauge.group(1));
    }

    private static void await(Duration within, BooleanSupplier done) {
        Instant giveUp = Instant.now().plus(within);
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("done within " + within).isBefore(giveUp);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
