package io.github.movierecommender.ui.task;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A channel of requests where only the latest one counts, such as the lists for the slider
 * position the user is dragging through. It runs on the app's quick executor, beside
 * {@link BackgroundTasks#run} and never behind it, without taking part in its one-job-at-a-time
 * rule, its progress or its cancel button.
 *
 * <p>At most one request waits for the executor: submitting replaces the waiting one, so however
 * fast requests come, the executor computes only the one that is latest when it gets free. A
 * request overtaken by a newer one, waiting or running, ends as {@link JobOutcome#cancelled()}
 * (a running one also sees {@link JobContext#isCancelled()} turn true), so the caller hears
 * {@link JobOutcome#succeeded} only for the latest. Use it from the JavaFX thread.
 */
public final class LatestJobs<T> {

    private final Executor executor;
    private final Executor fxThread;
    private final QuickWork quickWork;
    private final AtomicLong latest = new AtomicLong();
    private final AtomicReference<Request<T>> waiting = new AtomicReference<>();

    /** Each request counts in {@code quickWork} while it runs. */
    LatestJobs(Executor executor, Executor fxThread, QuickWork quickWork) {
        this.executor = executor;
        this.fxThread = fxThread;
        this.quickWork = quickWork;
    }

    /**
     * Runs {@code job} once the executor is free, unless a newer request comes first. A request
     * made once the app is stopping (its executor shut down) never runs and is heard as cancelled.
     */
    public void submit(BackgroundJob<T> job, JobOutcome<T> outcome) {
        Request<T> request = new Request<>(latest.incrementAndGet(), job, outcome);
        Request<T> overtaken = waiting.getAndSet(request);
        if (overtaken != null) {
            overtaken.outcome().cancelled();
            return;
        }
        try {
            executor.execute(this::runWaiting);
        } catch (RejectedExecutionException stopping) {
            if (waiting.compareAndSet(request, null)) {
                outcome.cancelled();
            }
        }
    }

    /** Overtakes every request made so far without making a new one. */
    public void discard() {
        latest.incrementAndGet();
        Request<T> overtaken = waiting.getAndSet(null);
        if (overtaken != null) {
            overtaken.outcome().cancelled();
        }
    }

    private void runWaiting() {
        Request<T> request = waiting.getAndSet(null);
        if (request == null) {
            return;
        }
        JobContext context = new LatestContext(request.number());
        T result;
        quickWork.started();
        try {
            result = request.job().run(context);
        } catch (Exception | Error error) {
            quickWork.ended();
            deliver(request, () -> request.outcome().failed(error));
            return;
        }
        quickWork.ended();
        deliver(request, () -> request.outcome().succeeded(result));
    }

    private void deliver(Request<T> request, Runnable outcome) {
        fxThread.execute(() -> {
            if (isLatest(request.number())) {
                outcome.run();
            } else {
                request.outcome().cancelled();
            }
        });
    }

    private boolean isLatest(long number) {
        return number == latest.get();
    }

    private record Request<T>(long number, BackgroundJob<T> job, JobOutcome<T> outcome) {
    }

    /** Quick jobs report nothing to the status bar; they only learn whether they were overtaken. */
    private final class LatestContext implements JobContext {
        private final long number;

        LatestContext(long number) {
            this.number = number;
        }

        @Override
        public void reportProgress(double fraction) {
        }

        @Override
        public void reportMessage(String message) {
        }

        @Override
        public boolean isCancelled() {
            return !isLatest(number);
        }
    }
}
