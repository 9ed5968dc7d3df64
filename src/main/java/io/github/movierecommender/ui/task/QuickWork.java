package io.github.movierecommender.ui.task;

import java.time.Duration;

/**
 * The quick requests someone is waiting for (the lists of a pick, a slider's move) while they run;
 * not while their outcome is delivered, which may start side work itself. Long side work, such as
 * a training, asks {@link #awaitNone()} between its steps and so leaves the two cores to the lists
 * meanwhile, waiting a bounded time so that a stream of requests only slows it.
 */
public final class QuickWork {

    /** The longest one step of side work waits for quick requests. */
    static final Duration LONGEST_WAIT = Duration.ofMillis(500);

    private final Duration longestWait;

    /** Written only while holding the lock; read without it for the common case of none running. */
    private volatile int running;

    QuickWork() {
        this(LONGEST_WAIT);
    }

    QuickWork(Duration longestWait) {
        this.longestWait = longestWait;
    }

    synchronized void started() {
        running++;
    }

    synchronized void ended() {
        running--;
        if (running == 0) {
            notifyAll();
        }
    }

    /** Waits while quick requests run, at most {@link #LONGEST_WAIT} here; an interrupt ends the wait. */
    public void awaitNone() {
        if (running > 0) {
            awaitEnd();
        }
    }

    private synchronized void awaitEnd() {
        long deadline = System.nanoTime() + longestWait.toNanos();
        try {
            for (long left = longestWait.toNanos(); running > 0 && left > 0; left = deadline - System.nanoTime()) {
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
