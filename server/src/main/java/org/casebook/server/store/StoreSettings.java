package org.casebook.server.store;

import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Which store Casebook uses ({@code casebook.store}; defaults and meaning in {@code application.yml}): a MongoDB
 * replica set by its URI, or (URI empty) the embedded store on a port of 127.0.0.1, shared with other processes or
 * not, or kept in memory only ({@code volatile}).
 */
@ConfigurationProperties("casebook.store")
public record StoreSettings(String mongoUri, String database, int embeddedPort, @Name("volatile") boolean inMemory,
                            boolean embeddedShared) {

    public StoreSettings {
        Objects.requireNonNull(mongoUri, "casebook.store.mongo-uri is not set (empty: the embedded store)");
        Objects.requireNonNull(database, "casebook.store.database is not set");
    }
}
