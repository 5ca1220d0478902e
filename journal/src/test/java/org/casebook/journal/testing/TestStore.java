package org.casebook.journal.testing;

import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.casebook.journal.Durability;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.store.EmbeddedStore;

/**
 * A fresh database for one test: on the in-memory embedded store, or on the real MongoDB named by the system
 * property {@code casebook.test.mongo-uri} (a new database per test, dropped afterwards).
 */
public final class TestStore implements AutoCloseable {

    public static final String MONGO_URI_PROPERTY = "casebook.test.mongo-uri";

    private final EmbeddedStore embedded;
    private final MongoClient client;
    private final MongoDatabase database;
    private final boolean real;

    private TestStore(EmbeddedStore embedded, MongoClient client, String databaseName, boolean real) {
        this.embedded = embedded;
        this.client = client;
        this.database = client.getDatabase(databaseName);
        this.real = real;
    }

    public static TestStore fresh() {
        String databaseName = "casebook_test_" + UUID.randomUUID().toString().replace("-", "");
        String uri = realMongoUri();
        if (uri != null) {
            return new TestStore(null, MongoClients.create(uri), databaseName, true);
        }
        EmbeddedStore store = EmbeddedStore.inMemory();
        return new TestStore(store, store.client(), databaseName, false);
    }

    /** The real MongoDB to test against, or null to use the embedded store. */
    public static String realMongoUri() {
        String uri = System.getProperty(MONGO_URI_PROPERTY);
        return uri == null || uri.isBlank() ? null : uri;
    }

    public MongoDatabase database() {
        return database;
    }

    public boolean isReal() {
        return real;
    }

    public Durability durability() {
        return real ? Durability.BY_WRITE_CONCERN : embedded.durability();
    }

    /** A journal on this store for the published events, ready to build. */
    public JournalStorageEngine.Builder journal() {
        return journal(EventTypes.published());
    }

    public JournalStorageEngine.Builder journal(EventTypes eventTypes) {
        return JournalStorageEngine.builder()
                                   .database(database)
                                   .majority(real)
                                   .durability(durability())
                                   .serializer(JournalSerializer.create(eventTypes));
    }

    @Override
    public void close() {
        if (real) {
            database.drop();
            client.close();
        } else {
            embedded.close();
        }
    }
}
