package org.casebook.server.testing;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.casebook.server.testing.CasebookProcess.Node;

/**
 * A bounded load of decisions, deployment requests and allocations (in turn), sent by several clients through
 * several nodes over HTTP. Each client writes on a case, a responder and a funding source of its own, through one
 * node, and through the next when that one stops answering (as a proxy would). Every acknowledged write is kept
 * with its journal position; a request that got no answer is counted, not retried.
 */
public final class MixedWrites {

    private static final Duration POLL = Duration.ofMillis(20);

    /** A write acknowledged at a journal position, of an entry of this type on this record. */
    public record Acknowledged(long position, String type, String record) {
    }

    private final List<Node> nodes;
    private final int writesPerClient;
    private final List<Client> clients = new ArrayList<>();
    private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final ExecutorService senders;
    private final List<Future<?>> running = new ArrayList<>();

    /** Prepares {@code clients} clients (their case, responder and source, recorded through the first node). */
    public MixedWrites(List<Node> nodes, int clients, int writesPerClient) {
        this.nodes = nodes;
        this.writesPerClient = writesPerClient;
        Api setup = nodes.get(0).as("COORDINATOR");
        // a funding source's authority and year are unique: a later load registers sources of its own
        String load = UUID.randomUUID().toString().substring(0, 8);
        for (int c = 0; c < clients; c++) {
            this.clients.add(new Client(load + "." + c, setup));
        }
        senders = Executors.newFixedThreadPool(clients);
    }

    public MixedWrites start() {
        clients.forEach(client -> running.add(senders.submit(client::run)));
        return this;
    }

    /** Waits until at least {@code count} writes are acknowledged. */
    public void awaitAcknowledged(int count, Duration giveUp) throws InterruptedException {
        Instant start = Instant.now();
        while (acknowledged.size() < count) {
            if (Instant.now().isAfter(start.plus(giveUp))) {
                throw new AssertionError("fewer than " + count + " writes acknowledged within " + giveUp);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Waits until every client has sent all its writes. */
    public MixedWrites finish() throws Exception {
        for (Future<?> client : running) {
            client.get();
        }
        senders.shutdown();
        return this;
    }

    public int sent() {
        return clients.size() * writesPerClient;
    }

    public List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Answers other than an acknowledgement (a refusal, an error), each with its request. */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    public int unanswered() {
        return unanswered.get();
    }

    private final class Client {

        private final String number;
        private final String kase;
        private final String responder;
        private final String source;
        private int node;

        Client(String number, Api setup) {
            this.number = number;
            this.node = clients.size() % nodes.size();
            kase = created(setup.post("/api/crises", Bodies.openCase()));
            responder = created(setup.post("/api/responders", Bodies.responder("Responder " + number, "ACTIVE",
                                                                               List.of("elections"))));
            source = created(setup.post("/api/funding-sources", Map.of(
                    "authority", "Overseas Contingency Operations " + number, "fiscalYear", 2027,
                    "cap", "1000000.00")));
        }

        private static String created(Api.Response response) {
            if (response.status() != 201) {
                throw new AssertionError("setting up a client: " + response);
            }
            return response.id();
        }

        void run() {
            for (int i = 0; i < writesPerClient; i++) {
                switch (i % 3) {
                    case 0 -> send("/api/crises/" + kase + "/decisions",
                                   Bodies.decision("Decision " + number + "." + i, null), "DecisionRecorded", kase);
                    case 1 -> {
                        LocalDate start = LocalDate.of(2027, 1, 1).plusDays(i);
                        send("/api/crises/" + kase + "/deployments", Map.of(
                                "responderId", responder, "role", "Elections adviser",
                                "sector", "GOVERNANCE_AND_PARTICIPATION", "skill", "elections",
                                "start", start.toString(), "end", start.plusDays(1).toString()),
                             "DeploymentRequested", kase);
                    }
                    default -> send("/api/crises/" + kase + "/funds/allocations", Map.of(
                            "sourceId", source, "project", "Project " + i, "sector", "SECURITY", "amount", "10.00"),
                                    "FundsAllocated", source);
                }
            }
        }

        private void send(String path, Map<String, Object> body, String type, String record) {
            try {
                Api.Response answer = nodes.get(node).as("COORDINATOR").post(path, body);
                if (answer.status() == 200 || answer.status() == 201) {
                    acknowledged.add(new Acknowledged(answer.position(), type, record));
                } else {
                    refused.add(path + ": " + answer);
                }
            } catch (UncheckedIOException noAnswer) {
                // the node died with the request: it may or may not be recorded, and was not acknowledged
                unanswered.incrementAndGet();
                node = (node + 1) % nodes.size();
            }
        }
    }
}
