package org.casebook.journal.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.bson.Document;
import org.casebook.journal.CanonicalForm;
import org.casebook.journal.Commit;
import org.casebook.journal.CommitDocuments;
import org.casebook.journal.CommitStore;
import org.casebook.journal.StoredEvent;
import org.casebook.journal.accesslog.AccessLogReport;
import org.casebook.journal.accesslog.AccessLogStore;
import org.casebook.journal.accesslog.AccessLogVerifier;
import org.casebook.journal.digest.DigestLog;
import org.casebook.journal.digest.DigestPublicKey;
import org.casebook.journal.digest.SignedDigest;
import org.casebook.journal.digest.TrustedKeys;

/**
 * Checks the journal against itself: every commit's hash is recomputed from its stored fields and must match, each
 * commit must name the hash of the one before it, positions must follow without gap or overlap, each case's
 * sequence numbers must count up by one, and the unique stream keys must match the events. Given an anchor (a
 * digest published earlier), it also proves the journal still holds exactly that history up to it.
 *
 * <p>Given the digest log, it does so for every digest Casebook signed, without anyone having kept one: each
 * digest's signature must verify with a trusted key (else the digest log was edited), and the commit ending at
 * its position must still have its hash (else the history up to it was rewritten, even with every hash
 * recomputed); a digest beyond the journal's end means commits were removed there. Given the access log, it
 * verifies the access log's own chain too ({@link AccessLogVerifier}).
 *
 * <p>It reads every commit once, in position order, and keeps only the last sequence number of each case and the
 * digests still to meet.
 *
 * @param positionOrder whether the store can return commits sorted by position (MongoDB); the embedded store returns
 *                      them in insertion order, which is position order
 * @param progressEvery how many commits between two progress reports
 * @param digestLog     the signed digests to check as well, or null
 * @param trustedKeys   the keys whose signatures the digests must carry ({@link TrustedKeys#NONE}: not checked)
 * @param accessLog     the access log whose chain to check as well, or null
 */
