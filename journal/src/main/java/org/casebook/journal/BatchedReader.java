package org.casebook.journal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator over the journal that fetches a batch whenever the previous one is used up. */
abstract class BatchedReader<T> implements Iterator<T> {

    protected final Deque<T> buffer = new ArrayDeque<>();
    private boolean exhausted;

    /** Fills {@link #buffer} with the next batch; returns false when there is nothing more to read. */
    protected abstract boolean fetch();

    @Override
    public final boolean hasNext() {
        if (buffer.isEmpty() && !exhausted) {
            exhausted = !fetch();
        }
        return !buffer.isEmpty();
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.poll();
    }
}
