package io.github.movierecommender.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.FxThread;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LatestJobsTest {

    private final List<Runnable> queued = new ArrayList<>();
    private final List<String> ran = new ArrayList<>();
    private final List<String> heard = new ArrayList<>();
    private final LatestJobs<String> jobs = new BackgroundTasks(queued::add, Runnable::run).latestOnly();

    @Test
    void requestsMadeWhileTheExecutorIsBusyComputeOnlyTheLatest() {
        for (int k = 1; k <= 5; k++) {
            submit("k=" + k);
        }
        runQueued();

        assertThat(ran).containsExactly("k=5");
        assertThat(heard).containsExactly("k=1 cancelled", "k=2 cancelled", "k=3 cancelled", "k=4 cancelled",
                "k=5 succeeded");
    }

    @Test
    void aRunningRequestThatIsOvertakenIsToldToStopAndOnlyTheNewerOneIsShown() {
        AtomicBoolean toldToStop = new AtomicBoolean();
        jobs.submit(context -> {
            submit("k=2");
            toldToStop.set(context.isCancelled());
            return "k=1";
        }, outcome("k=1"));
        runQueued();

        assertThat(toldToStop).isTrue();
        assertThat(heard).containsExactly("k=1 cancelled", "k=2 succeeded");
    }

    @Test
    void aFailureOfTheLatestRequestIsReported() {
        jobs.submit(context -> {
            throw new IOException("disk unplugged");
        }, outcome("k=1"));
        runQueued();

        assertThat(heard).containsExactly("k=1 failed: disk unplugged");
    }

    @Test
    void discardingDropsTheWaitingRequestAndTheResultOfTheRunningOne() {
        submit("waiting");
        jobs.discard();
        jobs.submit(context -> {
            jobs.discard();
            return "running";
        }, outcome("running"));
        runQueued();

        assertThat(ran).isEmpty();
        assertThat(heard).containsExactly("waiting cancelled", "running cancelled");
    }

    @Test
    void aDatasetLoadCanStillBeCancelledWhileRequestsWaitOnTheSameExecutor() throws Exception {
        FxThread.start();
        BackgroundTasks tasks = new BackgroundTasks(queued::add, Runnable::run);
        LatestJobs<String> lists = tasks.latestOnly();
        List<String> load = new ArrayList<>();

        FxThread.run(() -> {
            tasks.run(context -> "dataset", new JobOutcome<>() {
                @Override
                public void succeeded(String result) {
                    load.add(result);
                }

                @Override
                public void failed(Throwable error) {
                    load.add("failed");
                }

                @Override
                public void cancelled() {
                    load.add("cancelled");
                }
            });
            lists.submit(context -> "lists", outcome("lists"));
            tasks.cancel();
        });
        FxThread.run(this::runQueued);

        assertThat(load).containsExactly("cancelled");
        assertThat(tasks.runningProperty().get()).isFalse();
        assertThat(heard).containsExactly("lists succeeded");
    }

    private void submit(String name) {
        jobs.submit(context -> {
            ran.add(name);
            return name;
        }, outcome(name));
    }

    @Test
    void aRequestMadeAsTheAppStopsNeverRunsAndIsHeardAsCancelled() {
        LatestJobs<String> stopping = new BackgroundTasks(job -> {
            throw new RejectedExecutionException("shut down");
        }, Runnable::run).latestOnly();

        stopping.submit(context -> {
            ran.add("k=1");
            return "k=1";
        }, outcome("k=1"));

        assertThat(ran).isEmpty();
        assertThat(heard).containsExactly("k=1 cancelled");
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    private JobOutcome<String> outcome(String name) {
        return new JobOutcome<>() {
            @Override
            public void succeeded(String result) {
                heard.add(result + " succeeded");
            }

            @Override
            public void failed(Throwable error) {
                heard.add(name + " failed: " + error.getMessage());
            }

            @Override
            public void cancelled() {
                heard.add(name + " cancelled");
            }
        };
    }
}
