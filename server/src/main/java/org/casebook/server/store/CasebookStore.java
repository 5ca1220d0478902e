package org.casebook.server.store;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.casebook.journal.Durability;
import org.casebook.journal.store.EmbeddedStore;

/**
 * The store Casebook runs on: the embedded store in a data folder (the default), or a MongoDB replica set given
 * by its URI, where writes are acknowledged by a majority.
 */
public final class CasebookStore implements AutoCloseable {

    private final EmbeddedStore embedded;
    private final MongoClient client;
    private final String databaseName;
    private final String description;

    private CasebookStore(EmbeddedStore embedded, MongoClient client, String databaseName, String description) {
        this.embedded = embedded;
        this.client = client;
        this.databaseName = databaseName;
        this.description = description;
    }

    public static CasebookStore embedded(Path dataDirectory, int port, String databaseName) {
        EmbeddedStore store = EmbeddedStore.open(dataDirectory, port);
        return new CasebookStore(store, store.client(), databaseName, "embedded store in "
                + dataDirectory.toAbsolutePath().normalize() + " (listening on " + store.connectionString() + ")");
    }

    public static CasebookStore mongo(String uri, String databaseName) {
        return new CasebookStore(null, MongoClients.create(uri), databaseName,
                                 "MongoDB at " + uri.replaceAll("//[^@/]*@", "//***@"));
    }

    public boolean isEmbedded() {
        return embedded != null;
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
