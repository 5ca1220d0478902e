package org.casebook.query;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.springframework.stereotype.Component;

/**
 * One lock per view: its live processor holds the read lock while it handles a batch of events, and a rebuild
 * takes the write lock to switch generations between two batches.
 */
@Component
public class ViewLocks {

    private final Map<String, ReentrantReadWriteLock> locks = new ConcurrentHashMap<>();

    public ReentrantReadWriteLock of(String view) {
        return locks.computeIfAbsent(view, name -> new ReentrantReadWriteLock());
    }
}
