package io.github.movierecommender.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class SideJobsTest {

    private final List<Runnable> queued = new ArrayList<>();
    private final List<Runnable> latest = new ArrayList<>();
    private final List<String> heard = new ArrayList<>();
    private final BackgroundTasks tasks = new BackgroundTasks(latest::add, Runnable::run, queued::add, Runnable::run);

    @Test
    void aSideJobRunsOnItsOwnExecutorSoTheLatestListsDoNotWaitBehindIt() {
        tasks.sideJobs().start(context -> "trained", fraction -> { }, outcome("training"));
        tasks.<String>latestOnly().submit(context -> "lists", outcome("lists"));
        latest.forEach(Runnable::run);

        assertThat(heard).containsExactly("lists succeeded: lists");
        queued.forEach(Runnable::run);
        assertThat(heard).containsExactly("lists succeeded: lists", "training succeeded: trained");
    }

    @Test
    void progressIsHeardInWholePercentsOnlyWhenItChanges() {
        List<Double> progress = new ArrayList<>();
        tasks.sideJobs().start(context -> {
            for (double fraction : new double[] {0.0, 0.001, 0.4, 0.4049, 0.41, 1.0}) {
                context.reportProgress(fraction);
            }
            return "trained";
        }, progress::add, outcome("training"));
        queued.forEach(Runnable::run);

        assertThat(progress).containsExactly(0.0, 0.4, 0.41, 1.0);
    }

    @Test
    void aJobStartedAsTheAppStopsNeverRunsAndIsHeardAsCancelled() {
        BackgroundTasks stopping = new BackgroundTasks(latest::add, Runnable::run, job -> {
            throw new RejectedExecutionException("shut down");
        }, Runnable::run);

        stopping.sideJobs().start(context -> "trained", fraction -> { }, outcome("training"));

        assertThat(heard).containsExactly("training cancelled");
    }

    @Test
    void aCancelledJobIsHeardAsCancelledWhateverItThrewAndItsLaterProgressIsNot() {
        List<Double> progress = new ArrayList<>();
        SideJobs.SideJob[] job = new SideJobs.SideJob[1];
        job[0] = tasks.sideJobs().start(context -> {
            context.reportProgress(0.2);
            job[0].cancel();
            context.reportProgress(0.3);
            if (context.isCancelled()) {
                throw new IllegalStateException("stopped");
            }
            return "trained";
        }, progress::add, outcome("training"));
        queued.forEach(Runnable::run);

        assertThat(progress).containsExactly(0.2);
        assertThat(heard).containsExactly("training cancelled");
    }

    @Test
    void aFailureIsHeardWithItsError() {
        tasks.sideJobs().start(context -> {
            throw new IllegalStateException("no ratings");
        }, fraction -> { }, outcome("training"));
        queued.forEach(Runnable::run);

        assertThat(heard).containsExactly("training failed: no ratings");
    }

    private <T> JobOutcome<T> outcome(String name) {
        return new JobOutcome<>() {
            @Override
            public void succeeded(T result) {
                heard.add(name + " succeeded: " + result);
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
