package org.casebook.query.audit;

import java.time.Clock;

import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.digest.DigestKey;
import org.casebook.journal.digest.DigestLog;
import org.casebook.journal.digest.DigestSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Signs the journal's head digest every {@code casebook.digests.every} and once at shutdown (when the head moved
 * since the last digest), so that a verification can prove the history up to each of them without anyone having
 * kept an anchor. Every process signs; processes sharing a key sign each head once.
 */
@Component
public class HeadDigests implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(HeadDigests.class);

    private final DigestSigner signer;

    public HeadDigests(JournalStorageEngine journal, DigestKey key, DigestLog digests, Clock clock) {
        this.signer = new DigestSigner(journal, key, digests, clock);
    }

    /** Signs the head (the launcher schedules it every {@code casebook.digests.every}). */
    public void sign() {
        try {
            signer.signHead().ifPresent(digest -> log.debug("signed the head digest {}:{}", digest.position(),
                                                             digest.hash()));
        } catch (RuntimeException e) {
            log.warn("could not sign the head digest; the next interval tries again", e);
        }
    }

    /** The last digest, of the head as this process leaves it; the journal and the store close after this. */
    @Override
    public void destroy() {
        sign();
    }
}
