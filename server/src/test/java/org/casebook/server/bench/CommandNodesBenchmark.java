package org.casebook.server.bench;

import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;

/**
 * Appends through one, two and three command nodes on one embedded store (issue 16): a query node holds the store
 * and runs the views; three command nodes run beside it ({@code alongside}: servers in this JVM, each with its own
 * command bus, caches and connection pool, sharing only the store over its wire port). For each count, the same
 * {@code clients}, spread evenly over the command nodes, send decisions over HTTP for {@code seconds}, each to a case
 * of its own (a new one every
 * {@link #DECISIONS_PER_CASE} decisions, so that loading the case stays small), and it prints the decisions recorded
 * a second, their latency, and the journal positions they took.
 * <p>
 * Arguments: {@code [seconds] [clients] [counts]} (default 20, 12 and {@code 1,2,3}: the counts of command nodes
 * written through, in that order; {@code 3,2,1} shows how much of a difference is the JVM warming up). A node not
 * written through idles (it runs no view).
 */
public final class CommandNodesBenchmark {

    private static final int MAX_NODES = 3;
    private static final int DECISIONS_PER_CASE = 20;
    private static final int WARM_UP_SECONDS = 5;
    private static final String QUIET = "logging.level.root";
    private static final String SIGN_IN_WAIT = "casebook.security.sign-in.check-wait";

    private CommandNodesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try {
            measure(args);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        // Axon's cache janitor is a thread of its own that outlives the servers; exec:java would wait for it forever
        System.exit(0);
    }

    private static void measure(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        System.setProperty("axoniq.update-checker.disabled", "true");
        int[] counts = Arrays.stream((args.length > 2 ? args[2] : "1,2,3").split(",")).mapToInt(Integer::parseInt)
                             .toArray();
        CasebookInstance views = CasebookInstance.start(Map.of("casebook.node.role", "query", QUIET, "WARN",
                                                               // clients' first requests, all at once, on a busy machine
                                                               SIGN_IN_WAIT, "60s"));
        List<CasebookInstance> commandNodes = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_NODES; i++) {
                commandNodes.add(views.alongside(Map.of("casebook.node.role", "command", QUIET, "WARN")));
            }
            for (int nodes : counts) {
                List<Api> through = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    through.add(commandNodes.get(i % nodes).as("COORDINATOR"));
                }
                run(through, WARM_UP_SECONDS);
                long before = views.head();
                System.out.printf("load before %d node(s): %s%n", nodes, ConsoleBenchmark.load());
                long[] latencies = run(through, seconds);
                long positions = views.head() - before;
                Arrays.sort(latencies);
                System.out.printf("%d command node(s), %d clients: %,.0f decisions/s (%d in %d s, %d journal positions);"
                                          + " latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms; load after %s%n",
                                  nodes, through.size(), latencies.length / (double) seconds, latencies.length, seconds,
                                  positions, ms(latencies, 0.5), ms(latencies, 0.9), ms(latencies, 0.99),
                                  ConsoleBenchmark.load());
            }
        } finally {
            for (int i = commandNodes.size() - 1; i >= 0; i--) {
                commandNodes.get(i).close();
            }
            views.close();
        }
    }

    /** Sends decisions through each of {@code through} at once for {@code seconds}; each one's latency, in ns. */
    private static long[] run(List<Api> through, int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService senders = Executors.newFixedThreadPool(through.size());
        try {
            List<Future<List<Long>>> sent = new ArrayList<>();
            for (Api api : through) {
                sent.add(senders.submit(() -> send(api, until)));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> each : sent) {
                all.addAll(each.get());
            }
            return all.stream().mapToLong(Long::longValue).toArray();
        } finally {
            senders.shutdown();
        }
    }

    private static List<Long> send(Api api, long until) {
        List<Long> latencies = new ArrayList<>();
        String caseId = null;
        for (int sent = 0; System.nanoTime() < until; sent++) {
            if (sent % DECISIONS_PER_CASE == 0) {
                Api.Response opened = api.post("/api/crises", openCase());
                if (opened.status() / 100 != 2) {
                    throw new IllegalStateException("case not opened: " + opened);
                }
                caseId = opened.id();
            }
            long started = System.nanoTime();
            Api.Response answer = api.post("/api/crises/" + caseId + "/decisions", decision("Decision " + sent, null));
            if (answer.status() / 100 != 2) {
                throw new IllegalStateException("decision refused: " + answer);
            }
            latencies.add(System.nanoTime() - started);
        }
        return latencies;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * quantile)] / 1e6;
    }
}
