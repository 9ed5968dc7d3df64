package io.github.movierecommender.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Batches of small jobs: each job's outcome is heard, and a cancelled batch's jobs stop or never run. */
class BatchJobsTest {

    private final List<Runnable> delivered = new ArrayList<>();
    private final List<String> heard = new ArrayList<>();

    @Test
    void aBatchsJobsRunAndTheirOutcomesAreHeard() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        BatchJobs jobs = new BatchJobs(executor, delivered::add);
        BatchJobs.Batch batch = jobs.newBatch();

        batch.submit(context -> "one", outcome("one"));
        batch.submit(context -> {
            throw new IllegalStateException("two");
        }, outcome("two"));
        finish(executor);

        assertThat(heard).containsExactly("one succeeded one", "two failed two");
    }

    @Test
    void aCancelledBatchsWaitingJobsNeverRunAndTheRunningOneHearsCancelled() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        BatchJobs jobs = new BatchJobs(executor, delivered::add);
        BatchJobs.Batch batch = jobs.newBatch();
        BatchJobs.Batch other = jobs.newBatch();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        List<String> ran = new ArrayList<>();

        batch.submit(context -> {
            running.countDown();
            cancelled.await(5, TimeUnit.SECONDS);
            return context.isCancelled() ? "saw the cancel" : "did not see it";
        }, outcome("first"));
        batch.submit(context -> {
            ran.add("second");
            return "second";
        }, outcome("second"));
        other.submit(context -> "third", outcome("third"));
        running.await(5, TimeUnit.SECONDS);
        batch.cancel();
        cancelled.countDown();
        finish(executor);
        batch.submit(context -> "late", outcome("late"));

        assertThat(ran).isEmpty();
        assertThat(heard).containsExactlyInAnyOrder("first cancelled", "second cancelled", "third succeeded third",
                "late cancelled");
    }

    @Test
    void aJobSubmittedOnceTheAppIsStoppingIsHeardAsCancelled() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        executor.shutdownNow();

        new BatchJobs(executor, delivered::add).newBatch().submit(context -> "never", outcome("stopping"));

        assertThat(heard).containsExactly("stopping cancelled");
    }

    private void finish(ExecutorService executor) throws InterruptedException {
        executor.shutdown();
        assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        delivered.forEach(Runnable::run);
    }

    private JobOutcome<String> outcome(String name) {
        return new JobOutcome<>() {
            @Override
            public void succeeded(String result) {
                heard.add(name + " succeeded " + result);
            }

            @Override
            public void failed(Throwable error) {
                heard.add(name + " failed " + error.getMessage());
            }

            @Override
            public void cancelled() {
                heard.add(name + " cancelled");
            }
        };
    }
}
