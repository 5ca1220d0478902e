package org.casebook.journal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
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
