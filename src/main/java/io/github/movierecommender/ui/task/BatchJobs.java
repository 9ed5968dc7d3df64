package io.github.movierecommender.ui.task;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Many small jobs, such as fetching the posters of a list, on an executor of their own so that
 * they never delay the lists, the loads or the saves; they are grouped in batches that are
 * cancelled together, as when the list changes. A job of a cancelled batch that has not started
 * never runs; one running sees {@link JobContext#isCancelled()} turn true; either way its outcome
 * hears {@link JobOutcome#cancelled()}. Use it from the JavaFX thread.
 */
public final class BatchJobs {

    private final Executor executor;
    private final Executor fxThread;

    /** Jobs run on {@code executor}; outcomes are delivered on {@code fxThread}. */
    public BatchJobs(Executor executor, Executor fxThread) {
        this.executor = executor;
        this.fxThread = fxThread;
    }

    /** A new batch, to submit jobs to and cancel together. */
    public Batch newBatch() {
        return new Batch();
    }

    /** Jobs cancelled together. */
    public final class Batch implements JobContext {
        private final AtomicBoolean cancelled = new AtomicBoolean();

        private Batch() {
        }

        /** Runs {@code job} once the executor is free, unless the batch is cancelled first. */
        public <T> void submit(BackgroundJob<T> job, JobOutcome<T> outcome) {
            if (cancelled.get()) {
                outcome.cancelled();
                return;
            }
            try {
                executor.execute(() -> run(job, outcome));
            } catch (RejectedExecutionException stopping) {
                outcome.cancelled();
            }
        }

        private <T> void run(BackgroundJob<T> job, JobOutcome<T> outcome) {
            if (cancelled.get()) {
                fxThread.execute(outcome::cancelled);
                return;
            }
            try {
                T result = job.run(this);
                deliver(() -> outcome.succeeded(result), outcome);
            } catch (Exception | Error error) {
                deliver(() -> outcome.failed(error), outcome);
            }
        }

        private void deliver(Runnable ended, JobOutcome<?> outcome) {
            fxThread.execute(() -> {
                if (cancelled.get()) {
                    outcome.cancelled();
                } else {
                    ended.run();
                }
            });
        }

        /** Stops every job of the batch: those waiting never run. */
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public void reportProgress(double fraction) {
        }

        @Override
        public void reportMessage(String message) {
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
