package org.casebook.server.store;

import java.nio.file.Path;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code casebook.data-dir} (default in {@code application.yml}): the folder of the embedded store, the demo users'
 * passwords and, unless configured elsewhere, the digest-signing key.
 */
@ConfigurationProperties("casebook")
public record DataFolder(Path dataDir) {

    public DataFolder {
        Objects.requireNonNull(dataDir, "casebook.data-dir is not set");
    }
}
