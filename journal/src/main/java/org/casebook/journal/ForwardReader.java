package org.casebook.journal;

import java.util.List;

import org.axonframework.eventhandling.TrackedEventData;

/** Reads the journal forward from a position, in global order, as Axon's tracking processors consume it. */
final class ForwardReader extends BatchedReader<TrackedEventData<?>> {

    private final CommitStore store;
    private final int window;
    private final int batch;
    private long after;
    private boolean started;

    ForwardReader(CommitStore store, long after, int window, int batch) {
        this.store = store;
        this.after = after;
        this.window = window;
        this.batch = batch;
    }

    @Override
    protected boolean fetch() {
        List<Commit> commits;
        if (started) {
            commits = store.following(after, window, batch);
        } else {
            started = true;
            // A token may stop inside a commit: resume within it.
            commits = store.containing(after + 1, window).map(List::of).orElse(List.of());
        }
        for (Commit commit : commits) {
            long position = commit.position();
            for (StoredEvent event : commit.events()) {
                if (position > after) {
                    buffer.add(EventData.tracked(position, commit.recordedAt(), event));
                }
                position++;
            }
            after = commit.lastPosition();
        }
        return !commits.isEmpty();
    }
}