public record JournalVerifier(CommitStore store, boolean positionOrder, int progressEvery, DigestLog digestLog,
                              TrustedKeys trustedKeys, AccessLogStore accessLog) {

    public static final int MAX_PROBLEMS = 100;
    public static final int PROGRESS_EVERY = 10_000;
    /** How many commits that arrive ahead of their turn are held before the missing ones count as a gap. */
    private static final int REORDER_LIMIT = 10_000;

    /** A verifier of the journal alone. */
    public JournalVerifier(CommitStore store, boolean positionOrder, int progressEvery) {
        this(store, positionOrder, progressEvery, null, TrustedKeys.NONE, null);
    }

    /**
     * This verifier checking every signed digest in {@code log} as well, their signatures with {@code keys}
     * ({@link TrustedKeys#NONE}: the digests are compared with the journal, their signatures not checked).
     */
    public JournalVerifier withDigests(DigestLog log, TrustedKeys keys) {
        return new JournalVerifier(store, positionOrder, progressEvery, log, keys, accessLog);
    }

    /** This verifier checking the access log's chain as well. */
    public JournalVerifier withAccessLog(AccessLogStore log) {
        return new JournalVerifier(store, positionOrder, progressEvery, digestLog, trustedKeys, log);
    }

    /**
     * Verifies from position {@code from} (1 for the whole journal) to the head. An anchor is proven from the
     * start only: it vouches for the whole history up to it.
     */
    public VerificationReport verify(long from, Anchor anchor, Consumer<Progress> progress) {
        if (anchor != null && from > 1) {
            throw new IllegalArgumentException("an anchor is proven from position 1, not from " + from);
        }
        return new Run(Math.max(1, from), anchor, progress).run();
    }

    private final class Run {
        private final long from;
        private final Anchor anchor;
        private final Consumer<Progress> progress;
        private final long started = System.nanoTime();
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Long> lastSequence = new HashMap<>();
        private final Map<String, Long> streamsByType = new TreeMap<>();
        private final TreeMap<Long, Document> early = new TreeMap<>();
        /** The digests whose commit is still to come, by position. */
        private final TreeMap<Long, List<SignedDigest>> digestsDue = new TreeMap<>();
        private long digestsChecked;
        private Long latestDigestHeld;
        private long problemsOmitted;
        private long expected;
        private String previousHash;
        private Commit last;
        private long commits;
        private long events;
        private Boolean anchorHolds;

        Run(long from, Anchor anchor, Consumer<Progress> progress) {
            this.from = from;
            this.anchor = anchor;
            this.progress = progress;
        }

        VerificationReport run() {
            long start = startingCommit();
            expected = start;
            // read before the journal: every digest then names a head the journal had reached, so the read finds it
            readDigests(start);
            for (Document document : store.documentsFrom(start, positionOrder)) {
                long position = ((Number) document.get("_id")).longValue();
                if (position > expected) {
                    early.put(position, document);
                    if (early.size() > REORDER_LIMIT) {
                        check(early.pollFirstEntry().getValue());
                    }
                    continue;
                }
                check(document);
                while (!early.isEmpty() && early.firstKey() <= expected) {
                    check(early.pollFirstEntry().getValue());
                }
            }
            while (!early.isEmpty()) {
                check(early.pollFirstEntry().getValue());
            }
            checkHead();
            checkDigestsLeft();
            checkAnchor();
            AccessLogReport accessLogReport = accessLog == null ? null : new AccessLogVerifier(accessLog).verify();
            long took = (System.nanoTime() - started) / 1_000_000;
            DigestCheck digests = digestLog == null ? null
                    : new DigestCheck(digestsChecked, latestDigestHeld, !trustedKeys.isEmpty(), trustedKeys.ids());
            boolean intact = problems.isEmpty() && problemsOmitted == 0
                    && (accessLogReport == null || accessLogReport.intact());
            return new VerificationReport(intact, from, last == null ? from - 1 : last.lastPosition(),
                                          last == null ? previousHash : last.hash(), commits, events,
                                          new VerificationReport.Streams(lastSequence.size(),
                                                                         new TreeMap<>(streamsByType)),
                                          anchor, anchorHolds, digests, List.copyOf(problems),
                                          problemsOmitted, accessLogReport, took);
        }

        /**
         * Reads the digests a verification from {@code start} can meet, each due at its commit (where its signature
         * is checked too, so that the checks spread over the read and its progress shows).
         */
        private void readDigests(long start) {
            if (digestLog == null) {
                return;
            }
            DigestLog.Contents contents = digestLog.from(start);
            for (String id : contents.unreadable()) {
                report(Problem.Kind.DIGEST_SIGNATURE_INVALID, 0, "the digest document " + id + " is no longer a "
                        + "digest (a field is missing or of another type): the digest log was edited");
            }
            for (SignedDigest digest : contents.digests()) {
                digestsDue.computeIfAbsent(digest.position(), p -> new ArrayList<>()).add(digest);
            }
        }

        /** Whether the digest is signed by a trusted key (always, without keys); a digest that is not proves nothing. */
        private boolean signed(SignedDigest digest) {
            digestsChecked++;
            if (trustedKeys.isEmpty()) {
                return true;
            }
            Optional<DigestPublicKey> key = trustedKeys.find(digest.key());
            if (key.isEmpty()) {
                report(Problem.Kind.DIGEST_SIGNATURE_INVALID, digest.position(), "the digest of " + digest.position()
                        + " signed at " + digest.timeText() + " names the key " + digest.key() + ", which is not "
                        + "among the trusted keys " + trustedKeys.ids() + ": the digest log was edited, or that key "
                        + "is not configured as trusted");
                return false;
            }
            if (!key.get().verifies(digest)) {
                report(Problem.Kind.DIGEST_SIGNATURE_INVALID, digest.position(), "the digest of " + digest.position()
                        + " signed at " + digest.timeText() + " does not verify with key " + digest.key()
                        + ": the digest log was edited");
                return false;
            }
            return true;
        }

        /** The digests of the commit just checked: the journal must still hold the hash they signed. */
        private void checkDigests(Commit commit) {
            List<SignedDigest> due = digestsDue.remove(commit.lastPosition());
            if (due == null) {
                return;
            }
            for (SignedDigest digest : due) {
                if (!signed(digest)) {
                    continue;
                }
                if (digest.hash().equals(commit.hash())) {
                    latestDigestHeld = latestDigestHeld == null ? digest.position()
                                                                : Math.max(latestDigestHeld, digest.position());
                } else {
                    report(Problem.Kind.DIGEST_BROKEN, digest.position(), "Casebook signed hash " + digest.hash()
                            + " for position " + digest.position() + " at " + digest.timeText()
                            + ", but the commit ending there now has hash " + commit.hash()
                            + ": the history up to " + digest.position() + " was rewritten");
                }
            }
        }

        /** Digests no commit ended at: inside a commit (the history was rewritten), or beyond the journal's end. */
        private void checkDigestsLeft() {
            long end = last == null ? from - 1 : last.lastPosition();
            for (List<SignedDigest> due : digestsDue.values()) {
                for (SignedDigest digest : due) {
                    if (!signed(digest)) {
                        continue;
                    }
                    if (digest.position() > end) {
                        report(Problem.Kind.DIGEST_BEYOND_HEAD, digest.position(), "Casebook signed the head "
                                + digest.position() + " at " + digest.timeText() + ", but the journal ends at " + end
                                + ": commits were removed at the end");
                    } else {
                        report(Problem.Kind.DIGEST_BROKEN, digest.position(), "Casebook signed hash "
                                + digest.hash() + " for position " + digest.position() + " at " + digest.timeText()
                                + ", but no commit ends there now: the history up to it was rewritten");
                    }
                }
            }
            digestsDue.clear();
        }

        /** The first position of the commit holding {@code from}, and the hash it must follow. */
        private long startingCommit() {
            if (from <= 1) {
                previousHash = CanonicalForm.GENESIS_HASH;
                return 1;
            }
            Optional<Commit> first = store.containing(from, 128);
            Optional<Commit> before = first.flatMap(commit -> commit.position() > 1
                    ? store.containing(commit.position() - 1, 128) : Optional.empty());
            previousHash = before.map(Commit::hash).orElse(first.map(Commit::previousHash).orElse(null));
            return first.map(Commit::position).orElse(from);
        }

        private void check(Document document) {
            long position = ((Number) document.get("_id")).longValue();
            Commit commit;
            try {
                commit = CommitDocuments.fromDocument(document);
            } catch (RuntimeException e) {
                report(Problem.Kind.UNREADABLE, position, "the document at " + position + " is not a commit: "
                        + e.getMessage());
                expected = Math.max(expected, position + 1);
                return;
            }
            if (position < expected) {
                report(Problem.Kind.OVERLAP, position, "a commit starts at " + position
                        + ", inside the commit before it, which ends at " + (expected - 1));
            } else if (position > expected) {
                report(Problem.Kind.MISSING_POSITIONS, expected, "no commit holds "
                        + (position - 1 > expected ? "positions " + expected + " to " + (position - 1)
                                                   : "position " + expected) + ": commits were removed");
            }
            if (previousHash != null && !previousHash.equals(commit.previousHash())) {
                report(Problem.Kind.BROKEN_LINK, position, "the commit at " + position + " follows hash "
                        + commit.previousHash() + ", but the commit before it has hash " + previousHash
                        + ": the history before " + position + " was changed");
            }
            String recomputed = commit.recomputedHash();
            if (!recomputed.equals(commit.hash())) {
                report(Problem.Kind.ALTERED, position, "the commit at " + position + " was changed after it was "
                        + "written: stored hash " + commit.hash() + ", hash of its stored fields " + recomputed);
            }
            if (!commit.streamKeys().equals(storedStreamKeys(document))) {
                report(Problem.Kind.STREAM_KEYS, position, "the stream keys of the commit at " + position
                        + " do not match its events");
            }
            checkSequences(commit, position);
            checkDigests(commit);
            previousHash = commit.hash();
            expected = Math.max(expected, commit.lastPosition() + 1);
            last = commit;
            commits++;
            events += commit.events().size();
            if (progress != null && commits % progressEvery == 0) {
                double seconds = (System.nanoTime() - started) / 1e9;
                long head = Math.max(store.headHint().orElse(0L), commit.lastPosition());
                progress.accept(new Progress(commit.lastPosition(), head, commits, events, commits / seconds));
            }
        }

        private void checkSequences(Commit commit, long position) {
            for (StoredEvent event : commit.events()) {
                if (event.aggregateId() == null) {
                    continue;
                }
                Long previous = lastSequence.get(event.aggregateId());
                long wanted = previous == null ? (from <= 1 ? 0 : event.sequence()) : previous + 1;
                if (event.sequence() != wanted) {
                    report(Problem.Kind.SEQUENCE, position, "case " + event.aggregateId() + " has sequence number "
                            + event.sequence() + " at position " + position + " where " + wanted + " was due");
                }
                if (previous == null) {
                    streamsByType.merge(String.valueOf(event.aggregateType()), 1L, Long::sum);
                }
                lastSequence.put(event.aggregateId(),
                                 previous == null ? event.sequence() : Math.max(previous, event.sequence()));
            }
        }

        private void checkHead() {
            long noted = store.headHint().orElse(0L);
            if (last != null && noted > last.position()) {
                report(Problem.Kind.MISSING_HEAD, noted, "writers noted a commit at " + noted + ", but the journal "
                        + "ends at " + last.lastPosition() + ": commits were removed at the end");
            }
        }

        private void checkAnchor() {
            if (anchor == null) {
                return;
            }
            Optional<Commit> holding = store.containing(anchor.position(), 128);
            if (holding.isEmpty() || holding.get().lastPosition() != anchor.position()) {
                anchorHolds = false;
                report(Problem.Kind.MISSING_HEAD, anchor.position(), "no commit ends at the anchor's position "
                        + anchor.position() + ": the history up to it is not all there");
            } else if (!holding.get().hash().equals(anchor.hash())) {
                anchorHolds = false;
                report(Problem.Kind.ANCHOR_MISMATCH, anchor.position(), "the commit ending at " + anchor.position()
                        + " has hash " + holding.get().hash() + ", not the anchor's " + anchor.hash());
            } else {
                // the digest log's own problems say nothing about the history the anchor vouches for
                anchorHolds = problems.stream().noneMatch(problem -> problem.position() <= anchor.position()
                        && problem.kind() != Problem.Kind.DIGEST_SIGNATURE_INVALID);
            }
        }

        private void report(Problem.Kind kind, long position, String detail) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(new Problem(kind, position, detail));
            } else {
                problemsOmitted++;
            }
        }
    }

    private static List<String> storedStreamKeys(Document document) {
        List<String> keys = document.getList(CommitDocuments.STREAM_KEYS, String.class);
        return keys == null ? List.of() : keys;
    }
}
