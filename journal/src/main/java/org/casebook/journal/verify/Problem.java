package org.casebook.journal.verify;

/** One thing verification found wrong, at the journal position where it shows. */
public record Problem(Kind kind, long position, String detail) {

    public enum Kind {
        /** A commit's stored hash is not the hash of its stored fields: it was changed after it was written. */
        ALTERED,
        /** A commit does not name the hash of the commit before it: a commit before it was removed or rewritten. */
        BROKEN_LINK,
        /** No commit holds these positions: commits were removed. */
        MISSING_POSITIONS,
        /** A commit starts inside the previous one. */
        OVERLAP,
        /** A case's sequence numbers skip or repeat. */
        SEQUENCE,
        /** A commit's unique stream keys do not match its events. */
        STREAM_KEYS,
        /** The head noted by writers, or the anchor given, is not in the journal: commits were removed at the end. */
        MISSING_HEAD,
        /** The anchor's position is there but its hash differs: the history up to it changed. */
        ANCHOR_MISMATCH,
        /** A document could not be read as a commit. */
        UNREADABLE,
        /**
         * The journal no longer holds, at a signed digest's position, the hash Casebook signed there: the history up
         * to it was rewritten (even if every hash after the change was recomputed).
         */
        DIGEST_BROKEN,
        /** A signed digest names a head beyond the journal's end: commits were removed at the end. */
        DIGEST_BEYOND_HEAD,
        /** A digest's signature does not verify with a trusted key (or names no such key): the digest log was edited. */
        DIGEST_SIGNATURE_INVALID
    }
}
