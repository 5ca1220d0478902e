package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.casebook.journal.json.JournalJson;
import org.casebook.journal.testing.TestStore;
import org.casebook.query.ViewProgress;
import org.casebook.query.catalog.ViewCatalog;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.CasebookProcess;
import org.casebook.server.testing.CasebookProcess.Node;
import org.casebook.server.testing.StoreProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Three Casebook nodes, each a JVM of its own, share one store over its wire port (the embedded store in a process
 * of its own, or the MongoDB given with {@code -Dcasebook.test.mongo-uri}). Under a load of decisions, deployments
 * and allocations sent through all three, the node that holds the views' segments is killed with SIGKILL. The
 * others take its segments over within the claim timeout (plus their look for unclaimed segments), nothing
 * acknowledged is lost, the chain verifies, every view equals a fresh fold of the journal, the handover deadlines
 * that pass meanwhile are each recorded once, and the killed node starts again and serves reads.
 */
class NodeLossTest {

    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(5);
    /** How often a node looks for unclaimed segments: Axon's token claim interval, which Casebook leaves as it is. */
    private static final Duration CLAIM_INTERVAL = Duration.ofSeconds(5);
    /** What a loaded machine may add to the takeover (the new owner's first batch, a slow store). */
    private static final Duration SLACK = Duration.ofSeconds(10);
    private static final Duration ESCALATE_AFTER = Duration.ofSeconds(12);
    private static final Duration LAPSE_AFTER = Duration.ofSeconds(30);
    private static final Duration GENEROUS = Duration.ofMinutes(2);
    private static final int CLIENTS = 6;
    private static final int WRITES_PER_CLIENT = 45;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Serializer TOKENS = JacksonSerializer.builder().objectMapper(JournalJson.newMapper()).build();

    private Path folder;
    private StoreProcess storeProcess;
    private MongoClient client;
    private MongoDatabase store;
    private final List<Node> nodes = new ArrayList<>();

    /** What a client was told: a write acknowledged at a journal position, of an entry of this type. */
    private record Acknowledged(long position, String type, String record) {
    }

    @BeforeEach
    void startThreeNodesOnOneStore() throws IOException {
        folder = Files.createTempDirectory("casebook-node-loss-");
        String database = "casebook_nodes_" + UUID.randomUUID().toString().replace("-", "");
        String uri = TestStore.realMongoUri();
        if (uri == null) {
            storeProcess = StoreProcess.start(Files.createDirectories(folder.resolve("store")));
            uri = storeProcess.connectionString();
        }
        client = MongoClients.create(uri);
        store = client.getDatabase(database);
        List<String> options = new ArrayList<>(List.of(
                "--mongo-uri", uri, "--casebook.store.database=" + database,
                "--casebook.security.demo-users=false",
                "--casebook.digests.key-file=" + folder.resolve("digest-signing.key"),
                "--casebook.views.claim-timeout=" + CLAIM_TIMEOUT.toSeconds() + "s",
                "--casebook.handovers.deadline-check=200ms",
                "--casebook.handovers.escalate-after=" + ESCALATE_AFTER.toSeconds() + "s",
                "--casebook.handovers.lapse-after=" + LAPSE_AFTER.toSeconds() + "s"));
        CasebookInstance.testUsers().forEach((key, value) -> options.add("--" + key + "=" + value));
        for (int i = 0; i < 3; i++) {
            Path data = Files.createDirectories(folder.resolve("node-" + i));
            List<String> own = new ArrayList<>(options);
            own.addAll(List.of("--data", data.toString()));
            nodes.add(CasebookProcess.startNode(data, CasebookProcess.freePort(), CasebookProcess.QUICK_START, own));
            if (i == 0) {
                // the first creates the digest key that the others read
                nodes.get(0).awaitReady(GENEROUS);
            }
        }
        nodes.forEach(node -> node.awaitReady(GENEROUS));
    }

