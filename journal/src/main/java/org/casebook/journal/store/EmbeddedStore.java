package org.casebook.journal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.casebook.journal.CommitStore;
import org.casebook.journal.GroupCommit;
import org.casebook.journal.MongoCommitStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store: an in-process MongoDB wire-protocol server (mongo-java-server) on an H2 MVStore file, for a
 * single machine, the demo and the tests. It listens on a loopback port only. Its writes become durable when the
 * MVStore commits; the journal forces that through {@link #durability()} before it acknowledges an append.
 *
 * <p>The MVStore's own background writer is off: with it, every commit hands its pages to two more threads and
 * waits for them, which doubled the time of an append on a busy machine. The store's committer commits instead,
 * in its own thread: whatever else was written (views, tokens) every {@value #COMMIT_EVERY_MS} ms, through the same
 * group commit the journal uses, and it rewrites chunks that became sparse as the background writer would.
 */
public final class EmbeddedStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);
    public static final String FILE_NAME = "casebook-store.mv";
    /**
     * MVStore keeps 16 MB of pages by default; reading a long journal again (views, reports) then goes to disk. An
     * eighth of the heap, up to 256 MB: the cache lives in the heap, and a server may run with 512 MB.
     */
    private static final int CACHE_MB =
            (int) Math.max(16, Math.min(256, Runtime.getRuntime().maxMemory() / 8 / (1024 * 1024)));
    public static final int COMMIT_EVERY_MS = 200;
    private static final int COMPACT_EVERY = 150;
    private static final int COMPACT_FILL_RATE = 80;
    private static final int COMPACT_WRITE_LIMIT = 16 * 1024 * 1024;
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final MongoBackend backend;
    private final MongoServer server;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String connectionString;
    private final String address;
    private final MongoClient client;
    private final GroupCommit durability;
    private final ScheduledExecutorService committer;

    private EmbeddedStore(MongoBackend backend, Runnable flush, String host, int port) {
        this.backend = backend;
        String token = HexFormat.of().formatHex(randomBytes());
        this.server = new MongoServer(new Gatekeeper(backend, token));
        server.bind(host, port);
        InetSocketAddress address = server.getLocalAddress();
        this.address = "mongodb://" + address.getHostString() + ":" + address.getPort();
        this.connectionString = this.address + "/?appName=" + token;
        this.client = MongoClients.create(MongoClientSettings.builder()
                                                             .applyConnectionString(new ConnectionString(connectionString))
                                                             .build());
        this.durability = new GroupCommit(flush);
        this.committer = backend instanceof H2Backend h2 && h2.getMvStore().getFileStore() != null
                ? startCommitter(h2.getMvStore()) : null;
    }

    private ScheduledExecutorService startCommitter(MVStore file) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "casebook-store-committer");
            thread.setDaemon(true);
            return thread;
        });
        AtomicLong ticks = new AtomicLong();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                if (file.hasUnsavedChanges()) {
                    durability.awaitDurable(durability.registerWrite());
                }
                if (ticks.incrementAndGet() % COMPACT_EVERY == 0) {
                    file.compact(COMPACT_FILL_RATE, COMPACT_WRITE_LIMIT);
                }
            } catch (Throwable e) {
                // A task that throws is never run again: the committer must outlive any failure, even an Error.
                if (!file.isClosed()) {
                    log.error("the embedded store could not commit in the background; it tries again", e);
                }
            }
        }, COMMIT_EVERY_MS, COMMIT_EVERY_MS, TimeUnit.MILLISECONDS);
        return scheduler;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return bytes;
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
            backend = new IndexedH2Backend(new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB)
                                                                  .autoCommitDisabled().open());
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

    /**
     * How to reach the store, with its access token: only for this process, or for the processes it is shared
     * with (see {@link #share}).
     */
    public String connectionString() {
        return connectionString;
    }

    /** Where the store listens, without its token: what may be printed. */
    public String address() {
        return address;
    }

    /** Removes what an earlier, shared opening wrote: its token is void anyway, but nothing should point to it. */
    static void unshare(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }

    /**
     * Opens the store to other processes of the same user: writes its connection string, token included, to
     * {@code file}, readable by its owner only. Without this, only the process that holds the store reaches it.
     */
    public void share(Path file) {
        try {
            Files.deleteIfExists(file);
            if (POSIX) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, connectionString + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the store's connection string to " + file, e);
        }
    }

    /**
     * The journal's commits in database {@code databaseName}, reached in-process: for the process that holds the
     * store; other processes reach them through the wire.
     */
    public CommitStore commits(String databaseName) {
        MVStore file = backend instanceof H2Backend h2 ? h2.getMvStore() : null;
        return new EmbeddedCommitStore(backend, file, databaseName,
                                       new MongoCommitStore(client.getDatabase(databaseName), false));
    }

    public GroupCommit durability() {
        return durability;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
        if (committer != null) {
            committer.shutdown();
            try {
                if (!committer.awaitTermination(10, TimeUnit.SECONDS)) {
                    log.warn("the embedded store's committer did not stop within 10 s; closing the store anyway");
                    committer.shutdownNow();
                }
            } catch (InterruptedException e) {
                committer.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        backend.close();
    }
}
