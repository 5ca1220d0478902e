package org.casebook.journal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store reads the files mongo-java-server's own H2 backend writes (indexes in its order, documents
 * Java-serialized), and keeps its own documents as BSON, value for value.
 */
class EmbeddedStoreFileTest {

    @TempDir
    Path data;

    @Test
    void aFileWrittenByTheStockBackendIsFullyReadableAndStillUnique() {
        List<Long> ids = shuffled(2_000);
        H2Backend stock = new H2Backend(data.resolve(EmbeddedStore.FILE_NAME).toString());
        MongoServer server = new MongoServer(stock);
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server.bind()))) {
            MongoCollection<Document> things = client.getDatabase("test").getCollection("things");
            things.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            ids.forEach(id -> things.insertOne(new Document("_id", id).append("key", "key-" + id)));
        } finally {
            server.shutdownNow();
            stock.close();
        }

        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            MongoCollection<Document> things = store.client().getDatabase("test").getCollection("things");
            for (long id : ids) {
                assertEquals("key-" + id, things.find(new Document("_id", id)).first().getString("key"));
                assertEquals(id, things.find(new Document("key", "key-" + id)).first().getLong("_id"));
            }
            assertThrows(MongoWriteException.class, () -> things.insertOne(new Document("_id", ids.get(7))));
            assertThrows(MongoWriteException.class,
                         () -> things.insertOne(new Document("_id", -1L).append("key", "key-" + ids.get(9))));
            things.insertOne(new Document("_id", -2L).append("key", "new"));
            things.updateOne(new Document("_id", ids.get(3)), new Document("$set", new Document("changed", true)));
            assertEquals(ids.size() + 1, things.countDocuments());
        }

        // Pages now hold documents of both forms; they read back after another opening.
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            MongoCollection<Document> things = store.client().getDatabase("test").getCollection("things");
            for (long id : ids) {
                assertEquals("key-" + id, things.find(new Document("_id", id)).first().getString("key"));
            }
            assertEquals("new", things.find(new Document("_id", -2L)).first().getString("key"));
            assertEquals(true, things.find(new Document("_id", ids.get(3))).first().getBoolean("changed"));
        }
    }

    @Test
    void documentsOfEveryKindOfValueReadBackAsTheyWereWrittenAfterReopening() {
        Document written = new Document("_id", 1L)
                .append("text", "Khartoum — \u00e9t\u00e9 \ud83d\udcdd")
                .append("int", 7).append("long", 1L << 40).append("double", 2.5).append("flag", false)
                .append("nothing", null)
                .append("when", new java.util.Date(1_780_000_000_123L))
                .append("bytes", new org.bson.types.Binary(new byte[] {1, 2, 3}))
                .append("list", List.of("a", 1, List.of(2L)))
                .append("nested", new Document("events", List.of(new Document("id", "e1").append("sequence", 0L))));
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            store.client().getDatabase("test").getCollection("kinds").insertOne(written);
        }
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            assertEquals(written, store.client().getDatabase("test").getCollection("kinds").find().first());
        }
    }

    private static List<Long> shuffled(int count) {
        List<Long> ids = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < count; i++) {
            ids.add(random.nextLong());
        }
        Collections.shuffle(ids, random);
        return ids;
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
