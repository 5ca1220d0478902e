package org.casebook.kernel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waits for a query's answer and lets its handler's own failure through, rather than the future's wrapper of it. */
public final class Queries {

    private Queries() {
    }

    public static <T> T answer(CompletableFuture<T> query) {
        try {
            return query.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }
}
