package io.github.movierecommender.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.recommend.details.MovieDetailsModel;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lists and details never wait behind long work such as an evaluation: they run on an
 * executor of their own. Each executor here is a real thread, the "JavaFX thread" a thread too.
 */
class QuickWorkTest {

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final ExecutorService saves = Executors.newSingleThreadExecutor();
    private final ExecutorService training = Executors.newSingleThreadExecutor();
    private final ExecutorService quick = Executors.newSingleThreadExecutor();
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final CountDownLatch evaluationGoesOn = new CountDownLatch(1);

    /**
     * The work still running (a training) ends before the "JavaFX thread" goes, so that it can
     * still hand over its outcome rather than fail on a shut executor after the test.
     */
    @AfterEach
    void stop() throws InterruptedException {
        evaluationGoesOn.countDown();
        List<ExecutorService> work = List.of(worker, saves, training, quick);
        work.forEach(ExecutorService::shutdownNow);
        for (ExecutorService executor : work) {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        }
        fx.shutdownNow();
    }

    @Test
    void theListsAndDetailsOfAPickedUserArriveWhileAnEvaluationRuns() throws Exception {
        LoadedDataset eightUsers = EightUsers.load();
        Messages messages = Messages.forLocale(Locale.US);
        BackgroundTasks tasks = new BackgroundTasks(worker, saves, training, quick, fx::execute);
        SimpleObjectProperty<LoadedDataset> loaded = new SimpleObjectProperty<>();
        MovieDetailsModel details = onFx(() -> new MovieDetailsModel(tasks, messages));
        RecommendationModel model = onFx(() -> new RecommendationModel(loaded, details, tasks, messages));
        onFx(() -> {
            loaded.set(eightUsers);
            model.settings().minVotesProperty().set(0);
            tasks.run(context -> evaluationGoesOn.await(30, TimeUnit.SECONDS), new JobOutcome<>() {
                @Override
                public void succeeded(Boolean result) {
                }

                @Override
                public void failed(Throwable error) {
                }

                @Override
                public void cancelled() {
                }
            });
            return null;
        });

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            waitFor(() -> !model.users().isEmpty());
            onFx(() -> {
                model.settings().userProperty().set(model.users().get(0));
                return null;
            });
            waitFor(() -> model.popularProperty().getValue() != null);
            RankedList popular = onFx(() -> model.popularProperty().getValue());
            onFx(() -> {
                model.select(new MovieSelection(PickedFrom.POPULAR, popular.rows().get(0).movieIndex(), null));
                return null;
            });
            waitFor(() -> details.detailsProperty().get() != null);
            waitFor(() -> !model.computingProperty().get());
        });
        assertThat(onFx(() -> tasks.runningProperty().get())).as("the evaluation still runs").isTrue();
    }

    private <T> T onFx(Callable<T> work) throws Exception {
        return fx.submit(work).get(10, TimeUnit.SECONDS);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        while (!onFx(condition)) {
            Thread.sleep(20);
        }
    }
}
