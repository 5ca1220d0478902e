package org.casebook.journal.accesslog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.casebook.journal.CanonicalForm;

/**
 * Checks the access log against itself: every entry's hash is recomputed from its stored fields, each entry must
 * name the hash of the one before it, and positions must follow from 1 without gap.
 *
 * <p>Entries recorded before the chain existed have no hash. They count as "before the chain" when both their
 * time and their ObjectId's time lie no later than the first entry of the chain: nothing proves them, and the
 * report says how many there are. A document without a hash that is younger than the chain's start is named as
 * not in the chain: it was put there behind Casebook's back.
 */
public final class AccessLogVerifier {

    public static final int MAX_PROBLEMS = 100;

    private record Link(long position, Instant at, String previousHash, String hash, boolean altered) {
    }

    private record Unchained(String id, Instant at, Instant created, String user, String action) {
    }

    private final AccessLogStore store;

    public AccessLogVerifier(AccessLogStore store) {
        this.store = store;
    }

    public AccessLogReport verify() {
        TreeMap<Long, Link> chain = new TreeMap<>();
        List<Unchained> unchained = new ArrayList<>();
        for (Document document : store.documents()) {
            AccessEntry entry = AccessLogStore.fromDocument(document);
            if (entry.chained()) {
                chain.put(entry.position(), new Link(entry.position(), entry.at(), entry.previousHash(), entry.hash(),
                                                     !recomputes(entry)));
            } else {
                Object id = document.get("_id");
                unchained.add(new Unchained(String.valueOf(id), entry.at(),
                                            id instanceof ObjectId objectId ? objectId.getDate().toInstant() : null,
                                            entry.user(), entry.action()));
            }
        }
        // an entry whose time was removed cannot vouch for the entries before the chain: then none is before it
        Instant chainStart = chain.isEmpty() ? null : chain.values().stream().map(Link::at).filter(Objects::nonNull)
                                                           .findFirst().orElse(Instant.MIN);
        return new Run(chainStart).check(chain, unchained);
    }

    private static boolean recomputes(AccessEntry entry) {
        if (entry.at() == null || entry.details().values().stream().anyMatch(value -> !AccessLogForm.isDetail(value))) {
            return false;
        }
        return AccessLogForm.hash(entry.previousHash() == null ? CanonicalForm.GENESIS_HASH : entry.previousHash(),
                                  entry.position(), entry.at(), entry.user(), entry.role(), entry.action(),
                                  entry.details())
                            .equals(entry.hash());
    }

    private static final class Run {
        private final Instant chainStart;
        private final List<AccessLogProblem> problems = new ArrayList<>();
        private long omitted;

        Run(Instant chainStart) {
            this.chainStart = chainStart;
        }

        AccessLogReport check(TreeMap<Long, Link> chain, List<Unchained> unchained) {
            long expected = 1;
            String previousHash = CanonicalForm.GENESIS_HASH;
            Link last = null;
            for (Link link : chain.values()) {
                long position = link.position();
                if (position > expected) {
                    report(AccessLogProblem.Kind.MISSING, expected, "no entry holds "
                            + (position - 1 > expected ? "positions " + expected + " to " + (position - 1)
                                                       : "position " + expected) + ": entries were removed");
                } else if (!previousHash.equals(link.previousHash())) {
                    report(AccessLogProblem.Kind.BROKEN_LINK, position, "entry " + position + " follows hash "
                            + link.previousHash() + ", but the entry before it has hash " + previousHash
                            + ": the entry before " + position + " was replaced");
                }
                if (link.altered()) {
                    report(AccessLogProblem.Kind.ALTERED, position, "entry " + position + " was changed after it "
                            + "was written: its stored hash is not the hash of its stored fields");
                }
                previousHash = link.hash();
                expected = position + 1;
                last = link;
            }
            long beforeChain = 0;
            for (Unchained entry : unchained) {
                if (chainStart == null || notAfterStart(entry.at()) && createdBeforeStart(entry.created())) {
                    beforeChain++;
                } else {
                    report(AccessLogProblem.Kind.NOT_IN_CHAIN, null, "the document " + entry.id() + " ("
                            + entry.action() + " by " + entry.user() + " at " + entry.at() + ") has no place in "
                            + "the chain, which began at " + chainStart + ": it was added behind Casebook's back");
                }
            }
            return new AccessLogReport(problems.isEmpty() && omitted == 0, chain.size(),
                                       last == null ? 0 : last.position(),
                                       last == null ? CanonicalForm.GENESIS_HASH : last.hash(), beforeChain,
                                       List.copyOf(problems), omitted);
        }

        private boolean notAfterStart(Instant at) {
            return at != null && !at.isAfter(chainStart);
        }

        /** ObjectIds keep whole seconds, so their time is judged to the second. */
        private boolean createdBeforeStart(Instant created) {
            return created != null && created.getEpochSecond() <= chainStart.getEpochSecond();
        }

        private void report(AccessLogProblem.Kind kind, Long entry, String detail) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(new AccessLogProblem(kind, entry, detail));
            } else {
                omitted++;
            }
        }
    }
}
