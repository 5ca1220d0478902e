package org.casebook.journal;

/**
 * Told how long each append took, stored or not: how the server times appends (its metrics) without the journal
 * knowing of any metrics library.
 */
@FunctionalInterface
public interface AppendObserver {

    /** Tells nothing to nobody: the journal of a command line, a test, a benchmark. */
    AppendObserver NONE = (nanos, stored) -> {
    };

    /** An append took {@code nanos}; {@code stored}: its commit is durable (false: it failed, nothing was stored). */
    void appended(long nanos, boolean stored);
}
