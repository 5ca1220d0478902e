package org.casebook.journal;

/**
 * When a write is durable. On a MongoDB replica set, the journal's write concern (majority, journaled) makes it
 * durable before the insert returns; the embedded store needs an explicit commit, grouped by {@link GroupCommit}.
 */
public interface Durability {

    /** Durable as soon as the insert returns. */
    Durability BY_WRITE_CONCERN = new Durability() {
        @Override
        public long registerWrite() {
            return 0;
        }

        @Override
        public void awaitDurable(long ticket) {
        }
    };

    /** Called after each insert, in insert order; returns the ticket to wait for. */
    long registerWrite();

    /** Returns once the write with this ticket, and every earlier one, is durable. */
    void awaitDurable(long ticket);
}
