package org.casebook.journal.store;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.casebook.journal.Durability;
import org.casebook.journal.JournalStorageEngine;

/**
 * The store Casebook runs on: the embedded store (in a data folder, or in memory for tests), or a MongoDB replica
 * set given by its URI, where writes are acknowledged by a majority. Opens the journal on it with the matching
 * durability.
 */
public final class Store implements AutoCloseable {

    private final EmbeddedStore embedded;
    private final MongoClient client;
    private final String databaseName;
    private final String description;

    private Store(EmbeddedStore embedded, MongoClient client, String databaseName, String description) {
        this.embedded = embedded;
        this.client = client;
        this.databaseName = databaseName;
        this.description = description;
    }

    public static Store embedded(Path dataDirectory, int port, String databaseName) {
        EmbeddedStore store = EmbeddedStore.open(dataDirectory, port);
        return new Store(store, store.client(), databaseName, "embedded store in "
                + dataDirectory.toAbsolutePath().normalize() + " (listening on " + store.connectionString() + ")");
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

    /** Where other processes on this machine reach the embedded store; null on MongoDB (they use its URI). */
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

    /** A journal on this store's database, with the durability and read/write concerns that fit the store. */
    public JournalStorageEngine.Builder journal() {
        return JournalStorageEngine.builder().database(database()).majority(!isEmbedded()).durability(durability());
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
