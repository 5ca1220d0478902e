package org.casebook.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The commits appended on each thread while it captures them; a capture inside another reports to both. */
final class ThreadAppendCapture implements AppendCapture {

    private final ThreadLocal<List<AppendedCommit>> captures = new ThreadLocal<>();

    @Override
    public <T> Captured<T> capturingAppends(Supplier<T> action) {
        List<AppendedCommit> outer = captures.get();
        List<AppendedCommit> appended = new ArrayList<>();
        captures.set(appended);
        try {
            T result = action.get();
            return new Captured<>(result, List.copyOf(appended));
        } finally {
            if (outer == null) {
                captures.remove();
            } else {
                outer.addAll(appended);
                captures.set(outer);
            }
        }
    }

    /** Called on the appending thread once the commit is durable. */
    void appended(Commit commit) {
        List<AppendedCommit> capture = captures.get();
        if (capture != null) {
            capture.add(AppendedCommit.of(commit));
        }
    }
}
