package io.github.movierecommender.ui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The channel that what the user enters is saved through, such as each rating given: every
 * request runs, one after another in the order submitted, on an executor of its own, so a save
 * never waits behind a long load or evaluation; outcomes are delivered in order. When the app
 * closes, {@link #finish} waits, for a bounded time, until every request has run, and tells what
 * was not saved. Submit from the JavaFX thread.
 */
public final class SaveJobs {

    /** A save that did not happen: what it was, and how it failed; empty when it was still waiting or running. */
    public record Unsaved(String what, Optional<Throwable> failure) {
    }

    private final Executor executor;
    private final Executor fxThread;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final Object lock = new Object();
    /** Every request submitted that has not ended, by number: what it saves, or "" for one that saves nothing. */
    private final Map<Long, String> pending = new LinkedHashMap<>();
    private final List<Unsaved> failedWhileFinishing = new ArrayList<>();
    private long submitted;
    private boolean finishing;

    SaveJobs(Executor executor, Executor fxThread) {
        this.executor = executor;
        this.fxThread = fxThread;
    }

    /** Runs {@code job}, which saves {@code what} (in words for the user), after every job submitted before it. */
    public <T> void save(String what, BackgroundJob<T> job, JobOutcome<T> outcome) {
        enqueue(what, job, outcome);
    }

    /** Runs {@code job}, which saves nothing but must keep its place among the saves, after every job before it. */
    public <T> void submit(BackgroundJob<T> job, JobOutcome<T> outcome) {
        enqueue("", job, outcome);
    }

    /**
     * For closing the app: waits until every job submitted has run, for at most {@code limit}, and
     * returns what was not saved, in the order submitted: the saves that failed since finishing
     * began, whose outcomes are no longer delivered, then those still waiting or running. Jobs
     * go on running afterwards; a later call waits for them again.
     */
    public List<Unsaved> finish(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (lock) {
            finishing = true;
            try {
                for (long left = limit.toNanos(); !pending.isEmpty() && left > 0; left = deadline - System.nanoTime()) {
                    lock.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<Unsaved> unsaved = new ArrayList<>(failedWhileFinishing);
            failedWhileFinishing.clear();
            pending.values().stream().filter(what -> !what.isEmpty())
                    .forEach(what -> unsaved.add(new Unsaved(what, Optional.empty())));
            return unsaved;
        }
    }

    private <T> void enqueue(String what, BackgroundJob<T> job, JobOutcome<T> outcome) {
        long number;
        synchronized (lock) {
            number = submitted++;
            pending.put(number, what);
        }
        waiting.add(() -> {
            try {
                T result = job.run(OrderedJobs.NO_CONTEXT);
                ended(number, () -> outcome.succeeded(result), null);
            } catch (Exception | Error error) {
                ended(number, () -> outcome.failed(error), error);
            }
        });
        try {
            executor.execute(this::runNext);
        } catch (RejectedExecutionException e) {
            ended(number, () -> { }, null);
            throw e;
        }
    }

    /** Each submission queues one call, and each call runs the oldest waiting job, so order is kept. */
    private void runNext() {
        Runnable next = waiting.poll();
        if (next != null) {
            next.run();
        }
    }

    private void ended(long number, Runnable outcome, Throwable error) {
        boolean deliver;
        synchronized (lock) {
            String what = pending.remove(number);
            deliver = !finishing;
            if (finishing && error != null && !what.isEmpty()) {
                failedWhileFinishing.add(new Unsaved(what, Optional.of(error)));
            }
            lock.notifyAll();
        }
        if (deliver) {
            fxThread.execute(outcome);
        }
    }
}
