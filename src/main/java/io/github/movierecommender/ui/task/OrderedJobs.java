package io.github.movierecommender.ui.task;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * A channel where every request runs, one after another in the order submitted, such as the
 * saving of each rating the user gives: unlike {@link LatestJobs}, nothing is dropped. It runs on
 * the app's background executor beside {@link BackgroundTasks#run}, without its progress or its
 * cancel button; outcomes are delivered in order. Use it from the JavaFX thread.
 */
public final class OrderedJobs {

    private final Executor executor;
    private final Executor fxThread;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

    OrderedJobs(Executor executor, Executor fxThread) {
        this.executor = executor;
        this.fxThread = fxThread;
    }

    /**
     * Runs {@code job} after every job submitted before it. A job submitted once the app is
     * stopping (its executor shut down) never runs and is heard as cancelled.
     */
    public <T> void submit(BackgroundJob<T> job, JobOutcome<T> outcome) {
        Runnable call = () -> {
            try {
                T result = job.run(NO_CONTEXT);
                fxThread.execute(() -> outcome.succeeded(result));
            } catch (Exception | Error error) {
                fxThread.execute(() -> outcome.failed(error));
            }
        };
        waiting.add(call);
        try {
            executor.execute(this::runNext);
        } catch (RejectedExecutionException stopping) {
            if (waiting.remove(call)) {
                outcome.cancelled();
            }
        }
    }

    /** Each submission queues one call, and each call runs the oldest waiting job, so order is kept. */
    private void runNext() {
        Runnable next = waiting.poll();
        if (next != null) {
            next.run();
        }
    }

    /** For jobs that report nothing and are never cancelled. */
    static final JobContext NO_CONTEXT = new JobContext() {
        @Override
        public void reportProgress(double fraction) {
        }

        @Override
        public void reportMessage(String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
