package org.casebook.journal;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes writes durable by running a flush (such as an MVStore commit), shared by every writer waiting at the
 * time: the first waiter flushes for all writes registered so far, the others wait for it, so concurrent
 * appends cost one flush rather than one each.
 */
public final class GroupCommit implements Durability {

    private final Runnable flush;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition flushed = lock.newCondition();
    private long registered;
    private long durable;
    private boolean flushing;
    private long flushes;

    public GroupCommit(Runnable flush) {
        this.flush = flush;
    }

    @Override
    public long registerWrite() {
        lock.lock();
        try {
            return ++registered;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void awaitDurable(long ticket) {
        lock.lock();
        try {
            while (durable < ticket) {
                if (flushing) {
                    flushed.awaitUninterruptibly();
                    continue;
                }
                flushing = true;
                long target = registered;
                lock.unlock();
                boolean done = false;
                try {
                    flush.run();
                    done = true;
                } finally {
                    lock.lock();
                    flushing = false;
                    if (done) {
                        durable = Math.max(durable, target);
                        flushes++;
                    }
                    flushed.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many flushes ran; with concurrent writers, fewer than the writes. */
    public long flushes() {
        lock.lock();
        try {
            return flushes;
        } finally {
            lock.unlock();
        }
    }
}
