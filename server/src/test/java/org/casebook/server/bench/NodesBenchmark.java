package org.casebook.server.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casebook.server.testing.CasebookProcess.Node;
import org.casebook.server.testing.Claims;
import org.casebook.server.testing.Cluster;
import org.casebook.server.testing.MixedWrites;

/**
 * Several nodes on one store (issue 16): three Casebook nodes, each a JVM of its own, on the embedded store in a
 * process of its own (or the MongoDB of {@code -Dcasebook.test.mongo-uri}), with the default claim timeout. Prints
 * the throughput of the fault test's mixed writes (decisions, deployment requests, allocations; {@code clients}
 * clients, {@code writes} each) sent through one, two and three nodes after a warm-up, then, {@code kills} times,
 * how long after a node holding segments is killed with SIGKILL under that load the others hold every segment and
 * every view has stored the head as it was at the kill (the killed node is started again each time).
 * <p>
 * Run: {@code ./mvnw -o -q -pl server -am -P bench-nodes -DskipTests verify -Dbench.args="WRITES CLIENTS KILLS"}.
 */
public final class NodesBenchmark {

    private static final Duration GENEROUS = Duration.ofMinutes(3);

    private NodesBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        int writes = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 60;
        int clients = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 6;
        int kills = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 3;
        try (Cluster cluster = Cluster.start(3, Map.of(), List.of())) {
            List<Node> nodes = cluster.nodes();
            new MixedWrites(nodes, clients, writes / 2).start().finish();
            for (int n = 1; n <= nodes.size(); n++) {
                MixedWrites load = new MixedWrites(nodes.subList(0, n), clients, writes);
                long start = System.nanoTime();
                load.start().finish();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%d node(s), %d clients: %d writes in %.1f s = %.0f writes/s (%d refused)%n", n,
                                  clients, load.acknowledged().size(), seconds, load.acknowledged().size() / seconds,
                                  load.refused().size());
            }
            Claims claims = cluster.claims();
            List<Long> takeovers = new ArrayList<>();
            for (int k = 0; k < kills; k++) {
                MixedWrites load = new MixedWrites(nodes, clients, writes).start();
                load.awaitAcknowledged(load.sent() / 3, GENEROUS);
                Node victim = claims.busiest();
                long held = claims.heldBy(victim);
                long head = nodes.stream().filter(node -> node != victim).findFirst().orElseThrow()
                                 .as("AUDITOR").head();
                victim.kill();
                Duration takeover = claims.awaitTakeover(head, GENEROUS);
                takeovers.add(takeover.toMillis());
                System.out.printf("kill %d: the node holding %d segments killed at position %d; taken over in %d ms%n",
                                  k + 1, held, head, takeover.toMillis());
                load.finish();
                victim.start();
                victim.awaitReady(GENEROUS);
            }
            System.out.println("takeovers (ms): " + takeovers);
        }
    }
}
