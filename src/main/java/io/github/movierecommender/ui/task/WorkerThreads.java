package io.github.movierecommender.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The app's executors: long background work, saving what the user enters, training, and quick requests. */
public final class WorkerThreads {

    public static final String THREAD_NAME = "movie-recommender-worker";
    public static final String SAVES_THREAD_NAME = "movie-recommender-saves";
    public static final String SIDE_THREAD_NAME = "movie-recommender-training";
    public static final String QUICK_THREAD_NAME = "movie-recommender-lists";
    public static final String POSTER_THREAD_NAME = "movie-recommender-posters";
    public static final String HEAP_THREAD_NAME = "heap-return";
    /** Posters fetched at once: few, to be gentle with TMDB and the cores. */
    private static final int POSTER_THREADS = 2;

    private WorkerThreads() {
    }

    /**
     * One daemon thread, so jobs run one after another and a cancelled load has finished winding
     * down before the next one starts, and the app can exit while a job is still running.
     */
    public static ExecutorService newExecutor() {
        return singleDaemonThread(THREAD_NAME);
    }

    /**
     * One daemon thread for saves, so they run one after another in the order made and never
     * wait behind long work; the app waits for them as it closes (see {@link SaveJobs#finish}).
     */
    public static ExecutorService newSaveExecutor() {
        return singleDaemonThread(SAVES_THREAD_NAME);
    }

    /**
     * One daemon thread for long side jobs such as training a method, so that they never hold up
     * the lists or a load, and run one after another rather than share the cores.
     */
    public static ExecutorService newSideExecutor() {
        return singleDaemonThread(SIDE_THREAD_NAME);
    }

    /**
     * One daemon thread for quick requests where only the latest counts (lists, details, the
     * user picker), so that they never wait behind a load or an evaluation.
     */
    public static ExecutorService newQuickExecutor() {
        return singleDaemonThread(QUICK_THREAD_NAME);
    }

    /** Two daemon threads for fetching posters ({@link BatchJobs}), so that they never delay the lists or the saves. */
    public static ExecutorService newPosterExecutor() {
        return Executors.newFixedThreadPool(POSTER_THREADS, job -> {
            Thread thread = new Thread(job, POSTER_THREAD_NAME);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * One daemon thread of low priority that writes dataset snapshots after a load, so that they
     * never delay the lists; a write cut short by the app's end leaves no snapshot, only a
     * temporary file that clearing the snapshots removes.
     */
    public static ExecutorService newSnapshotExecutor() {
        return Executors.newSingleThreadExecutor(job -> {
            Thread thread = new Thread(job, "snapshot-writer");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /**
     * One daemon thread that changes the heap's settings beside the JavaFX thread (loading the JVM's
     * management classes takes tens of milliseconds), one change after another in the order asked:
     * a dataset's opening keeps the heap, its end lets it be returned.
     */
    public static ExecutorService newHeapExecutor() {
        return singleDaemonThread(HEAP_THREAD_NAME);
    }

    private static ExecutorService singleDaemonThread(String name) {
        return Executors.newSingleThreadExecutor(job -> {
            Thread thread = new Thread(job, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
