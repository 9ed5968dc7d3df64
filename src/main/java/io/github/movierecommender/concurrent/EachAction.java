package io.github.movierecommender.concurrent;

import java.util.List;

/** Runs a list of actions where one failing must not keep the others from running. */
public final class EachAction {

    private EachAction() {
    }

    /** Runs every action in order, even when one before it fails; then throws the first failure, if any. */
    public static void run(List<Runnable> actions) {
        RuntimeException failed = null;
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
