package io.github.movierecommender.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.search.MovieMatch;
import io.github.movierecommender.ui.MovieRecommenderApp;
import io.github.movierecommender.ui.dataset.DatasetChooser;
import io.github.movierecommender.ui.settings.AppSettings;
import io.github.movierecommender.ui.settings.Language;
import io.github.movierecommender.ui.settings.ThrowawayPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.controlsfx.control.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Rating movies as "Me" on the demo data in a real window, as a newcomer would. */
@ExtendWith(ApplicationExtension.class)
class ProfileWindowTest {

    private final ThrowawayPreferences preferences = new ThrowawayPreferences();
    private MovieRecommenderApp app;
    private Stage stage;

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        DatasetChooser demo = new DatasetChooser() {
            @Override
            public Optional<Path> chooseFolder() {
                return Optional.of(Path.of("data", "demo").toAbsolutePath());
            }

            @Override
            public Optional<Path> chooseZip() {
                return Optional.empty();
            }
        };
        AppSettings settings = new AppSettings(preferences.node());
        settings.setLanguage(Language.ENGLISH);
        app = new MovieRecommenderApp(settings, dataFolder, (owner, messages) -> demo, url -> { });
        app.start(stage);
    }

    @Stop
    void stop() throws Exception {
        app.stop();
        stage.hide();
        Application.setUserAgentStylesheet(null);
        preferences.close();
    }

    @Test
    void ratingFiveMoviesFoundByTitleFillsTheListsAtOnceAndKeepsTheRatings(FxRobot robot) throws Exception {
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#statusText").startsWith("Loaded "));
        robot.push(new KeyCodeCombination(KeyCode.U, KeyCombination.ALT_DOWN)).push(KeyCode.DOWN);
        robot.write("Me (").push(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#userPicker .list-cell").equals("Me (your ratings)"));
        waitUntil(() -> movies(robot).getItems().size() == StarterMovies.COUNT);
        assertThat(robot.lookup("#tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getId()).isEqualTo("rateTab");

        Map<String, Integer> searches = new LinkedHashMap<>();
        searches.put("matrix 1999", 166);
        searches.put("godfather 1972", 57);
        searches.put("titanic", 149);
        searches.put("toy story 1995", 136);
        searches.put("alien 1979", 71);
        int halfStarsMore = 0;
        for (Map.Entry<String, Integer> search : searches.entrySet()) {
            robot.clickOn("#movieSearch").push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN))
                    .write(search.getKey());
            waitUntil(() -> !movies(robot).getItems().isEmpty()
                    && movies(robot).getItems().get(0).movie().id() == search.getValue(),
                    () -> robot.lookup("#movieSearch").queryAs(javafx.scene.control.TextField.class).getText() + " "
                            + movies(robot).getItems());
            Rating stars = starsOf(robot, search.getValue());
            robot.clickOn(robot.from(stars).lookup(".button").nth(3).queryAs(Node.class));
            double clicked = stars.getRating();
            assertThat(clicked).isBetween(3.5, 4.0);
            for (int i = 0; i < halfStarsMore; i++) {
                robot.push(KeyCode.RIGHT);
            }
            assertThat(stars.getRating()).isEqualTo(Math.min(5, clicked + halfStarsMore * 0.5));
            halfStarsMore += 2;
        }

        Path saved = dataFolder.resolve("profiles").resolve("Me.csv");
        waitUntil(() -> lines(saved) == 1 + 5, () -> {
            try {
                return Files.readString(saved) + text(robot, "#profileSummary") + " "
                        + text(robot, "#userPicker .list-cell");
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        waitUntil(() -> rows(robot, "#popular") > 0 && rows(robot, "#genre") > 0,
                () -> text(robot, "#resultsFailure") + " / " + text(robot, "#popular .empty-reason") + " / "
                        + text(robot, "#genre .empty-reason"));
        assertThat(robot.lookup("#userRatingsTable").queryAs(TableView.class).getItems()).hasSize(5);
        boolean neighboursFound = rows(robot, "#neighbour") > 0;
        String reason = robot.lookup("#neighbour .empty-reason").queryAs(Labeled.class).getText();
        assertThat(neighboursFound || reason.startsWith("No suggestions")).isTrue();
        assertThat(Files.readString(saved)).contains("0,166,", "0,57,", "0,149,", "0,136,", "0,71,");
    }

    /** The stars in the shown row of the movie, not in a cell the list keeps aside for measuring. */
    private static Rating starsOf(FxRobot robot, int movieId) {
        ListCell<?> row = robot.lookup("#moviesToRate .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.isVisible() && cell.getItem() instanceof MovieMatch match
                        && match.movie().id() == movieId)
                .findFirst().orElseThrow();
        return robot.from(row).lookup(".rating").queryAs(Rating.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<MovieMatch> movies(FxRobot robot) {
        return robot.lookup("#moviesToRate").queryAs(ListView.class);
    }

    private static long lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).size() : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static int rows(FxRobot robot, String list) {
        return robot.lookup(list + " .table-view").queryAs(TableView.class).getItems().size();
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Labeled) node).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> shown)
            throws TimeoutException {
        try {
            waitUntil(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("still showing " + shown.get(), e);
        }
    }
}
