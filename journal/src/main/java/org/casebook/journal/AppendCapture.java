package org.casebook.journal;

import java.util.List;
import java.util.function.Supplier;

/**
 * Tells the code that caused appends which commits they were: what a command's receipt is made of. With Axon's
 * simple command bus a command is handled, and its events appended, on the thread that sends it.
 */
public interface AppendCapture {

    /** Runs {@code action} and reports the commits it appended on this thread, once they are durable. */
    <T> Captured<T> capturingAppends(Supplier<T> action);

    record Captured<T>(T result, List<AppendedCommit> commits) {
    }
}
