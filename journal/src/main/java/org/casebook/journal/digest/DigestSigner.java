package org.casebook.journal.digest;

import java.time.Clock;
import java.util.Optional;

import org.casebook.journal.JournalHead;
import org.casebook.journal.JournalStorageEngine;

/**
 * Signs the journal's head digest and appends it to the digest log, unless the head has not moved since the last
 * digest this key signed (after a restart, the log says so). What the store holds afterwards can no longer be
 * rewritten up to that head without a verification finding it, even by someone who can change the store.
 */
public final class DigestSigner {

    private final JournalStorageEngine journal;
    private final DigestKey key;
    private final DigestLog log;
    private final Clock clock;
    private JournalHead lastSigned;

    public DigestSigner(JournalStorageEngine journal, DigestKey key, DigestLog log, Clock clock) {
        this.journal = journal;
        this.key = key;
        this.log = log;
        this.clock = clock;
    }

    /** The digest signed now, or empty when the journal is empty or its head was signed already. */
    public synchronized Optional<SignedDigest> signHead() {
        JournalHead head = journal.head();
        if (head.position() == 0 || head.equals(lastSigned) || log.holds(head.position(), key.publicKey().id())) {
            lastSigned = head;
            return Optional.empty();
        }
        SignedDigest digest = key.sign(head, clock.instant());
        lastSigned = head;
        return log.append(digest) ? Optional.of(digest) : Optional.empty();
    }
}
