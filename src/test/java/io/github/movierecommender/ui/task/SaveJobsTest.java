package io.github.movierecommender.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The save channel on the app's real threads; outcomes are delivered on the saving thread. */
class SaveJobsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private final ExecutorService worker = WorkerThreads.newExecutor();
    private final ExecutorService saver = WorkerThreads.newSaveExecutor();
    private final BackgroundTasks tasks = new BackgroundTasks(worker, saver, Runnable::run);
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopThreads() {
        release.countDown();
        worker.shutdownNow();
        saver.shutdownNow();
    }

    @Test
    void aSaveRunsOnItsOwnThreadWhileLongWorkHoldsTheWorker() throws Exception {
        tasks.inOrder().submit(context -> release.await(1, TimeUnit.MINUTES), outcome());

        tasks.saves().save("my rating", context -> Thread.currentThread().getName(), outcome());

        assertTimeoutPreemptively(HANG_GUARD, () -> {
            while (delivered.isEmpty()) {
                Thread.sleep(5);
            }
        });
        assertEquals(List.of(WorkerThreads.SAVES_THREAD_NAME), delivered, "saved while the long work still runs");
    }

    @Test
    void finishingWaitsForEverySaveSubmittedAndTellsNothingWhenAllWereWritten() {
        AtomicInteger written = new AtomicInteger();
        for (int i = 0; i < 20; i++) {
            tasks.saves().save("save " + i, context -> {
                Thread.sleep(10);
                return written.incrementAndGet();
            }, outcome());
        }

        List<SaveJobs.Unsaved> unsaved = assertTimeoutPreemptively(HANG_GUARD,
                () -> tasks.saves().finish(Duration.ofSeconds(10)));

        assertThat(unsaved).isEmpty();
        assertEquals(20, written.get());
    }

    @Test
    void tellsWhatFailedOrWasStillNotWrittenWhenTheWaitEnds() {
        tasks.saves().submit(context -> "read", outcome());
        tasks.saves().save("the rating of Heat", context -> release.await(1, TimeUnit.MINUTES), outcome());
        tasks.saves().submit(context -> "read again", outcome());
        tasks.saves().save("the rating of Up", context -> "saved", outcome());

        List<SaveJobs.Unsaved> unsaved = assertTimeoutPreemptively(HANG_GUARD,
                () -> tasks.saves().finish(Duration.ofMillis(300)));

        assertThat(unsaved).containsExactly(new SaveJobs.Unsaved("the rating of Heat", Optional.empty()),
                new SaveJobs.Unsaved("the rating of Up", Optional.empty()));
        release.countDown();
        assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> tasks.saves().finish(Duration.ofSeconds(10))))
                .isEmpty();
    }

    @Test
    void aSaveThatFailsWhileFinishingIsToldThere() {
        tasks.saves().save("the rating of Heat", context -> {
            release.await(1, TimeUnit.MINUTES);
            throw new IOException("disk full");
        }, outcome());
        new Thread(() -> {
            sleep(100);
            release.countDown();
        }).start();

        List<SaveJobs.Unsaved> unsaved = assertTimeoutPreemptively(HANG_GUARD,
                () -> tasks.saves().finish(Duration.ofSeconds(10)));

        assertThat(unsaved).singleElement().satisfies(save -> {
            assertThat(save.what()).isEqualTo("the rating of Heat");
            assertThat(save.failure()).get().isInstanceOf(IOException.class).extracting(Throwable::getMessage)
                    .isEqualTo("disk full");
        });
        assertThat(delivered).isEmpty();
    }

    @Test
    void savesRunOnTheWorkerWhenTestsGiveOnlyOneExecutor() {
        BackgroundTasks synchronous = new BackgroundTasks(Runnable::run, Runnable::run);

        synchronous.saves().save("my rating", context -> "saved", outcome());

        assertEquals(List.of("saved"), delivered);
        assertThat(synchronous.saves().finish(Duration.ZERO)).isEmpty();
    }

    private <T> JobOutcome<T> outcome() {
        return new JobOutcome<>() {
            @Override
            public void succeeded(T result) {
                delivered.add(String.valueOf(result));
            }

            @Override
            public void failed(Throwable error) {
                delivered.add("failed: " + error.getMessage());
            }

            @Override
            public void cancelled() {
                delivered.add("cancelled");
            }
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
