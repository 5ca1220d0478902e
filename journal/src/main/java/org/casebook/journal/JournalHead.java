package org.casebook.journal;

/**
 * The digest of the journal: the position of its last event and the hash of the commit that holds it. Anyone
 * who publishes it can later prove that the journal up to that position is unchanged.
 */
public record JournalHead(long position, String hash) {

    public static final JournalHead EMPTY = new JournalHead(0, CanonicalForm.GENESIS_HASH);
}
