package org.casebook.journal.testing;

import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import org.casebook.journal.CommitStore;
import org.casebook.journal.Durability;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.MongoCommitStore;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.store.Store;

/**
 * A fresh database for one test: on the in-memory embedded store, or on the real MongoDB named by the system
 * property {@code casebook.test.mongo-uri} (a new database per test, dropped afterwards).
 */
public final class TestStore implements AutoCloseable {

    public static final String MONGO_URI_PROPERTY = "casebook.test.mongo-uri";

    private final Store store;
    private final boolean throughTheWire;

    private TestStore(Store store, boolean throughTheWire) {
        this.store = store;
        this.throughTheWire = throughTheWire;
    }

    public static TestStore fresh() {
        return fresh(false);
    }

    /**
     * A fresh store whose journal reaches its commits through the driver even on the embedded store, as another
     * process holding no store does (the process that holds it reaches them in-process).
     */
    public static TestStore throughTheWire() {
        return fresh(true);
    }

    /** A fresh volatile store (plain objects, no MVStore), whose in-process journal finds commits by query. */
    public static TestStore volatileMemory() {
        String uri = realMongoUri();
        String name = newDatabaseName();
        return new TestStore(uri == null ? Store.volatileMemory(name) : Store.mongo(uri, name), false);
    }

    private static TestStore fresh(boolean throughTheWire) {
        String uri = realMongoUri();
        String name = newDatabaseName();
        return new TestStore(uri == null ? Store.inMemory(name) : Store.mongo(uri, name), throughTheWire);
    }

    private static String newDatabaseName() {
        return "casebook_test_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The real MongoDB to test against, or null to use the embedded store. */
    public static String realMongoUri() {
        String uri = System.getProperty(MONGO_URI_PROPERTY);
        return uri == null || uri.isBlank() ? null : uri;
    }

    public MongoDatabase database() {
        return store.database();
    }

    public boolean isReal() {
        return !store.isEmbedded();
    }

    /** The journal's commits, reached as the journal reaches them (in-process on the embedded store). */
    public CommitStore commits() {
        return throughTheWire ? new MongoCommitStore(database(), isReal()) : store.commits();
    }

    public Durability durability() {
        return store.durability();
    }

    /** A journal on this store for the published events, ready to build. */
    public JournalStorageEngine.Builder journal() {
        return journal(EventTypes.published());
    }

    public JournalStorageEngine.Builder journal(EventTypes eventTypes) {
        return store.journal().commits(commits()).serializer(JournalSerializer.create(eventTypes));
    }

    @Override
    public void close() {
        if (isReal()) {
            store.database().drop();
        }
        store.close();
    }
}