    @AfterEach
    void stopAll() {
        nodes.forEach(Node::stop);
        if (client != null) {
            if (storeProcess == null) {
                store.drop();
            }
            client.close();
        }
        if (storeProcess != null) {
            storeProcess.close();
        }
        FileSystemUtils.deleteRecursively(folder.toFile());
    }

    @Test
    void a_node_killed_under_load_loses_no_acknowledged_write_and_the_others_take_its_views_over()
            throws Exception {
        Api coordinator = nodes.get(1).as("COORDINATOR");
        String handedOver = coordinator.post("/api/crises", Bodies.openCase()).id();
        Api.Response proposed = coordinator.post("/api/crises/" + handedOver + "/handovers",
                                                 Bodies.handover(CasebookInstance.FIELD_BODY, "2027-03-01"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);

        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        AtomicInteger unanswered = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> load = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Client each = new Client(c, coordinator, acknowledged, refused, unanswered);
            load.add(clients.submit(each::run));
        }
        awaitAtLeast(acknowledged, CLIENTS * WRITES_PER_CLIENT / 3);

        Node victim = holderOfMostClaims();
        assertThat(claimsOf(victim)).as("the node killed holds segments").isPositive();
        long headAtKill = coordinator.head();
        victim.kill();
        List<Node> survivors = nodes.stream().filter(Node::isAlive).toList();
        Duration takeover = awaitTakeover(survivors, headAtKill);
        System.out.println("NodeLossTest: the survivors took the killed node's segments over and reached position "
                                   + headAtKill + " in " + takeover.toMillis() + " ms (claim timeout "
                                   + CLAIM_TIMEOUT.toSeconds() + " s)");
        assertThat(takeover).isLessThanOrEqualTo(CLAIM_TIMEOUT.plus(CLAIM_INTERVAL).plus(SLACK));

        for (Future<?> client : load) {
            client.get();
        }
        clients.shutdown();
        assertThat(refused).as("answers other than an acknowledgement").isEmpty();
        assertThat(acknowledged.size() + unanswered.get()).isEqualTo(CLIENTS * WRITES_PER_CLIENT);
        Api auditor = survivors.get(0).as("AUDITOR");
        long head = auditor.head();

        Map<Long, Set<String>> journal = entryTypesByPosition(auditor);
        assertThat(acknowledged).allSatisfy(write -> assertThat(journal.get(write.position())).as(write.toString())
                                                                                             .contains(write.type()));
        JsonNode verification = auditor.awaitFinal(auditor.get("/api/journal/verify?waitSeconds=30"), GENEROUS).json();
        assertThat(verification.at("/report/intact").asBoolean()).as(verification.toString()).isTrue();
        awaitViewsAt(head);
        JsonNode checks = auditor.get("/api/audit/views/check").json();
        assertThat(checks.get("hold").asBoolean()).as(checks.toString()).isTrue();

        awaitEntry(auditor, handedOver, "HandoverLapsed");
        Thread.sleep(1_000);
        assertThat(entries(auditor, handedOver, "HandoverEscalated")).isEqualTo(1);
        assertThat(entries(auditor, handedOver, "HandoverLapsed")).isEqualTo(1);

        victim.start();
        victim.awaitReady(GENEROUS);
        long last = auditor.head();
        assertThat(victim.as("REPORTER").get("/api/crises?after=" + last).status()).isEqualTo(200);
        assertThat(victim.as("COORDINATOR").caseFile(handedOver, last).toString()).contains(handedOver);
        assertThat(ownersAreAlive()).isTrue();
    }

    /** One client: writes through one node, and through the next when that one stops answering (as a proxy would). */
    private final class Client {

        private final int number;
        private final ConcurrentLinkedQueue<Acknowledged> acknowledged;
        private final ConcurrentLinkedQueue<String> refused;
        private final AtomicInteger unanswered;
        private final String kase;
        private final String responder;
        private final String source;
        private int node;

