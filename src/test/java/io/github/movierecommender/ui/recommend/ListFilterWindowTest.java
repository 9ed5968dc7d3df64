package io.github.movierecommender.ui.recommend;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.AppWindows;
import io.github.movierecommender.ui.FxThread;
import io.github.movierecommender.ui.MovieRecommenderApp;
import io.github.movierecommender.ui.settings.AppSettings;
import io.github.movierecommender.ui.settings.Language;
import io.github.movierecommender.ui.settings.ThrowawayPreferences;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The filter bar over the lists, driven from the keyboard: a genre, years and a title text leave
 * only the movies they let through in every list, which still fills up where enough pass; Clear
 * lets every movie through again, and the filter is there again after a restart. User 1 of
 * {@link EightUsers} has 7 movies left: Laugh Track (2001, Comedy|Romance), Cold Harbour (2008,
 * Crime|Drama), Starfall Express (1995), The Quiet Orchard (2013, Drama|Romance), Pocket Monsters of
 * Mars (2020), Untitled Heist Project (no year) and Nine Lives of Juno (2016).
 */
@ExtendWith(ApplicationExtension.class)
class ListFilterWindowTest {

    private static final List<String> LISTS = List.of("#popular", "#genre", "#neighbour", "#becauseYouLiked",
            "#bestForYou");

    private final ThrowawayPreferences preferences = new ThrowawayPreferences();
    private MovieRecommenderApp app;
    private Stage stage;

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = app(preferences.node());
        app.start(stage);
    }

    private MovieRecommenderApp app(Preferences node) {
        AppSettings settings = new AppSettings(node);
        settings.setLanguage(Language.ENGLISH);
        return MovieRecommenderApp.builder(settings, dataFolder)
                .datasetChoosers((owner, messages) -> AppWindows.choosing(EightUsers.path())).build();
    }

    @Stop
    void stop() throws Exception {
        AppWindows.close(app, stage, preferences);
    }

    @Test
    void aGenreLeavesOnlyItsMoviesInEveryListAndAShortListSaysHowManyMatch(FxRobot robot) throws TimeoutException {
        EightUsers.openAndPickUserOne(robot);
        robot.clickOn("Side by side");
        waitUntil(() -> LISTS.stream().allMatch(list -> !rows(robot, list).isEmpty()));

        chooseGenre(robot, 5);

        assertThat(robot.lookup("#genreChoice").queryAs(ChoiceBox.class).getValue()).isEqualTo("Drama");
        waitUntil(() -> titles(robot, "#popular").equals(List.of("Cold Harbour", "The Quiet Orchard")));
        for (String list : LISTS) {
            assertThat(rows(robot, list)).as(list).allMatch(row -> row.genres().contains("Drama"));
        }
        assertThat(text(robot, "#popular .short-note")).isEqualTo("Fewer than asked: only 2 movies match the filter.");
    }

    @Test
    void yearsAndATitleTextNarrowTheListsWhichStillFillUpAndClearLetsEveryMovieThrough(FxRobot robot)
            throws TimeoutException {
        EightUsers.openAndPickUserOne(robot);
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN)).push(KeyCode.HOME);
        waitUntil(() -> rows(robot, "#popular").size() == 5);
        assertThat(rows(robot, "#popular")).anyMatch(row -> row.year() < 2000);

        mnemonic(robot, KeyCode.Y).write("2000").push(KeyCode.ENTER);

        waitUntil(() -> rows(robot, "#popular").stream().allMatch(row -> row.year() >= 2000));
        assertThat(rows(robot, "#popular")).as("five movies from 2000 on: the list still holds n").hasSize(5);
        assertThat(isShown(robot.lookup("#popular .short-note").query())).isFalse();

        robot.push(KeyCode.TAB).write("2013").push(KeyCode.ENTER);

        waitUntil(() -> titles(robot, "#popular").size() == 3);
        assertThat(titles(robot, "#popular")).containsExactlyInAnyOrder("Laugh Track", "Cold Harbour",
                "The Quiet Orchard");

        mnemonic(robot, KeyCode.I).write("ORCH");

        // Read off the JavaFX thread, the rows and the note under them are set one after the other.
        waitUntil(() -> titles(robot, "#popular").equals(List.of("The Quiet Orchard"))
                && text(robot, "#popular .short-note").equals("Fewer than asked: only 1 movie matches the filter."));

        robot.push(new KeyCodeCombination(KeyCode.C, KeyCombination.ALT_DOWN));

        waitUntil(() -> rows(robot, "#popular").size() == 5);
        assertThat(robot.lookup("#fromYear").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#toYear").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#titleText").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#clearFilter").query().isDisabled()).isTrue();
    }

    @Test
    void aTitleWithoutAMatchEmptiesTheListsWhichSaySo(FxRobot robot) throws TimeoutException {
        EightUsers.openAndPickUserOne(robot);
        waitUntil(() -> !rows(robot, "#popular").isEmpty());

        mnemonic(robot, KeyCode.I).write("zebra").push(KeyCode.ENTER);

        waitUntil(() -> rows(robot, "#popular").isEmpty());
        assertThat(text(robot, "#popular .empty-reason")).isEqualTo("No suggestions: no movie matches the filter.");
    }

    @Test
    void theFilterIsThereAgainAfterARestart(FxRobot robot) throws Exception {
        EightUsers.openAndPickUserOne(robot);
        chooseGenre(robot, 5);
        mnemonic(robot, KeyCode.I).write("harb").push(KeyCode.ENTER);
        waitUntil(() -> titles(robot, "#popular").equals(List.of("Cold Harbour")));

        FxThread.call(() -> {
            app.stop();
            app = app(preferences.reopened());
            app.start(stage);
            return app;
        });

        waitUntil(() -> text(robot, "#statusText").startsWith("Loaded "));
        assertThat(robot.lookup("#genreChoice").queryAs(ChoiceBox.class).getValue()).isEqualTo("Drama");
        assertThat(robot.lookup("#titleText").queryAs(TextField.class).getText()).isEqualTo("harb");
        robot.push(new KeyCodeCombination(KeyCode.U, KeyCombination.ALT_DOWN)).push(KeyCode.DOWN);
        robot.write("User 1").push(KeyCode.ENTER);
        waitUntil(() -> titles(robot, "#popular").equals(List.of("Cold Harbour")));
    }

    /**
     * Alt with {@code letter}, then End, which leaves a text field as it is: on Monocle, the key after
     * an Alt combination still reads Alt as down, and a text field drops a character typed so.
     */
    private static FxRobot mnemonic(FxRobot robot, KeyCode letter) {
        return robot.push(new KeyCodeCombination(letter, KeyCombination.ALT_DOWN)).push(KeyCode.END);
    }

    /** Alt+G, Space to open the genres, Down {@code steps} times from "Any genre", Enter. */
    private static void chooseGenre(FxRobot robot, int steps) {
        robot.push(new KeyCodeCombination(KeyCode.G, KeyCombination.ALT_DOWN)).push(KeyCode.SPACE);
        for (int i = 0; i < steps; i++) {
            robot.push(KeyCode.DOWN);
        }
        robot.push(KeyCode.ENTER);
    }

    @SuppressWarnings("unchecked")
    private static List<RecommendationRow> rows(FxRobot robot, String list) {
        return List.copyOf(robot.lookup(list + " .table-view").queryAs(TableView.class).getItems());
    }

    private static List<String> titles(FxRobot robot, String list) {
        return rows(robot, list).stream().map(RecommendationRow::title).toList();
    }

    private static boolean isShown(Node node) {
        for (Node around = node; around != null; around = around.getParent()) {
            if (!around.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
