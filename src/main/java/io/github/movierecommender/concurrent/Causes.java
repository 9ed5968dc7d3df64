package io.github.movierecommender.concurrent;

/** What another thread's work failed with, thrown again on the thread that waited for it. */
public final class Causes {

    private Causes() {
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
