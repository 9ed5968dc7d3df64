package io.github.movierecommender.ui.profile;

import io.github.movierecommender.search.MovieMatch;
import io.github.movierecommender.ui.AppWindows;
import io.github.movierecommender.ui.MovieRecommenderApp;
import io.github.movierecommender.ui.dataset.DatasetChooser;
import io.github.movierecommender.ui.files.SaveFileChooser;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.settings.AppSettings;
import io.github.movierecommender.ui.settings.Language;
import io.github.movierecommender.ui.settings.ThrowawayPreferences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.Rating;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The app in English in a real window, with throwaway settings, opening data/demo; and what tests do in it. */
public final class DemoWindow {

    private final ThrowawayPreferences preferences = new ThrowawayPreferences();
    private MovieRecommenderApp app;
    private Stage stage;

    void start(Stage stage, Path dataFolder, BiFunction<Window, Messages, ProfileDialogs> dialogs)
            throws IOException {
        start(stage, dataFolder, dialogs, owner -> (title, fileName, filter, extension) -> Optional.empty());
    }

    /** {@code saveChoosers} answers where to save exported files. */
    public void start(Stage stage, Path dataFolder, BiFunction<Window, Messages, ProfileDialogs> dialogs,
                      Function<Window, SaveFileChooser> saveChoosers) throws IOException {
        this.stage = stage;
        DatasetChooser demo = AppWindows.choosing(Path.of("data", "demo").toAbsolutePath());
        AppSettings settings = new AppSettings(preferences.node());
        settings.setLanguage(Language.ENGLISH);
        app = MovieRecommenderApp.builder(settings, dataFolder).datasetChoosers((owner, messages) -> demo)
                .links(url -> { }).profileDialogs(dialogs).saveChoosers(saveChoosers).build();
        app.start(stage);
    }

    public void stop() throws Exception {
        AppWindows.close(app, stage, preferences);
    }

    /** Opens data/demo with the Open shortcut and waits until it is loaded. */
    public static void openDemo(FxRobot robot) throws TimeoutException {
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#statusText").startsWith("Loaded "));
    }

    /** Types {@code search} into the Rate movies search, waits for the movie on top and clicks its fourth star. */
    static Rating rateFound(FxRobot robot, String search, int movieId) throws TimeoutException {
        robot.clickOn("#movieSearch").push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN))
                .write(search);
        waitUntil(() -> !movies(robot).getItems().isEmpty()
                && movies(robot).getItems().get(0).movie().id() == movieId,
                () -> robot.lookup("#movieSearch").queryAs(javafx.scene.control.TextField.class).getText() + " "
                        + movies(robot).getItems());
        Rating stars = starsOf(robot, movieId);
        robot.clickOn(robot.from(stars).lookup(".button").nth(3).queryAs(Node.class));
        return stars;
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
    static ListView<MovieMatch> movies(FxRobot robot) {
        return robot.lookup("#moviesToRate").queryAs(ListView.class);
    }

    static long lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).size() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    static int rows(FxRobot robot, String list) {
        return robot.lookup(list + " .table-view").queryAs(TableView.class).getItems().size();
    }

    public static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Labeled) node).getText();
    }

    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    public static void waitUntil(BooleanSupplier condition, Supplier<String> shown) throws TimeoutException {
        try {
            waitUntil(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("still showing " + shown.get(), e);
        }
    }
}
