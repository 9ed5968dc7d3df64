package io.github.movierecommender.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** What another thread's work failed with, thrown again on the thread that waited for it. */
public final class Causes {

    private Causes() {
    }

    /**
     * The value of {@code work} once done; what it failed with is thrown as itself, so that an
     * error such as running out of memory stays an error rather than a {@link CompletionException}.
     */
    public static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw unchecked(e.getCause());
        }
    }

    /**
     * {@code cause} itself when it is unchecked, to be thrown by the caller; an error is thrown here;
     * a checked exception comes wrapped in an {@link IllegalStateException}.
     */
    public static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
