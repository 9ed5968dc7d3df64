package io.github.movierecommender.concurrent;

import java.util.concurrent.Executor;

/** Work on threads of its own that never keep the JVM from exiting. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Starts {@code work} on a new daemon thread called {@code name}. */
    public static void start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs each task it is given on a new daemon thread called {@code name}. */
    public static Executor named(String name) {
        return work -> start(name, work);
    }
}
