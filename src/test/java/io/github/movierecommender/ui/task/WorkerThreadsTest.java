package io.github.movierecommender.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkerThreadsTest {

    @Test
    void runsJobsOnANamedDaemonThreadThatDoesNotKeepTheAppAlive() throws Exception {
        ExecutorService executor = WorkerThreads.newExecutor();
        try {
            Thread worker = executor.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);

            assertEquals("movie-recommender-worker", worker.getName());
            assertTrue(worker.isDaemon());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void runsSavesOnANamedDaemonThreadOfTheirOwn() throws Exception {
        ExecutorService worker = WorkerThreads.newExecutor();
        ExecutorService saves = WorkerThreads.newSaveExecutor();
        try {
            Thread workerThread = worker.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
            Thread saving = saves.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);

            assertEquals("movie-recommender-saves", saving.getName());
            assertTrue(saving.isDaemon());
            assertNotSame(workerThread, saving);
        } finally {
            worker.shutdownNow();
            saves.shutdownNow();
        }
    }
}
