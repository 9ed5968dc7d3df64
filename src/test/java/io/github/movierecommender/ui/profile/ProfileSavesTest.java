package io.github.movierecommender.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.movierecommender.profile.ProfileRating;
import io.github.movierecommender.profile.ProfileStore;
import io.github.movierecommender.profile.RatingsFile;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobOutcome;
import io.github.movierecommender.ui.task.WorkerThreads;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ratings given while long work holds the app's worker, on the app's real threads: they are
 * written at once, and closing the app waits until every one is on disk.
 */
class ProfileSavesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final int RATINGS = 40;

    @TempDir
    Path dataFolder;

    private final ExecutorService worker = WorkerThreads.newExecutor();
    private final ExecutorService saver = WorkerThreads.newSaveExecutor();
    private final CountDownLatch evaluationEnds = new CountDownLatch(1);

    @AfterEach
    void stopThreads() {
        evaluationEnds.countDown();
        worker.shutdownNow();
        saver.shutdownNow();
    }

    @Test
    void ratingsGivenDuringALongEvaluationAreAllOnDiskWhenTheAppCloses() {
        BackgroundTasks tasks = new BackgroundTasks(worker, saver, Runnable::run);
        List<ErrorReport> errors = new CopyOnWriteArrayList<>();
        ProfileStore store = new ProfileStore(dataFolder.resolve("profiles"), Clock.systemUTC());
        ProfileModel profiles = new ProfileModel(store, new SimpleObjectProperty<LoadedDataset>(), tasks,
                Messages.forLocale(Locale.US), errors::add, name -> { });
        tasks.inOrder().submit(context -> evaluationEnds.await(1, TimeUnit.MINUTES), new IgnoredOutcome<>());
        profiles.start(Optional.empty());
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            while (profiles.currentNameProperty().get() == null) {
                Thread.sleep(5);
            }
        });

        IntStream.rangeClosed(1, RATINGS).forEach(movieId -> profiles.rate(movieId, 4.5));
        List<?> unsaved = assertTimeoutPreemptively(HANG_GUARD, () -> tasks.saves().finish(Duration.ofSeconds(20)));

        assertThat(unsaved).isEmpty();
        assertThat(errors).isEmpty();
        assertEquals(1, evaluationEnds.getCount(), "the evaluation still holds the worker");
        assertThat(assertTimeoutPreemptively(HANG_GUARD,
                () -> RatingsFile.read(dataFolder.resolve("profiles/Me.csv")).ratings()))
                .extracting(ProfileRating::movieId)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, RATINGS).boxed().toList());
    }

    private static final class IgnoredOutcome<T> implements JobOutcome<T> {
        @Override
        public void succeeded(T result) {
        }

        @Override
        public void failed(Throwable error) {
        }

        @Override
        public void cancelled() {
        }
    }
}
