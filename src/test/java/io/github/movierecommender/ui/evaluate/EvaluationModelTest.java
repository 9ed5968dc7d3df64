package io.github.movierecommender.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.eval.EvalResult;
import io.github.movierecommender.eval.ResultsCsv;
import io.github.movierecommender.ui.FxThread;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluates the demo data (250 users) with jobs run on the spot on the JavaFX thread. */
class EvaluationModelTest {

    private static LoadedDataset demo;

    private final ObjectProperty<LoadedDataset> loaded = new SimpleObjectProperty<>();
    private final Messages messages = Messages.forLocale(Locale.US);
    private final List<Path> saveAnswers = new ArrayList<>();
    private final EvaluationModel model = new EvaluationModel(loaded, new BackgroundTasks(Runnable::run), messages,
            (title, fileName, filter, extension) -> saveAnswers.isEmpty() ? Optional.empty()
                    : Optional.of(saveAnswers.remove(0)), error -> { });

    @TempDir
    Path folder;

    @BeforeAll
    static void load() throws Exception {
        FxThread.start();
        demo = LoadedDataset.of(DatasetLoader.load(Path.of("data", "demo")));
    }

    @Test
    void aRunGivesOneRowPerMethodAndKAndTheChartALinePerMethod() throws Exception {
        loaded.set(demo);
        model.form().ksProperty().set("10, 5, 20");

        FxThread.run(model::run);

        assertThat(model.results()).extracting(r -> r.method() + "@" + r.k()).containsExactly("popular@0",
                "genre@0", "knn-tutorial@5", "knn-tutorial@10", "knn-tutorial@20", "knn-baseline@5", "knn-baseline@10",
                "knn-baseline@20");
        assertThat(model.headingProperty().get()).startsWith(
                "Measured with a hold-out of 20% of each user's ratings (seed 42); lists of n = 10; took ");
        assertThat(model.statusProperty().get()).startsWith("Finished: ");
        List<ChartLine> lines = model.chartLinesProperty().get();
        assertThat(lines).extracting(ChartLine::method).containsExactly("popular", "genre", "knn-tutorial",
                "knn-baseline");
        assertThat(lines.get(0).points()).extracting(ChartLine.Point::k).containsExactly(5, 20);
        assertThat(lines.get(0).points().get(0).value()).isEqualTo(model.results().get(0).precision());
        assertThat(lines.get(3).points()).extracting(ChartLine.Point::k).containsExactly(5, 10, 20);
    }

    @Test
    void theChartDropsMethodsThatLackTheMetric() throws Exception {
        loaded.set(demo);
        model.form().ksProperty().set("10");
        FxThread.run(model::run);

        model.metricProperty().set(Metric.RMSE);

        assertThat(model.chartLinesProperty().get()).extracting(ChartLine::method)
                .containsExactly("popular", "knn-tutorial", "knn-baseline");
    }

    @Test
    void sameFormSameNumbers() throws Exception {
        loaded.set(demo);
        model.form().ksProperty().set("10");
        FxThread.run(model::run);
        List<EvalResult> first = List.copyOf(model.results());

        FxThread.run(model::run);

        assertThat(model.results()).containsExactlyElementsOf(first);
    }

    @Test
    void theSurpriseProtocolIsFiveFoldKnnBasicAtForty() throws Exception {
        loaded.set(demo);
        model.form().useSurpriseProtocol();

        FxThread.run(model::run);

        assertThat(model.results()).singleElement().satisfies(row -> {
            assertThat(row.method()).isEqualTo("knn-basic");
            assertThat(row.k()).isEqualTo(40);
            assertThat(row.rmse()).isBetween(0.5, 1.5);
            assertThat(row.precision()).isNaN();
        });
        assertThat(model.headingProperty().get()).contains("5-fold cross-validation over all ratings (seed 42)");
    }

    @Test
    void aFormProblemIsShownAndNothingRuns() throws Exception {
        loaded.set(demo);
        model.form().ksProperty().set("5, ten");

        FxThread.run(model::run);

        assertThat(model.statusProperty().get())
                .isEqualTo("The k values must be whole numbers from 1 to 1000 separated by commas, not \"5, ten\".");
        assertThat(model.results()).isEmpty();

        model.form().ksProperty().set("5");
        model.form().choices().forEach(method -> model.form().methodProperty(method.name()).set(false));
        FxThread.run(model::run);

        assertThat(model.statusProperty().get()).isEqualTo("Choose at least one method.");
    }

