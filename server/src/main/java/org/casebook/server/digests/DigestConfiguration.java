package org.casebook.server.digests;

import java.nio.file.Path;
import java.time.Duration;

import org.casebook.journal.digest.DigestKey;
import org.casebook.journal.digest.DigestLog;
import org.casebook.journal.digest.DigestPublicKey;
import org.casebook.journal.digest.TrustedKeys;
import org.casebook.journal.store.Store;
import org.casebook.query.audit.HeadDigests;
import org.casebook.server.store.DataFolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/**
 * Where the key that signs head digests is kept (a file outside the store, created at first start), where the
 * digests go, and which public keys a verification trusts.
 */
@Configuration
public class DigestConfiguration {

    /** After the store: the embedded store creates the data folder readable by its owner only. */
    @Bean
    DigestKey digestKey(Store store, DigestProperties properties, DataFolder folder) {
        return DigestKey.loadOrCreate(keyFile(properties, folder.dataDir()));
    }

    @Bean
    DigestLog digestLog(Store store) {
        return new DigestLog(store.database(), !store.isEmbedded());
    }

    @Bean
    TrustedKeys trustedKeys(DigestKey key, DigestProperties properties) {
        return TrustedKeys.of(key.publicKey(), properties.trustedKeys().stream().map(DigestPublicKey::parse).toList());
    }

    /** Signs the head digest every {@code casebook.digests.every}, the first time one interval after start. */
    @Bean
    SchedulingConfigurer headDigestSigning(HeadDigests heads, DigestProperties properties) {
        Duration every = properties.every();
        return tasks -> tasks.addFixedDelayTask(new FixedDelayTask(heads::sign, every, every));
    }

    public static Path keyFile(DigestProperties properties, Path dataDirectory) {
        return properties.keyFile().isEmpty() ? dataDirectory.resolve(DigestKey.FILE_NAME) : Path.of(properties.keyFile());
    }
}
