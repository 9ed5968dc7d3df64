package io.github.movierecommender.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Side work such as a training waits while a quick request runs, and goes on once it has run. */
class QuickWorkWaitTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private final ExecutorService quick = Executors.newSingleThreadExecutor();
    private final List<Runnable> fxThread = new ArrayList<>();
    private final QuickWork quickWork = new QuickWork(Duration.ofMinutes(5));
    private final LatestJobs<String> lists = new LatestJobs<>(quick, fxThread::add, quickWork);
    private final List<String> happened = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        quick.shutdownNow();
    }

    @Test
    void sideWorkGoesOnOnlyOnceTheRunningRequestHasRun() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        lists.submit(context -> {
            running.countDown();
            finish.await();
            happened.add("lists worked out");
            return "lists";
        }, outcome());
        running.await();
        Thread training = new Thread(() -> {
            quickWork.awaitNone();
            happened.add("training goes on");
        });
        training.start();
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            while (training.getState() != Thread.State.TIMED_WAITING) {
                Thread.onSpinWait();
            }
        });

        finish.countDown();
        training.join(HANG_GUARD.toMillis());

        assertThat(happened).containsExactly("lists worked out", "training goes on");
    }

    @Test
    void sideWorkStartedAsTheOutcomeIsDeliveredDoesNotWaitForThatRequest() {
        List<Runnable> inline = new ArrayList<>();
        LatestJobs<String> synchronous = new LatestJobs<>(inline::add, Runnable::run, quickWork);
        synchronous.submit(context -> "users", new JobOutcome<>() {
            @Override
            public void succeeded(String result) {
                quickWork.awaitNone();
                happened.add("training started with the " + result);
            }

            @Override
            public void failed(Throwable error) {
            }

            @Override
            public void cancelled() {
            }
        });

        assertTimeoutPreemptively(HANG_GUARD, () -> inline.forEach(Runnable::run));
        assertThat(happened).containsExactly("training started with the users");
    }

    @Test
    void aRequestStillWaitingForTheExecutorHoldsNothingUp() {
        LatestJobs<String> waiting = new LatestJobs<>(new ArrayList<Runnable>()::add, fxThread::add, quickWork);
        waiting.submit(context -> "lists", outcome());

        assertTimeoutPreemptively(HANG_GUARD, quickWork::awaitNone);
    }

    @Test
    void aRequestThatNeverEndsOnlySlowsTheSideWork() {
        QuickWork briefly = new QuickWork(Duration.ofMillis(10));
        briefly.started();

        assertTimeoutPreemptively(HANG_GUARD, briefly::awaitNone);
    }

    private JobOutcome<String> outcome() {
        return new JobOutcome<>() {
            @Override
            public void succeeded(String result) {
                happened.add(result + " shown");
            }

            @Override
            public void failed(Throwable error) {
                happened.add("failed");
            }

            @Override
            public void cancelled() {
                happened.add("cancelled");
            }
        };
    }
}
