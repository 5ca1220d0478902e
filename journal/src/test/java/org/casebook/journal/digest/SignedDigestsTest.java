package org.casebook.journal.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.casebook.journal.testing.TestEvents.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.casebook.journal.CommitStore;
import org.casebook.journal.JournalHead;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.testing.Forgery;
import org.casebook.journal.testing.TestClock;
import org.casebook.journal.testing.TestStore;
import org.casebook.journal.verify.JournalVerifier;
import org.casebook.journal.verify.Problem;
import org.casebook.journal.verify.VerificationReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Casebook signs its head digests with a key kept outside the store, so a verification proves the history up to
 * each of them with no anchor kept by anyone: a head rewritten with every hash recomputed, a tail removed and an
 * edited digest are all found.
 */
class SignedDigestsTest {

    @TempDir
    Path keys;
    private final TestStore store = TestStore.fresh();
    private final MongoCollection<Document> stored = store.database().getCollection(DigestLog.COLLECTION);
    private JournalStorageEngine journal;
    private DigestKey key;
    private DigestLog log;
    private DigestSigner signer;

    @BeforeEach
    void writeAJournalAndSignItsHead() {
        journal = store.journal().build();
        key = DigestKey.loadOrCreate(keys.resolve(DigestKey.FILE_NAME));
        log = new DigestLog(store.database(), store.isReal());
        signer = new DigestSigner(journal, key, log, new TestClock(Instant.parse("2026-11-28T10:00:00Z")));
        for (int i = 0; i < 10; i++) {
            journal.appendEvents(List.of(event("case-a", i)));
            if (i == 4 || i == 9) {
                signer.signHead();
            }
        }
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void an_untouched_journal_holds_every_signed_digest() {
        VerificationReport report = verifier().verify(1, null, null);

        assertThat(report.problems()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(report.digests().checked()).isEqualTo(2);
        assertThat(report.digests().latest()).isEqualTo(10);
        assertThat(report.digests().signaturesChecked()).isTrue();
        assertThat(report.digests().keys()).containsExactly(key.publicKey().id());
    }

    @Test
    void a_head_rewritten_with_every_hash_recomputed_is_found_with_no_anchor_given() {
        Forgery.rewriteFrom(store.database(), 8, payload -> payload.replace("step", "stop"));

        assertThat(new JournalVerifier(commits(), store.isReal(), 100).verify(1, null, null).intact())
                .as("the chain alone cannot tell").isTrue();
        VerificationReport report = verifier().verify(1, null, null);

        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).extracting(Problem::kind, Problem::position)
                                     .containsExactly(tuple(Problem.Kind.DIGEST_BROKEN, 10L));
        assertThat(report.digests().latest()).isEqualTo(5);
    }

    @Test
    void the_tail_removed_after_a_signed_digest_is_found() {
        Forgery.removeFrom(store.database(), 9);

        VerificationReport report = verifier().verify(1, null, null);

        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).extracting(Problem::kind, Problem::position)
                                     .containsExactly(tuple(Problem.Kind.DIGEST_BEYOND_HEAD, 10L));
        assertThat(report.problems().get(0).detail()).contains("the journal ends at 8");
    }

    @Test
    void an_edited_digest_fails_its_signature() {
        stored.updateOne(new Document("position", 10L), Updates.set("hash", "ab".repeat(32)));

        VerificationReport report = verifier().verify(1, null, null);

        assertThat(report.problems()).extracting(Problem::kind, Problem::position)
                                     .containsExactly(tuple(Problem.Kind.DIGEST_SIGNATURE_INVALID, 10L));
    }

    @Test
    void a_digest_forged_with_another_key_is_not_trusted() {
        DigestKey forger = DigestKey.loadOrCreate(keys.resolve("forger.key"));
        Forgery.rewriteFrom(store.database(), 8, payload -> payload.replace("step", "stop"));
        stored.deleteMany(new Document("position", 10L));
        log.append(forger.sign(journalHead(), Instant.parse("2026-11-28T10:05:00Z")));

        VerificationReport report = verifier().verify(1, null, null);

        assertThat(report.problems()).extracting(Problem::kind)
                                     .containsExactly(Problem.Kind.DIGEST_SIGNATURE_INVALID);
        assertThat(report.problems().get(0).detail()).contains("not among the trusted keys");
    }

    @Test
    void without_a_key_digests_are_still_compared_with_the_journal() {
        Forgery.rewriteFrom(store.database(), 8, payload -> payload.replace("step", "stop"));

        VerificationReport report = new JournalVerifier(commits(), store.isReal(), 100)
                .withDigests(log, TrustedKeys.NONE).verify(1, null, null);

        assertThat(report.digests().signaturesChecked()).isFalse();
        assertThat(report.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.DIGEST_BROKEN);
    }

    @Test
    void a_head_that_did_not_move_is_not_signed_again() {
        assertThat(signer.signHead()).isEmpty();
        DigestSigner afterARestart = new DigestSigner(journal, DigestKey.loadOrCreate(key.file()), log,
                                                      new TestClock(Instant.parse("2026-11-28T11:00:00Z")));
        assertThat(afterARestart.signHead()).isEmpty();

        journal.appendEvents(List.of(event("case-b", 0)));

        assertThat(afterARestart.signHead()).map(SignedDigest::position).contains(11L);
        assertThat(log.all()).extracting(SignedDigest::position).containsExactly(5L, 10L, 11L);
    }

    @Test
    void the_key_is_kept_for_its_owner_only_and_read_back_the_same() throws Exception {
        DigestKey again = DigestKey.loadOrCreate(key.file());

        assertThat(again.publicKey()).isEqualTo(key.publicKey());
        assertThat(again.publicKey().id()).hasSize(16);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.file()))).isEqualTo("rw-------");
        assertThat(Files.readString(key.file())).startsWith("-----BEGIN PRIVATE KEY-----")
                                                .contains("-----BEGIN PUBLIC KEY-----");
        assertThat(DigestPublicKey.parse(key.publicKey().base64())).isEqualTo(key.publicKey());
        assertThat(DigestPublicKey.parse(key.publicKey().pem())).isEqualTo(key.publicKey());
    }

    @Test
    void the_signed_message_is_one_line_of_position_hash_and_time() {
        SignedDigest digest = key.sign(new JournalHead(1042, "51ab".repeat(16)), Instant.parse("2026-11-28T10:00:00Z"));

        assertThat(digest.message()).isEqualTo("casebook-digest-1|1042|" + "51ab".repeat(16)
                                                       + "|2026-11-28T10:00:00.000Z");
        assertThat(key.publicKey().verifies(digest)).isTrue();
        assertThat(key.publicKey().verifies(new SignedDigest(1043, digest.hash(), digest.time(), digest.signature(),
                                                             digest.key()))).isFalse();
    }

    private JournalVerifier verifier() {
        return new JournalVerifier(commits(), store.isReal(), 100)
                .withDigests(log, TrustedKeys.of(List.of(key.publicKey())));
    }

    private CommitStore commits() {
        return store.commits();
    }

    private JournalHead journalHead() {
        return store.journal().build().head();
    }
}