    @Test
    void aCancelledRunKeepsTheResultsOfTheLastOne() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        Executor later = queued::add;
        EvaluationModel held = new EvaluationModel(loaded, new BackgroundTasks(later), messages,
                (title, fileName, filter, extension) -> Optional.empty(), error -> { });
        loaded.set(demo);
        held.form().ksProperty().set("10");
        FxThread.run(() -> {
            held.run();
            queued.remove(0).run();
        });
        List<EvalResult> finished = List.copyOf(held.results());

        FxThread.run(() -> {
            held.run();
            held.cancel();
            queued.remove(0).run();
        });

        assertThat(finished).isNotEmpty();
        assertThat(held.results()).containsExactlyElementsOf(finished);
        assertThat(held.statusProperty().get())
                .isEqualTo("Evaluation cancelled; the results shown are from the last finished run.");
        assertThat(held.evaluatingProperty().get()).isFalse();
    }

    @Test
    void theLongRunWarningsSampleScoresASampleOfUsers() throws Exception {
        loaded.set(demo);
        model.form().ksProperty().set("10");
        assertThat(model.longRun()).as("the demo is quick").isEmpty();

        FxThread.run(model::runOnASample);

        assertThat(model.form().sampledUsersProperty().get()).isEqualTo(LongRun.SAMPLE);
        assertThat(model.results()).isNotEmpty();
    }

    @Test
    void aCancelledFirstRunSpeaksOfNoEarlierResults() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        EvaluationModel held = new EvaluationModel(loaded, new BackgroundTasks(queued::add), messages,
                (title, fileName, filter, extension) -> Optional.empty(), error -> { });
        loaded.set(demo);
        held.form().ksProperty().set("10");

        FxThread.run(() -> {
            held.run();
            held.cancel();
            queued.remove(0).run();
        });

        assertThat(held.results()).isEmpty();
        assertThat(held.statusProperty().get()).isEqualTo("Evaluation cancelled.");
    }

    @Test
    void anotherDatasetClearsTheResults() throws Exception {
        loaded.set(demo);
        model.form().ksProperty().set("10");
        FxThread.run(model::run);

        loaded.set(LoadedDataset.of(DatasetLoader.load(Path.of("data", "demo"))));

        assertThat(model.results()).isEmpty();
        assertThat(model.chartLinesProperty().get()).isEmpty();
        assertThat(model.headingProperty().get()).isEmpty();
    }

    @Test
    void exportWritesTheRowsAsCsvWhereTheUserChose() throws Exception {
        loaded.set(demo);
        model.form().ksProperty().set("10");
        FxThread.run(model::run);
        Path target = folder.resolve("results.csv");
        saveAnswers.add(target);

        model.exportResults();

        List<String> lines = Files.readAllLines(target);
        assertThat(lines.get(0)).isEqualTo(String.join(",", ResultsCsv.HEADER));
        assertThat(lines).hasSize(1 + model.results().size());
        assertThat(lines.get(1)).startsWith("\"hold-out of 20% of each user's ratings, seed 42\",popular,,10,");
        assertThat(model.statusProperty().get()).isEqualTo("Saved " + target + ".");
    }

    @Test
    void aFailedExportSaysWhyAndKeepsTheResults() throws Exception {
        loaded.set(demo);
        model.form().ksProperty().set("10");
        FxThread.run(model::run);
        saveAnswers.add(folder);

        model.exportResults();

        assertThat(model.statusProperty().get()).startsWith("Could not save " + folder + ": ");
        assertThat(model.results()).isNotEmpty();
    }

    @Test
    void progressTellsTheShareDoneAndTheTimeLeftOnceItCanGuess() {
        assertThat(model.progressText(0.01, 3)).isEqualTo("Evaluating: 1% done");
        assertThat(model.progressText(0.5, 0.2)).isEqualTo("Evaluating: 50% done");
        assertThat(model.progressText(0.4, 10)).isEqualTo("Evaluating: 40% done, about 15 s left");
        assertThat(model.progressText(0.1, 60)).isEqualTo("Evaluating: 10% done, about 9 min left");
    }

    @Test
    void aSampleOfUsersIsScoredAndTheHeadingSaysSo() throws Exception {
        loaded.set(demo);
        model.form().ksProperty().set("10");
        model.form().sampledUsersProperty().set(30);

        FxThread.run(model::run);

        assertThat(model.results()).allSatisfy(row -> assertThat(row.users()).isBetween(1, 30));
        assertThat(model.headingProperty().get()).endsWith(" Scored a sample of 30 users.");
    }
}
