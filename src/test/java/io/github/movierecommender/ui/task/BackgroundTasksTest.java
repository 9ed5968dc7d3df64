package io.github.movierecommender.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.ui.FxThread;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {

    private final RecordingOutcome outcome = new RecordingOutcome();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxThread.start();
    }

    @Test
    void deliversTheJobsResult() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks(Runnable::run);

        FxThread.run(() -> tasks.run(context -> "done", outcome));

        assertEquals(List.of("done"), outcome.results);
        assertFalse(tasks.runningProperty().get());
    }

    @Test
    void showsTheRunningJobsProgressAndMessage() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks(Runnable::run);

        FxThread.run(() -> tasks.run(context -> {
            context.reportProgress(0.25);
            context.reportMessage("A quarter done");
            return tasks.runningProperty().get() + " " + tasks.progressProperty().get() + " "
                    + tasks.messageProperty().get();
        }, outcome));

        assertEquals(List.of("true 0.25 A quarter done"), outcome.results);
    }

    @Test
    void deliversTheJobsError() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks(Runnable::run);

        FxThread.run(() -> tasks.run(context -> {
            throw new IOException("disk unplugged");
        }, outcome));

        assertEquals(1, outcome.errors.size());
        assertInstanceOf(IOException.class, outcome.errors.get(0));
        assertEquals("disk unplugged", outcome.errors.get(0).getMessage());
        assertTrue(outcome.results.isEmpty());
        assertFalse(tasks.runningProperty().get());
    }

    @Test
    void aJobThatRunsOutOfMemoryIsAFailureAndTheNextJobRuns() throws Exception {
        ExecutorService worker = WorkerThreads.newExecutor();
        BackgroundTasks tasks = new BackgroundTasks(worker);
        try {
            FxThread.run(() -> tasks.run(context -> {
                throw new OutOfMemoryError("Java heap space");
            }, outcome));
            awaitIdle(tasks);
            FxThread.run(() -> tasks.run(context -> "still working", outcome));
            awaitIdle(tasks);
        } finally {
            worker.shutdownNow();
        }

        assertEquals(1, outcome.errors.size());
        assertInstanceOf(OutOfMemoryError.class, outcome.errors.get(0));
        assertEquals(List.of("still working"), outcome.results);
    }

    private static void awaitIdle(BackgroundTasks tasks) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        boolean[] running = {true};
        while (running[0] && System.nanoTime() < deadline) {
            Thread.sleep(10);
            FxThread.run(() -> running[0] = tasks.runningProperty().get());
        }
        assertFalse(running[0], "the job did not end within 10 s");
    }

    @Test
    void cancellingTellsTheRunningJobToStopAndReportsCancelledNotFailed() throws Exception {
        ExecutorService worker = WorkerThreads.newExecutor();
        BackgroundTasks tasks = new BackgroundTasks(worker);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            FxThread.run(() -> tasks.run(context -> {
                started.countDown();
                while (!context.isCancelled()) {
                    Thread.onSpinWait();
                }
                stopped.countDown();
                throw new IllegalStateException("stopped because cancelled");
            }, outcome));
            assertTrue(started.await(5, TimeUnit.SECONDS));

            FxThread.run(tasks::cancel);

            assertTrue(stopped.await(5, TimeUnit.SECONDS));
            assertEquals(1, outcome.cancellations);
            assertTrue(outcome.errors.isEmpty());
            assertFalse(tasks.runningProperty().get());
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void runsOneJobAtATime() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        BackgroundTasks tasks = new BackgroundTasks(queued::add);

        Exception refused = FxThread.call(() -> {
            tasks.run(context -> "first", outcome);
            try {
                tasks.run(context -> "second", outcome);
                return null;
            } catch (IllegalStateException e) {
                return e;
            }
        });

        assertInstanceOf(IllegalStateException.class, refused);
        assertEquals(1, queued.size());
    }

    @Test
    void anOrderedJobSubmittedAsTheAppStopsNeverRunsAndIsHeardAsCancelled() {
        BackgroundTasks stopping = new BackgroundTasks(job -> {
            throw new RejectedExecutionException("shut down");
        }, Runnable::run);

        stopping.inOrder().submit(context -> "saved", outcome);

        assertTrue(outcome.results.isEmpty());
        assertEquals(1, outcome.cancellations);
    }

    private static final class RecordingOutcome implements JobOutcome<String> {
        private final List<String> results = new ArrayList<>();
        private final List<Throwable> errors = new ArrayList<>();
        private int cancellations;

        @Override
        public void succeeded(String result) {
            results.add(result);
        }

        @Override
        public void failed(Throwable error) {
            errors.add(error);
        }

        @Override
        public void cancelled() {
            cancellations++;
        }
    }
}
