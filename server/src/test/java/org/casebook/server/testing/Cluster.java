package org.casebook.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.casebook.journal.testing.TestStore;
import org.casebook.server.testing.CasebookProcess.Node;
import org.springframework.util.FileSystemUtils;

/**
 * Casebook nodes, each a JVM of its own, sharing one store over its wire port: the embedded store in a
 * {@link StoreProcess} of its own, or the MongoDB given with {@code -Dcasebook.test.mongo-uri} (in a database of its
 * own, dropped at the end). They have the test users and one digest key.
 */
public final class Cluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final Path folder;
    private final StoreProcess storeProcess;
    private final MongoClient client;
    private final MongoDatabase store;
    private final List<Node> nodes = new ArrayList<>();

    private Cluster(Path folder, StoreProcess storeProcess, String uri, String database) {
        this.folder = folder;
        this.storeProcess = storeProcess;
        this.client = MongoClients.create(uri);
        this.store = client.getDatabase(database);
    }

    /** Starts the store and {@code count} nodes with these properties and JVM options, and waits until all are ready. */
    public static Cluster start(int count, Map<String, String> properties, List<String> jvmOptions) {
        try {
            Path folder = Files.createTempDirectory("casebook-cluster-");
            String uri = TestStore.realMongoUri();
            StoreProcess storeProcess = null;
            if (uri == null) {
                storeProcess = StoreProcess.start(Files.createDirectories(folder.resolve("store")));
                uri = storeProcess.connectionString();
            }
            String database = "casebook_cluster_" + UUID.randomUUID().toString().replace("-", "");
            Cluster cluster = new Cluster(folder, storeProcess, uri, database);
            List<String> options = new ArrayList<>(List.of(
                    "--mongo-uri", uri, "--casebook.store.database=" + database,
                    "--casebook.security.demo-users=false",
                    "--casebook.digests.key-file=" + folder.resolve("digest-signing.key")));
            CasebookInstance.testUsers().forEach((key, value) -> options.add("--" + key + "=" + value));
            properties.forEach((key, value) -> options.add("--" + key + "=" + value));
            for (int i = 0; i < count; i++) {
                Path data = Files.createDirectories(folder.resolve("node-" + i));
                List<String> own = new ArrayList<>(options);
                own.addAll(List.of("--data", data.toString()));
                cluster.nodes.add(CasebookProcess.startNode(data, CasebookProcess.freePort(), jvmOptions, own));
                if (i == 0) {
                    // the first creates the digest key that the others read
                    cluster.nodes.get(0).awaitReady(START_TIMEOUT);
                }
            }
            cluster.nodes.forEach(node -> node.awaitReady(START_TIMEOUT));
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Node> alive() {
        return nodes.stream().filter(Node::isAlive).toList();
    }

    /** The nodes' database, to read what they claimed in the token store. */
    public Claims claims() {
        return new Claims(store, nodes);
    }

    @Override
    public void close() {
        nodes.forEach(Node::stop);
        if (storeProcess == null) {
            store.drop();
        }
        client.close();
        if (storeProcess != null) {
            storeProcess.close();
        }
        FileSystemUtils.deleteRecursively(folder.toFile());
    }
}
