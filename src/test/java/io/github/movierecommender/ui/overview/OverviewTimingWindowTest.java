package io.github.movierecommender.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.ui.Fixtures;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.main.ViewLoader;
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
import java.net.URL;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
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
 * The Overview tab built by {@link OverviewTab}, as the app builds it: on its first selection, or
 * ahead while the lists are settled and the window is quiet. Its timings are printed, and each
 * line is checked against what the window showed when it was printed.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewTimingWindowTest {

    private final ExecutorService worker = WorkerThreads.newExecutor();
    private final ObjectProperty<LoadedDataset> loaded = new SimpleObjectProperty<>();
    /** Whether the lists are settled, so that the view may be built ahead. */
    private final BooleanProperty settled = new SimpleBooleanProperty();
    private final AtomicInteger viewsBuilt = new AtomicInteger();
    /** Each printed line, with the rating chart's bars and whether they were laid out when it was printed. */
    private final List<String> printed = new CopyOnWriteArrayList<>();
    private TabPane tabs;
    private Tab overviewTab;
    private Node view;
    private Stage stage;
    private OverviewModel model;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Themes.forApplication().apply(Theme.LIGHT);
        Messages messages = Messages.forLocale(Locale.US);
        model = new OverviewModel(loaded, new BackgroundTasks(worker, Platform::runLater), messages,
                error -> { }, (title, fileName, filter, extension) -> Optional.empty(),
                new ShownSteps(Timings.printingTo(new PrintStream(new LineRecorder(), true, StandardCharsets.UTF_8)),
                        AfterLayout.of(stage)).step(OverviewModel.SHOWN_STEP));
        overviewTab = new Tab("Overview");
        tabs = new TabPane(new Tab("Suggestions", new TextField()), overviewTab);
        new OverviewTab(model, new ViewLoader() {
            @Override
            public Parent load(URL url) {
                return loadWithController(url).root();
            }

            @Override
            public <C> View<C> loadWithController(URL url) {
                FXMLLoader loader = new FXMLLoader(url, messages.bundle());
                loader.setControllerFactory(type -> new OverviewController(model, messages));
                try {
                    Parent root = loader.load();
                    view = root;
                    viewsBuilt.incrementAndGet();
                    return new View<>(root, loader.getController());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }).buildInto(overviewTab, settled);
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

    @Test
    void onceTheListsAreSettledTheViewIsBuiltAheadAPartAtATimeAndItsFirstShowingIsTimed(FxRobot robot)
            throws Exception {
        LoadedDataset tiny = LoadedDataset.of(DatasetLoader.load(Fixtures.path(Fixtures.TINY)));
        robot.interact(() -> loaded.set(tiny));
        WaitForAsyncUtils.waitForFxEvents();
        List<Integer> partsShown = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            settled.set(true);
            overviewTab.contentProperty().addListener((property, before, content) -> {
                GridPane parts = parts(content);
                parts.getChildren().addListener((ListChangeListener<Node>) change -> partsShown.add(
                        parts.getChildren().size()));
            });
        });

        waitUntil(() -> partsShown.size() == 8);

        assertThat(partsShown).as("one chart or top list a step").containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(overviewTab.isSelected()).isFalse();
        assertThat(printed).as("nobody waited for it").isEmpty();
        assertThat(chartState()).isEqualTo("8 bars laid out");

        robot.interact(() -> tabs.getSelectionModel().select(overviewTab));
        waitUntil(() -> printed.size() == 1);

        assertThat(printed.get(0)).matches("timing overview-shown \\d+\\.\\d ms \\| 8 bars laid out");
        assertThat(viewsBuilt).hasValue(1);
    }

    @Test
    void aTabPickedWhileItsViewIsBuiltAheadGetsEveryPartAtOnceAndIsTimed(FxRobot robot) throws Exception {
        LoadedDataset tiny = LoadedDataset.of(DatasetLoader.load(Fixtures.path(Fixtures.TINY)));
        robot.interact(() -> loaded.set(tiny));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            // The lists are worked out again as soon as the view is in the tab: building ahead stops there.
            overviewTab.contentProperty().addListener((property, before, content) -> settled.set(false));
            settled.set(true);
        });
        waitUntil(() -> overviewTab.getContent() != null);
        WaitForAsyncUtils.waitForFxEvents();
        GridPane parts = parts(overviewTab.getContent());

        assertThat(parts.getChildren()).as("no chart yet").isEmpty();

        robot.interact(() -> tabs.getSelectionModel().select(overviewTab));
        waitUntil(() -> printed.size() == 1);

        assertThat(printed.get(0)).matches("timing overview-shown \\d+\\.\\d ms \\| 8 bars laid out");
        assertThat(parts.getChildren()).hasSize(8);
        assertThat(viewsBuilt).hasValue(1);
    }

    @Test
    void aDatasetLoadedWhileTheViewIsHiddenIsShownOnceTheListsAreSettledOrTheTabIsPicked(FxRobot robot)
            throws Exception {
        LoadedDataset tiny = LoadedDataset.of(DatasetLoader.load(Fixtures.path(Fixtures.TINY)));
        robot.interact(() -> loaded.set(tiny));
        robot.interact(() -> tabs.getSelectionModel().select(overviewTab));
        waitUntil(() -> printed.size() == 1);
        robot.interact(() -> tabs.getSelectionModel().select(0));
        LoadedDataset twoStars = LoadedDataset.of(DatasetLoader.load(twoStarValues()));

        robot.interact(() -> loaded.set(twoStars));
        waitUntil(() -> model.overviewProperty().get() != null);
        WaitForAsyncUtils.sleep(2 * (long) OverviewTab.QUIET.toMillis(), TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chartState()).as("hidden, the lists not settled: the charts wait").isEqualTo("8 bars laid out");

        robot.interact(() -> settled.set(true));
        waitUntil(() -> chartState().equals("2 bars laid out"));

        assertThat(printed).as("nobody waited for it").hasSize(1);

        robot.interact(() -> loaded.set(tiny));
        waitUntil(() -> model.overviewProperty().get() != null);
        robot.interact(() -> {
            settled.set(false);
            tabs.getSelectionModel().select(overviewTab);
        });
        waitUntil(() -> printed.size() == 2);

        assertThat(printed.get(1)).matches("timing overview-shown \\d+\\.\\d ms \\| 8 bars laid out");
    }

    /** The view built when the tab was picked before any dataset, then left: the new overview reaches it anyway. */
    @Test
    void aNewOverviewForAViewBuiltAndHiddenIsShownWhileTheListsStaySettled(FxRobot robot) throws Exception {
        robot.interact(() -> {
            settled.set(true);
            tabs.getSelectionModel().select(overviewTab);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> tabs.getSelectionModel().select(0));
        LoadedDataset tiny = LoadedDataset.of(DatasetLoader.load(Fixtures.path(Fixtures.TINY)));

        robot.interact(() -> loaded.set(tiny));
        waitUntil(() -> chartState().equals("8 bars laid out"));

        assertThat(overviewTab.isSelected()).isFalse();
        assertThat(viewsBuilt).hasValue(1);
    }

    /** Two users who gave 3 and 4 stars. */
    private Path twoStarValues() throws Exception {
        Files.writeString(folder.resolve("movies.csv"), "movieId,title,genres\n1,One (2001),Comedy\n");
        Files.writeString(folder.resolve("ratings.csv"),
                "userId,movieId,rating,timestamp\n1,1,3.0,946684800\n2,1,4.0,946684800\n");
        return folder;
    }

    /** The grid of charts and top lists, inside the scroll pane's content. */
    private static GridPane parts(Node view) {
        ScrollPane content = (ScrollPane) view.lookup("#overviewContent");
        return (GridPane) content.getContent().lookup(".overview-charts");
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
