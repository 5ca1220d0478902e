package org.casebook.server.digests;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code casebook.digests.every}: how often the head digest is signed (and once at shutdown). {@code key-file}: the
 * signing key, outside the store; empty means {@code digest-signing.key} in the data folder (on MongoDB too,
 * where the folder holds nothing else). {@code trusted-keys}: public keys (base64 or PEM) whose digests a
 * verification accepts besides this server's own: those of other processes with keys of their own, and keys used
 * before this one.
 */
@ConfigurationProperties(prefix = "casebook.digests")
public record DigestProperties(Duration every, String keyFile, List<String> trustedKeys) {

    public DigestProperties {
        Objects.requireNonNull(every, "casebook.digests.every is not set");
        keyFile = keyFile == null ? "" : keyFile.trim();
        trustedKeys = trustedKeys == null ? List.of() : List.copyOf(trustedKeys);
    }
}
