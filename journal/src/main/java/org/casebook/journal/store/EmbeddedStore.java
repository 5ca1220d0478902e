package org.casebook.journal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.casebook.journal.GroupCommit;
import org.h2.mvstore.MVStore;

/**
 * The embedded store: an in-process MongoDB wire-protocol server (mongo-java-server) on an H2 MVStore file, for a
 * single machine, the demo and the tests. It listens on a loopback port only. Its writes become durable when the
 * MVStore commits; the journal forces that through {@link #durability()} before it acknowledges an append.
 */
public final class EmbeddedStore implements AutoCloseable {

    public static final String FILE_NAME = "casebook-store.mv";
    /** MVStore keeps 16 MB of pages by default; reading a long journal again (views, reports) then goes to disk. */
    private static final int CACHE_MB = 256;
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final MongoBackend backend;
    private final MongoServer server;
    private final String connectionString;
    private final MongoClient client;
    private final GroupCommit durability;

    private EmbeddedStore(MongoBackend backend, Runnable flush, String host, int port) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        server.bind(host, port);
        InetSocketAddress address = server.getLocalAddress();
        this.connectionString = "mongodb://" + address.getHostString() + ":" + address.getPort();
        this.client = MongoClients.create(MongoClientSettings.builder()
                                                             .applyConnectionString(new ConnectionString(connectionString))
                                                             .build());
        this.durability = new GroupCommit(flush);
    }

    /**
     * Opens (or creates, readable by its owner only) the store in {@code dataDirectory}; only one process may hold
     * it at a time.
     */
    public static EmbeddedStore open(Path dataDirectory, int port) {
        try {
            if (!Files.exists(dataDirectory) && POSIX) {
                Files.createDirectories(dataDirectory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createDirectories(dataDirectory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dataDirectory, e);
        }
        Path file = dataDirectory.resolve(FILE_NAME).toAbsolutePath();
        H2Backend backend;
        try {
            backend = new IndexedH2Backend(new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB).open());
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot open " + file
                    + ": is another Casebook using this data folder? (" + e.getMessage() + ")", e);
        }
        return new EmbeddedStore(backend, backend::commit, "127.0.0.1", port);
    }

    public static EmbeddedStore open(Path dataDirectory) {
        return open(dataDirectory, 0);
    }

    /** A store that lives in memory only, on the same MVStore engine as the file: for tests. */
    public static EmbeddedStore inMemory() {
        H2Backend backend = new IndexedH2Backend(MVStore.open(null));
        return new EmbeddedStore(backend, backend::commit, "127.0.0.1", 0);
    }

    /**
     * A store of plain objects in memory, with nothing to make durable: much faster, and gone when closed. For
     * tests that need volume rather than durability, and throwaway demos.
     */
    public static EmbeddedStore volatileMemory() {
        return new EmbeddedStore(new MemoryBackend(), () -> { }, "127.0.0.1", 0);
    }

    public MongoClient client() {
        return client;
    }

    /** Where other processes on this machine can reach the store. */
    public String connectionString() {
        return connectionString;
    }

    public GroupCommit durability() {
        return durability;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
        backend.close();
    }
}
