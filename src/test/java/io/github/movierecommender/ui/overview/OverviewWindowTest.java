package io.github.movierecommender.ui.overview;

import static io.github.movierecommender.ui.WindowSteps.selectTab;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.AppWindows;
import io.github.movierecommender.ui.Fixtures;
import io.github.movierecommender.ui.MovieRecommenderApp;
import io.github.movierecommender.ui.dataset.DatasetChooser;
import io.github.movierecommender.ui.files.SaveFileChooser;
import io.github.movierecommender.ui.settings.AppSettings;
import io.github.movierecommender.ui.settings.Language;
import io.github.movierecommender.ui.settings.Theme;
import io.github.movierecommender.ui.settings.ThrowawayPreferences;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The Overview tab in a real window, in the dark theme, on the tiny fixture: 3 users, 4 movies, 8 ratings. */
@ExtendWith(ApplicationExtension.class)
class OverviewWindowTest {

    private final ThrowawayPreferences preferences = new ThrowawayPreferences();
    private final List<String> suggestedNames = new CopyOnWriteArrayList<>();
    private MovieRecommenderApp app;
    private Stage stage;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        DatasetChooser tiny = AppWindows.choosing(Fixtures.path(Fixtures.TINY));
        SaveFileChooser intoTheTempFolder = (title, fileName, filter, extension) -> {
            suggestedNames.add(fileName);
            return Optional.of(folder.resolve(fileName));
        };
        AppSettings settings = new AppSettings(preferences.node());
        settings.setLanguage(Language.ENGLISH);
        settings.setTheme(Theme.DARK);
        app = MovieRecommenderApp.builder(settings, folder.resolve("data"))
                .datasetChoosers((owner, messages) -> tiny).links(url -> { }).saveChoosers(owner -> intoTheTempFolder)
                .build();
        app.start(stage);
    }

    @Stop
    void stop() throws Exception {
        AppWindows.close(app, stage, preferences);
    }

    @Test
    void showsTheCountsAndChartsOfTheLoadedDatasetAndSavesChartsAsPng(FxRobot robot) throws Exception {
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#statusText").startsWith("Loaded "));
        selectTab(robot, "overviewTab");
        waitUntil(() -> robot.lookup("#overviewContent").query().isVisible());

        assertThat(text(robot, "#overviewUsers")).isEqualTo("3");
        assertThat(text(robot, "#overviewMovies")).isEqualTo("4");
        assertThat(text(robot, "#overviewRatings")).isEqualTo("8");
        assertThat(text(robot, "#overviewTags")).isEqualTo("2");
        assertThat(text(robot, "#overviewDates")).isEqualTo("Jan 1, 2020 – Aug 1, 2020");
        assertThat(bars(robot, "#rating-distribution")).extracting(XYChart.Data::getXValue)
                .containsExactly("0.5", "1", "2.5", "3", "3.5", "4", "4.5", "5");
        assertThat(bars(robot, "#ratings-per-year")).extracting(XYChart.Data::getYValue).containsExactly(8L);
        BarChart<?, ?> perUser = robot.lookup("#ratings-per-user").queryAs(BarChart.class);
        assertThat(perUser.getTitle()).isEqualTo("Ratings per user: median 3, in the highlighted bar");
        assertThat(bars(robot, "#ratings-per-user")).extracting(XYChart.Data::getXValue).containsExactly("1", "2–3");
        assertThat(bars(robot, "#ratings-per-user").get(1).getNode().getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("median"));
        assertThat(bars(robot, "#genres-by-movies")).extracting(XYChart.Data::getYValue).hasSize(7);
        assertThat(robot.lookup("#mostVotedTable").queryAs(TableView.class).getItems()).hasSize(4);
        assertThat(robot.lookup("#bestRatedTable").queryAs(TableView.class).getItems()).isEmpty();
        Text title = robot.from(perUser).lookup(".chart-title .text").queryAs(Text.class);
        assertThat(((Color) title.getFill()).getBrightness()).as("the title is light on the dark theme").isGreaterThan(0.6);

        Node chart = robot.lookup("#rating-distribution").query();
        robot.clickOn(robot.from(chart.getParent()).lookup(".save-chart").queryAs(Node.class));

        Path saved = folder.resolve("tiny-ml-latest-rating-distribution.png");
        waitUntil(() -> ("Chart saved to " + saved).equals(text(robot, "#overviewNotice")));
        assertThat(suggestedNames).containsExactly(saved.getFileName().toString());
        assertThat(Files.size(saved)).isGreaterThan(4_000);
        BufferedImage image = ImageIO.read(saved.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(chart.getBoundsInLocal().getWidth() * 2));
        assertThat(colours(image)).as("bars, text and background").hasSizeGreaterThan(3);

        Node yearChart = robot.lookup("#ratings-per-year").query();
        requestContextMenu(robot, yearChart);
        robot.clickOn(robot.lookup(".context-menu .menu-item").queryAs(Node.class));

        Path savedFromMenu = folder.resolve("tiny-ml-latest-ratings-per-year.png");
        waitUntil(() -> ("Chart saved to " + savedFromMenu).equals(text(robot, "#overviewNotice")));
        assertThat(ImageIO.read(savedFromMenu.toFile()).getWidth()).isGreaterThan(100);
    }

    /** As the platform does on a right click, which Monocle's headless mouse does not turn into a menu request. */
    private static void requestContextMenu(FxRobot robot, Node node) {
        Bounds screen = node.localToScreen(node.getBoundsInLocal());
        Point2D local = new Point2D(node.getBoundsInLocal().getCenterX(), node.getBoundsInLocal().getCenterY());
        robot.interact(() -> Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                local.getX(), local.getY(), screen.getCenterX(), screen.getCenterY(), false, null)));
    }

    @SuppressWarnings("unchecked")
    private static List<XYChart.Data<Object, Object>> bars(FxRobot robot, String chart) {
        BarChart<Object, Object> barChart = robot.lookup(chart).queryAs(BarChart.class);
        return barChart.getData().get(0).getData();
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
