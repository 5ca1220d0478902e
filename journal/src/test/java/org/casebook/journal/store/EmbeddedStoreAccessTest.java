package org.casebook.journal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.EOFException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.ByteBuf;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store serves only the process that holds it: another local process that reaches its port without
 * the access token drawn at start is refused; sharing the store writes its connection string for the owner only.
 */
class EmbeddedStoreAccessTest {

    @TempDir
    Path data;

    @Test
    void a_client_without_the_token_is_refused_and_one_with_it_is_served() {
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            store.client().getDatabase("casebook").getCollection("probe").insertOne(new Document("_id", 1));

            assertThatThrownBy(() -> count(store.address())).isInstanceOf(MongoException.class);
            assertThatThrownBy(() -> count(store.address() + "/?appName=guessed")).isInstanceOf(MongoException.class);
            assertThat(count(store.connectionString())).isEqualTo(1);
            assertThat(store.connectionString()).startsWith(store.address() + "/?appName=");
        }
    }

    @Test
    void a_legacy_server_status_query_tells_a_stranger_nothing_about_the_process() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            Optional<Document> reply = legacyCommand(store.address(), new Document("serverStatus", 1));

            // closed unanswered, or answered with a refusal: either way without the host or the process
            reply.ifPresent(refusal -> {
                assertThat(refusal.get("ok")).isIn(0, 0.0);
                assertThat(refusal).doesNotContainKeys("host", "pid", "process", "version", "uptime");
            });
            Optional<Document> ping = legacyCommand(store.address(), new Document("ping", 1));
            assertThat(ping).hasValueSatisfying(pong -> assertThat(pong).containsOnlyKeys("ok"));
        }
    }

    @Test
    void each_opening_draws_a_new_token() {
        String first;
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            first = store.connectionString();
        }
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            assertThat(store.connectionString()).isNotEqualTo(first);
        }
    }

    @Test
    void a_shared_store_writes_its_connection_string_for_its_owner_only() throws Exception {
        try (Store store = Store.embedded(data, 0, "casebook", true)) {
            Path access = data.resolve(Store.ACCESS_FILE);

            assertThat(Files.readString(access).trim()).isEqualTo(store.embeddedConnectionString());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(access))).isEqualTo("rw-------");
            assertThat(store.description()).contains("shared").doesNotContain("appName");
        }
        try (Store store = Store.embedded(data, 0, "casebook")) {
            assertThat(store.description()).contains("only this process").doesNotContain("appName");
        }
    }

    /**
     * Sends one OP_QUERY command (the wire protocol's legacy form, sent before any handshake) and reads its reply;
     * empty when the store closes the connection instead.
     */
    private static Optional<Document> legacyCommand(String address, Document command) throws Exception {
        ConnectionString uri = new ConnectionString(address);
        String[] hostPort = uri.getHosts().get(0).split(":");
        ByteBuf encoded = new RawBsonDocument(command.toBsonDocument(), new BsonDocumentCodec()).getByteBuffer();
        byte[] query = new byte[encoded.remaining()];
        encoded.get(query);
        byte[] collection = "admin.$cmd\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer message = ByteBuffer.allocate(16 + 4 + collection.length + 8 + query.length)
                                       .order(ByteOrder.LITTLE_ENDIAN);
        message.putInt(message.capacity()).putInt(1).putInt(0).putInt(2004) // header: length, id, reply-to, OP_QUERY
               .putInt(0).put(collection).putInt(0).putInt(-1).put(query);
        try (Socket socket = new Socket(hostPort[0], Integer.parseInt(hostPort[1]))) {
            socket.setSoTimeout(2_000);
            socket.getOutputStream().write(message.array());
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] header = new byte[4];
            try {
                in.readFully(header);
            } catch (EOFException closed) {
                return Optional.empty();
            }
            byte[] rest = new byte[ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getInt() - 4];
            in.readFully(rest);
            int documentAt = 12 + 4 + 8 + 4 + 4; // rest of the header, flags, cursor, starting from, number returned
            return Optional.of(Document.parse(
                    new RawBsonDocument(Arrays.copyOfRange(rest, documentAt, rest.length)).toJson()));
        }
    }

    private static long count(String uri) {
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS)
                                                       .readTimeout(2, TimeUnit.SECONDS))
                .build();
        try (MongoClient client = MongoClients.create(settings)) {
            return client.getDatabase("casebook").getCollection("probe").countDocuments();
        }
    }
}
