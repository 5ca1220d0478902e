package org.casebook.journal.store;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.casebook.journal.CommitStore;
import org.casebook.journal.Durability;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.MongoCommitStore;

/**
 * The store Casebook runs on: the embedded store (in a data folder, or in memory for tests), or a MongoDB replica
 * set given by its URI, where writes are acknowledged by a majority. Opens the journal on it with the matching
 * durability.
 */
public final class Store implements AutoCloseable {

    private final EmbeddedStore embedded;
    private final MongoClient client;
    private final String databaseName;
    /** The file, in the data folder, that holds a shared embedded store's connection string. */
    public static final String ACCESS_FILE = "store-access";
    private final String description;

    private Store(EmbeddedStore embedded, MongoClient client, String databaseName, String description) {
        this.embedded = embedded;
        this.client = client;
        this.databaseName = databaseName;
        this.description = description;
    }

    /** The embedded store in a data folder, reachable by this process only. */
    public static Store embedded(Path dataDirectory, int port, String databaseName) {
        return embedded(dataDirectory, port, databaseName, false);
    }

    /**
     * The embedded store in a data folder; {@code shared} opens it to other processes of the same user, which find
     * its connection string in {@value #ACCESS_FILE} in the data folder.
     */
    public static Store embedded(Path dataDirectory, int port, String databaseName, boolean shared) {
        EmbeddedStore store = EmbeddedStore.open(dataDirectory, port);
        Path access = dataDirectory.resolve(ACCESS_FILE).toAbsolutePath().normalize();
        if (shared) {
            store.share(access);
        } else {
            EmbeddedStore.unshare(access);
        }
        return new Store(store, store.client(), databaseName, "embedded store in "
                + dataDirectory.toAbsolutePath().normalize() + " (listening on " + store.address()
                + (shared ? "; shared: other processes find its connection string in " + access
                          : "; only this process may use it") + ")");
    }

    public static Store inMemory(String databaseName) {
        EmbeddedStore store = EmbeddedStore.inMemory();
        return new Store(store, store.client(), databaseName, "embedded store in memory");
    }

    /** Nothing kept on disk: for tests that need volume, and throwaway demos. */
    public static Store volatileMemory(String databaseName) {
        EmbeddedStore store = EmbeddedStore.volatileMemory();
        return new Store(store, store.client(), databaseName, "volatile store in memory (nothing is kept)");
    }

    public static Store mongo(String uri, String databaseName) {
        return new Store(null, MongoClients.create(uri), databaseName,
                         "MongoDB at " + uri.replaceAll("//[^@/]*@", "//***@"));
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /**
     * How the embedded store is reached, its access token included: for processes this one shares it with; null on
     * MongoDB (they use its URI).
     */
    public String embeddedConnectionString() {
        return isEmbedded() ? embedded.connectionString() : null;
    }

    public MongoClient client() {
        return client;
    }

    public MongoDatabase database() {
        return client.getDatabase(databaseName);
    }

    public String databaseName() {
        return databaseName;
    }

    /** How appends become durable: the embedded store's group commit, or the replica set's write concern. */
    public Durability durability() {
        return isEmbedded() ? embedded.durability() : Durability.BY_WRITE_CONCERN;
    }

    /**
     * The journal's commits: in-process on the embedded store this process holds, through the driver with
     * majority concerns on MongoDB.
     */
    public CommitStore commits() {
        return isEmbedded() ? embedded.commits(databaseName) : new MongoCommitStore(database(), true);
    }

    /** A journal on this store's commits, with the durability that fits the store. */
    public JournalStorageEngine.Builder journal() {
        return JournalStorageEngine.builder().commits(commits()).durability(durability());
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        if (isEmbedded()) {
            embedded.close();
        } else {
            client.close();
        }
    }
}
