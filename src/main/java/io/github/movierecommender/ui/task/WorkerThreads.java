package io.github.movierecommender.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The app's one executor for background work. */
public final class WorkerThreads {

    public static final String THREAD_NAME = "movie-recommender-worker";

    private WorkerThreads() {
    }

    /**
     * One daemon thread, so jobs run one after another and a cancelled load has finished winding
     * down before the next one starts, and the app can exit while a job is still running.
     */
    public static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(job -> {
            Thread thread = new Thread(job, THREAD_NAME);
            thread.setDaemon(true);
            return thread;
        });
    }
}
