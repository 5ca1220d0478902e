package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.CasebookProcess;
import org.casebook.server.testing.CasebookProcess.Node;
import org.casebook.server.testing.Claims;
import org.casebook.server.testing.Cluster;
import org.casebook.server.testing.Journal;
import org.casebook.server.testing.MixedWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three Casebook nodes, each a JVM of its own, share one store over its wire port (the embedded store in a process
 * of its own, or the MongoDB given with {@code -Dcasebook.test.mongo-uri}). Under a load of decisions, deployments
 * and allocations sent through all three, the node that holds the most segments is killed with SIGKILL. The
 * others take its segments over within the claim timeout (plus their look for unclaimed segments), nothing
 * acknowledged is lost, the chain verifies, every view equals a fresh fold of the journal, the handover deadlines
 * that pass meanwhile are each recorded once, and the killed node starts again and serves reads.
 */
class NodeLossTest {

    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(5);
    /** How often a node looks for unclaimed segments. */
    private static final Duration CLAIM_INTERVAL = Duration.ofSeconds(2);
    /** What a loaded machine may add to the takeover (the new holder's first batch, a slow store). */
    private static final Duration SLACK = Duration.ofSeconds(10);
    private static final Duration ESCALATE_AFTER = Duration.ofSeconds(12);
    private static final Duration LAPSE_AFTER = Duration.ofSeconds(30);
    private static final Duration GENEROUS = Duration.ofMinutes(2);
    private static final int CLIENTS = 6;
    private static final int WRITES_PER_CLIENT = 45;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cluster cluster;

    @BeforeEach
    void startThreeNodesOnOneStore() {
        cluster = Cluster.start(3, Map.of(
                "casebook.cluster.claim-timeout", CLAIM_TIMEOUT.toSeconds() + "s",
                "casebook.cluster.claim-interval", CLAIM_INTERVAL.toSeconds() + "s",
                "casebook.handovers.deadline-check", "200ms",
                "casebook.handovers.escalate-after", ESCALATE_AFTER.toSeconds() + "s",
                "casebook.handovers.lapse-after", LAPSE_AFTER.toSeconds() + "s"), CasebookProcess.QUICK_START);
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void a_node_killed_under_load_loses_no_acknowledged_write_and_the_others_take_its_views_over()
            throws Exception {
        Api coordinator = cluster.nodes().get(1).as("COORDINATOR");
        String handedOver = coordinator.post("/api/crises", Bodies.openCase()).id();
        Api.Response proposed = coordinator.post("/api/crises/" + handedOver + "/handovers",
                                                 Bodies.handover(CasebookInstance.FIELD_BODY, "2027-03-01"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        MixedWrites load = new MixedWrites(cluster.nodes(), CLIENTS, WRITES_PER_CLIENT).start();
        load.awaitAcknowledged(load.sent() / 3, GENEROUS);

        Claims claims = cluster.claims();
        Node victim = claims.busiest();
        assertThat(claims.heldBy(victim)).as("segments held by the node killed").isPositive();
        long headAtKill = coordinator.head();
        victim.kill();
        Duration takeover = claims.awaitTakeover(headAtKill, GENEROUS);
        System.out.println("NodeLossTest: the two nodes left held every segment and every view had reached position "
                                   + headAtKill + " " + takeover.toMillis() + " ms after the kill (claim timeout "
                                   + CLAIM_TIMEOUT.toSeconds() + " s)");
        assertThat(takeover).isLessThanOrEqualTo(CLAIM_TIMEOUT.plus(CLAIM_INTERVAL).plus(SLACK));

        load.finish();
        assertThat(load.refused()).as("answers other than an acknowledgement").isEmpty();
        assertThat(load.acknowledged().size() + load.unanswered()).isEqualTo(load.sent());
        Api auditor = cluster.alive().get(0).as("AUDITOR");
        Map<Long, Set<String>> journal = entryTypesByPosition(auditor);
        assertThat(load.acknowledged()).allSatisfy(write -> assertThat(journal.get(write.position()))
                .as(write.toString()).contains(write.type()));
        JsonNode verification = auditor.awaitFinal(auditor.get("/api/journal/verify?waitSeconds=30"), GENEROUS).json();
        assertThat(verification.at("/report/intact").asBoolean()).as(verification.toString()).isTrue();
        claims.awaitViewsAt(auditor.head(), GENEROUS);
        JsonNode checks = auditor.get("/api/audit/views/check").json();
        assertThat(checks.get("hold").asBoolean()).as(checks.toString()).isTrue();

        Journal.awaitEntry(auditor, handedOver, "HandoverLapsed", GENEROUS);
        Thread.sleep(1_000);
        assertThat(Journal.entries(auditor, handedOver, "HandoverEscalated")).isEqualTo(1);
        assertThat(Journal.entries(auditor, handedOver, "HandoverLapsed")).isEqualTo(1);

        victim.start();
        victim.awaitReady(GENEROUS);
        long last = auditor.head();
        assertThat(victim.as("REPORTER").get("/api/crises?after=" + last).status()).isEqualTo(200);
        assertThat(victim.as("COORDINATOR").caseFile(handedOver, last).toString()).contains(handedOver);
        assertThat(claims.allHeldByLiveNodes()).isTrue();
    }

    /** The types of the entries of the commit at each journal position, from the whole journal's export. */
    private static Map<Long, Set<String>> entryTypesByPosition(Api auditor) throws IOException {
        Map<Long, Set<String>> types = new HashMap<>();
        for (String line : auditor.get("/api/journal/export").body().lines().toList()) {
            Set<String> commit = new HashSet<>();
            List<Long> positions = new ArrayList<>();
            for (JsonNode event : JSON.readTree(line).get("events")) {
                commit.add(event.get("type").asText());
                positions.add(event.get("position").asLong());
            }
            positions.forEach(position -> types.put(position, commit));
        }
        return types;
    }
}
