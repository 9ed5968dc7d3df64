package io.github.movierecommender.ui.task;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;

/**
 * Long jobs that run beside the others, each with its own progress and cancel, such as training a
 * recommendation method: they run on an executor of their own, so the quick lists and the
 * one-at-a-time jobs of {@link BackgroundTasks} never wait behind them. Use it from the JavaFX thread.
 */
public final class SideJobs {

    private static final int PROGRESS_STEPS = 100;

    private final Executor executor;
    private final Executor fxThread;

    SideJobs(Executor executor, Executor fxThread) {
        this.executor = executor;
        this.fxThread = fxThread;
    }

    /**
     * Starts {@code job}; {@code progress} hears each whole percent it reports, on the JavaFX
     * thread. A job asked to stop ends as {@link JobOutcome#cancelled()}, whatever it threw; so
     * does one started once the app is stopping (its executor shut down), which never runs.
     */
    public <T> SideJob start(BackgroundJob<T> job, DoubleConsumer progress, JobOutcome<T> outcome) {
        SideContext context = new SideContext(progress);
        try {
            executor.execute(() -> {
                try {
                    T result = job.run(context);
                    fxThread.execute(() -> finish(context, () -> outcome.succeeded(result), outcome));
                } catch (Exception | Error error) {
                    fxThread.execute(() -> finish(context, () -> outcome.failed(error), outcome));
                }
            });
        } catch (RejectedExecutionException stopping) {
            context.cancel();
            outcome.cancelled();
        }
        return context;
    }

    private static void finish(SideContext context, Runnable ended, JobOutcome<?> outcome) {
        if (context.isCancelled()) {
            outcome.cancelled();
        } else {
            ended.run();
        }
    }

    /** A started side job. */
    public interface SideJob {

        /** Asks the job to stop; its outcome hears {@link JobOutcome#cancelled()}. */
        void cancel();
    }

    private final class SideContext implements JobContext, SideJob {
        private final DoubleConsumer progress;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicInteger reportedStep = new AtomicInteger(-1);

        SideContext(DoubleConsumer progress) {
            this.progress = progress;
        }

        @Override
        public void reportProgress(double fraction) {
            int step = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * PROGRESS_STEPS);
            if (reportedStep.getAndSet(step) != step) {
                fxThread.execute(() -> {
                    if (!isCancelled()) {
                        progress.accept(step / (double) PROGRESS_STEPS);
                    }
                });
            }
        }

        @Override
        public void reportMessage(String message) {
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }
    }
}