        Client(int number, Api setup, ConcurrentLinkedQueue<Acknowledged> acknowledged,
               ConcurrentLinkedQueue<String> refused, AtomicInteger unanswered) {
            this.number = number;
            this.acknowledged = acknowledged;
            this.refused = refused;
            this.unanswered = unanswered;
            this.node = number % nodes.size();
            kase = setup.post("/api/crises", Bodies.openCase()).id();
            responder = setup.post("/api/responders", Bodies.responder("Responder " + number, "ACTIVE",
                                                                       List.of("elections"))).id();
            source = setup.post("/api/funding-sources", Map.of("authority", "Overseas Contingency Operations " + number,
                                                               "fiscalYear", 2027, "cap", "1000000.00")).id();
        }

        void run() {
            for (int i = 0; i < WRITES_PER_CLIENT; i++) {
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

    private static void awaitAtLeast(ConcurrentLinkedQueue<Acknowledged> acknowledged, int count)
            throws InterruptedException {
        Instant giveUp = Instant.now().plus(GENEROUS);
        while (acknowledged.size() < count) {
            assertThat(Instant.now()).as("waiting for " + count + " acknowledged writes").isBefore(giveUp);
            Thread.sleep(20);
        }
    }

    /** The node whose name holds the most segment claims in the token store. */
    private Node holderOfMostClaims() {
        return nodes.stream().max((a, b) -> Long.compare(claimsOf(a), claimsOf(b))).orElseThrow();
    }

    private long claimsOf(Node node) {
        return tokens().stream().filter(token -> node.pid() == ownerPid(token)).count();
    }

    /**
     * How long until every segment of every processor (each view, the handover deadlines) is claimed by a node
     * still alive and every view has stored a position at least {@code position}; fails after a generous wait.
     */
    private Duration awaitTakeover(List<Node> survivors, long position) throws InterruptedException {
        Instant killed = Instant.now();
        Instant giveUp = killed.plus(GENEROUS);
        while (!ownersAreAlive() || ViewCatalog.NAMES.stream().anyMatch(view -> storedPosition(view) < position)) {
            assertThat(Instant.now()).as("takeover by " + survivors.size() + " nodes").isBefore(giveUp);
            Thread.sleep(50);
        }
        return Duration.between(killed, Instant.now());
    }

    private boolean ownersAreAlive() {
        Set<Long> alive = new HashSet<>();
        nodes.stream().filter(Node::isAlive).forEach(node -> alive.add(node.pid()));
        return tokens().stream().allMatch(token -> alive.contains(ownerPid(token)));
    }

    private long storedPosition(String view) {
        return ViewProgress.storedPosition(store, TOKENS, view);
    }

    private void awaitViewsAt(long head) throws InterruptedException {
        Instant giveUp = Instant.now().plus(GENEROUS);
        while (ViewCatalog.NAMES.stream().anyMatch(view -> storedPosition(view) < head)) {
            assertThat(Instant.now()).as("views at " + head).isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    private List<Document> tokens() {
        return store.getCollection(ViewProgress.TOKENS).find().into(new ArrayList<>());
    }

    /** The process id a claim's owner name begins with ({@code pid@host#...}), or -1 for a segment not claimed. */
    private static long ownerPid(Document token) {
        String owner = token.getString("owner");
        return owner == null ? -1 : Long.parseLong(owner.substring(0, owner.indexOf('@')));
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

    private static int entries(Api auditor, String record, String type) {
        String journal = auditor.get("/api/journal/export?case=" + record).body();
        return journal.split("\"type\":\"" + type + "\"", -1).length - 1;
    }

    private static void awaitEntry(Api auditor, String record, String type) throws InterruptedException {
        Instant giveUp = Instant.now().plus(GENEROUS);
        while (entries(auditor, record, type) == 0) {
            assertThat(Instant.now()).as(record + " has no " + type).isBefore(giveUp);
            Thread.sleep(200);
        }
    }
}
