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
 * head that is, its latest rebuild since the server started (running or ended), and how many events it holds
 * parked. The same {@link ViewProgress}, {@link ViewRebuilds} and {@link DeadLetters} the admin API answers from.
 */
@Component
public record ViewStates(JournalStorageEngine journal, ViewProgress progress, ViewRebuilds rebuilds,
                         DeadLetters deadLetters) {

    /**
     * One view: where it is, how many positions behind the head, its latest rebuild (or null), its parked events, and
     * how many of its segments this node processes.
     */
    public record ViewState(String view, long position, long lag, ViewRebuilds.Progress rebuild, long parked,
                            int segmentsHere) {

        public boolean rebuilding() {
            return rebuild != null && rebuild.state().equals("RUNNING");
        }
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
        return new ViewState(view, position, Math.max(0, head.position() - position),
                             rebuilds.progress(view).orElse(null), deadLetters.parked(view),
                             progress.segmentsHere(view));
    }
}
