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

/**
 * Checks the journal against itself: every commit's hash is recomputed from its stored fields and must match, each
 * commit must name the hash of the one before it, positions must follow without gap or overlap, each case's
 * sequence numbers must count up by one, and the unique stream keys must match the events. Given an anchor (a
 * digest published earlier), it also proves the journal still holds exactly that history up to it.
 *
 * <p>It reads every commit once, in position order, and keeps only the last sequence number of each case.
 */
public final class JournalVerifier {

    public static final int MAX_PROBLEMS = 100;
    public static final int PROGRESS_EVERY = 10_000;
    /** How many commits that arrive ahead of their turn are held before the missing ones count as a gap. */
    private static final int REORDER_LIMIT = 10_000;

    private final CommitStore store;
    private final boolean positionOrder;
    private final int progressEvery;

    /**
     * @param positionOrder whether the store can return commits sorted by position (MongoDB); the embedded store
     *                      returns them in insertion order, which is position order
     * @param progressEvery how many commits between two progress reports
     */
    public JournalVerifier(CommitStore store, boolean positionOrder, int progressEvery) {
        this.store = store;
        this.positionOrder = positionOrder;
        this.progressEvery = progressEvery;
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
        private final TreeMap<Long, Document> early = new TreeMap<>();
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
            checkAnchor();
            long took = (System.nanoTime() - started) / 1_000_000;
            return new VerificationReport(problems.isEmpty() && problemsOmitted == 0, from,
                                          last == null ? from - 1 : last.lastPosition(),
                                          last == null ? previousHash : last.hash(), commits, events,
                                          lastSequence.size(), anchor, anchorHolds, List.copyOf(problems),
                                          problemsOmitted, took);
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
                anchorHolds = problems.stream().noneMatch(problem -> problem.position() <= anchor.position());
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
