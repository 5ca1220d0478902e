package org.casebook.query.reporting;

import java.time.Instant;

import org.casebook.journal.Commit;
import org.casebook.journal.JournalHead;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.kernel.refusal.InvalidInput;
import org.springframework.stereotype.Component;

/** The journal points reports are built from: always the end of a commit, with that commit's hash. */
@Component
public record ReportPoints(JournalStorageEngine journal) {

    private static final int SEARCH_WINDOW = 64;

    /**
     * The journal's head, or {@code asOf}, taken back to the end of the last commit that ends there or before (a
     * commit is never split).
     */
    public ReportPoint point(Long asOf) {
        JournalHead head = journal.head();
        if (asOf == null || asOf == head.position()) {
            return new ReportPoint(head.position(), head.hash());
        }
        if (asOf > head.position()) {
            throw new InvalidInput("asOf", "the journal ends at position " + head.position());
        }
        return below(asOf);
    }

    /** The end of the last commit that ends at {@code position} or before, which must not be past the head. */
    public ReportPoint below(long position) {
        if (position < 1) {
            return new ReportPoint(0, JournalHead.EMPTY.hash());
        }
        Commit commit = containing(position);
        return commit.lastPosition() == position ? new ReportPoint(position, commit.hash())
                : below(commit.position() - 1);
    }

    /** When the record stood as at {@code point}: when its last commit was recorded (null for an empty journal). */
    public Instant stoodAt(ReportPoint point) {
        return point.position() == 0 ? null : containing(point.position()).recordedAt();
    }

    private Commit containing(long position) {
        return journal.commitStore().containing(position, SEARCH_WINDOW).orElseThrow(
                () -> new IllegalStateException("no commit holds position " + position + " below the head"));
    }
}
