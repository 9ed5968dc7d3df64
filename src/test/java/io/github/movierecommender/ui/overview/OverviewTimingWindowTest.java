package io.github.movierecommender.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.ui.Fixtures;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.settings.Theme;
import io.github.movierecommender.ui.settings.Themes;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.WorkerThreads;
import io.github.movierecommender.ui.timing.AfterLayout;
import io.github.movierecommender.ui.timing.ShownSteps;
import io.github.movierecommender.ui.timing.Timings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Overview tab built on its first selection, as the app builds it, with its timings printed:
 * each line is checked against what the window showed when it was printed.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewTimingWindowTest {

    private final ExecutorService worker = WorkerThreads.newExecutor();
    private final ObjectProperty<LoadedDataset> loaded = new SimpleObjectProperty<>();
    /** Each printed line, with the rating chart's bars and whether they were laid out when it was printed. */
    private final List<String> printed = new CopyOnWriteArrayList<>();
    private TabPane tabs;
    private Tab overviewTab;
    private Node view;
    private Stage stage;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Themes.forApplication().apply(Theme.LIGHT);
        Messages messages = Messages.forLocale(Locale.US);
        OverviewModel model = new OverviewModel(loaded, new BackgroundTasks(worker, Platform::runLater), messages,
                error -> { }, (title, fileName, filter, extension) -> Optional.empty(),
                new ShownSteps(Timings.printingTo(new PrintStream(new LineRecorder(), true, StandardCharsets.UTF_8)),
                        AfterLayout.of(stage)).step(OverviewModel.SHOWN_STEP));
        overviewTab = new Tab("Overview");
        tabs = new TabPane(new Tab("Suggestions", new Label("lists")), overviewTab);
        overviewTab.selectedProperty().addListener((property, before, selected) -> {
            if (selected && overviewTab.getContent() == null) {
                FXMLLoader loader = new FXMLLoader(OverviewController.class.getResource("OverviewController.fxml"),
                        messages.bundle());
                loader.setControllerFactory(type -> new OverviewController(model, messages));
                try {
                    view = loader.load();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                overviewTab.setContent(view);
            }
        });
        stage.setScene(new Scene(tabs, 1000, 700));
        stage.show();
    }

    @Stop
    void stop() {
        worker.shutdownNow();
        stage.hide();
        Application.setUserAgentStylesheet(null);
    }

    @Test
    void openingTheTabPrintsTheStepOnceTheChartsHaveTheirBarsLaidOut(FxRobot robot) throws Exception {
        LoadedDataset tiny = LoadedDataset.of(DatasetLoader.load(Fixtures.path(Fixtures.TINY)));
        robot.interact(() -> loaded.set(tiny));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> tabs.getSelectionModel().select(overviewTab));
        waitUntil(() -> printed.size() == 1);

        assertThat(printed.get(0)).matches("timing overview-shown \\d+\\.\\d ms \\| 8 bars laid out");

        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.interact(() -> tabs.getSelectionModel().select(overviewTab));
        waitUntil(() -> printed.size() == 2);

        assertThat(printed.get(1)).matches("timing overview-shown \\d+\\.\\d ms \\| 8 bars laid out");
    }

    @Test
    void aDatasetLoadedWhileTheTabShowsIsTimedFromTheLoadToItsChartsAndNothingIsPrintedWithoutADataset(
            FxRobot robot) throws Exception {
        robot.interact(() -> tabs.getSelectionModel().select(overviewTab));
        WaitForAsyncUtils.waitForFxEvents();
        LoadedDataset twoStars = LoadedDataset.of(DatasetLoader.load(twoStarValues()));

        assertThat(printed).as("no dataset, nothing to wait for").isEmpty();

        robot.interact(() -> loaded.set(twoStars));
        waitUntil(() -> printed.size() == 1);

        assertThat(printed.get(0)).matches("timing overview-shown \\d+\\.\\d ms \\| 2 bars laid out");
    }

    /** Two users who gave 3 and 4 stars. */
    private Path twoStarValues() throws Exception {
        Files.writeString(folder.resolve("movies.csv"), "movieId,title,genres\n1,One (2001),Comedy\n");
        Files.writeString(folder.resolve("ratings.csv"),
                "userId,movieId,rating,timestamp\n1,1,3.0,946684800\n2,1,4.0,946684800\n");
        return folder;
    }

    private String chartState() {
        if (view == null) {
            return "no view";
        }
        BarChart<?, ?> chart = (BarChart<?, ?>) view.lookup("#rating-distribution");
        if (chart.getData().isEmpty()) {
            return "no bars";
        }
        List<? extends Node> bars = chart.getData().get(0).getData().stream().map(bar -> bar.getNode()).toList();
        boolean laidOut = bars.stream().allMatch(bar -> bar.getLayoutBounds().getHeight() > 0);
        return bars.size() + " bars " + (laidOut ? "laid out" : "not laid out");
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    /** Records each line as it is printed, on the JavaFX thread, with the chart's state at that moment. */
    private final class LineRecorder extends OutputStream {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
            if (b == '\n') {
                printed.add(line.toString(StandardCharsets.UTF_8).strip() + " | " + chartState());
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
