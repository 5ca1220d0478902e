package org.casebook.journal.accesslog;

/**
 * One thing verification found wrong in the access log, naming the entry: its position ({@code entry}), or, for a
 * document without one, its stored id in the detail.
 */
public record AccessLogProblem(Kind kind, Long entry, String detail) {

    public enum Kind {
        /** An entry's stored hash is not the hash of its stored fields: it was changed after it was written. */
        ALTERED,
        /** No entry holds these positions: entries were removed. */
        MISSING,
        /** An entry does not name the hash of the entry before it: that entry was replaced. */
        BROKEN_LINK,
        /** A document without a place in the chain, recorded after the chain began: it was put there by hand. */
        NOT_IN_CHAIN
    }
}
