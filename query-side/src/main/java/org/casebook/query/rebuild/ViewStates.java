package org.casebook.query.rebuild;

import java.util.List;

import org.casebook.journal.JournalHead;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.query.ViewProgress;
import org.casebook.query.catalog.ViewCatalog;
import org.casebook.query.deadletters.DeadLetters;
import org.springframework.stereotype.Component;

/**
 * How every view stands against the journal, for an admin: the position it has processed and how far behind the
 * head that is, on the whole and for each segment on the node processing it, its latest rebuild (running or ended),
 * and how many events it holds parked. The same {@link ViewProgress}, {@link ViewRebuilds} and {@link DeadLetters} the admin API answers from.
 */
@Component
public record ViewStates(JournalStorageEngine journal, ViewProgress progress, ViewRebuilds rebuilds,
                         DeadLetters deadLetters) {

    /**
     * One view: where it is, how many positions behind the head, its latest rebuild (or null), its parked events, how
     * many of its segments this node processes, and each segment on the node processing it.
     */
    public record ViewState(String view, long position, long lag, ViewRebuilds.Progress rebuild, long parked,
                            int segmentsHere, List<SegmentState> segments) {

        public boolean rebuilding() {
            return rebuild != null && rebuild.state().equals("RUNNING");
        }
    }

    /**
     * One segment of a view: the node processing it ({@code null} while none does), the position it has reached and
     * how far behind the head that is.
     */
    public record SegmentState(int segment, String node, long position, long lag) {
    }

    /** The journal's head (its position and hash) and every view, in the catalog's order. */
    public record Overview(long head, String headHash, List<ViewState> views) {
    }

    public Overview overview() {
        JournalHead head = journal.head();
        return new Overview(head.position(), head.hash(), ViewCatalog.NAMES.stream().map(view -> of(view, head)).toList());
    }

    /** How {@code view} stands; refused ({@code InvalidInput}) if it names no view. */
    public ViewState of(String view) {
        return of(ViewCatalog.known(view), journal.head());
    }

    private ViewState of(String view, JournalHead head) {
        long position = progress.position(view);
        List<SegmentState> segments = progress.segments(view).stream()
                .map(s -> new SegmentState(s.segment(), s.node(), s.position(), lag(head, s.position()))).toList();
        return new ViewState(view, position, lag(head, position), rebuilds.progress(view).orElse(null),
                             deadLetters.parked(view), progress.segmentsHere(view), segments);
    }

    private static long lag(JournalHead head, long position) {
        return Math.max(0, head.position() - position);
    }
}
