package io.github.movierecommender.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.AppWindows;
import io.github.movierecommender.ui.MovieRecommenderApp;
import io.github.movierecommender.ui.dataset.DatasetChooser;
import io.github.movierecommender.ui.settings.AppSettings;
import io.github.movierecommender.ui.settings.Language;
import io.github.movierecommender.ui.settings.ThrowawayPreferences;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The recommendation panel in a real window, driven with the keyboard and mouse as a user would. */
@ExtendWith(ApplicationExtension.class)
class RecommendationWindowTest {

    private final List<String> openedLinks = new CopyOnWriteArrayList<>();
    private final ThrowawayPreferences preferences = new ThrowawayPreferences();
    private MovieRecommenderApp app;
    private Stage stage;

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        DatasetChooser eightUsers = AppWindows.choosing(EightUsers.path());
        AppSettings settings = new AppSettings(preferences.node());
        settings.setLanguage(Language.ENGLISH);
        app = MovieRecommenderApp.builder(settings, dataFolder).datasetChoosers((owner, messages) -> eightUsers)
                .links(openedLinks::add).build();
        app.start(stage);
    }

    @Stop
    void stop() throws Exception {
        AppWindows.close(app, stage, preferences);
    }

    @Test
    void pickingAUserFillsTheThreeListsAndAMoviesDetailsLinkOut(FxRobot robot) throws TimeoutException {
        openTheDatasetAndPickUserOne(robot);

        waitUntil(() -> rows(robot, "#popular") == 7);
        assertThat(rows(robot, "#genre")).isEqualTo(4);
        assertThat(robot.lookup("#userRatingsTable").queryAs(TableView.class).getItems()).hasSize(6);
        Label shortNote = robot.lookup("#popular .short-note").queryAs(Label.class);
        assertThat(isShown(shortNote)).isTrue();
        assertThat(shortNote.getText()).isEqualTo("Fewer than asked: only 7 movies are left that you have not rated.");

        robot.clickOn(robot.from(robot.lookup("#popular").queryAs(Node.class)).lookup("Cold Harbour")
                .queryAs(Node.class));
        waitUntil(() -> text(robot, "#detailsTitle").equals("Cold Harbour"));
        assertThat(text(robot, "#detailsTags")).isEqualTo("Tags: noir, rain");
        robot.clickOn("IMDb");
        assertThat(openedLinks).containsExactly("https://www.imdb.com/title/tt0900008/");

        robot.clickOn("Neighbour-based");
        waitUntil(() -> rows(robot, "#neighbour") == 7);
        assertThat(robot.lookup("#neighboursTable").queryAs(TableView.class).getItems()).hasSize(4);
    }

    @Test
    void theItemBasedAndBestListsFillInTheirOwnTabsOnceTrained(FxRobot robot) throws TimeoutException {
        openTheDatasetAndPickUserOne(robot);
        waitUntil(() -> rows(robot, "#popular") == 7);

        robot.clickOn("Because you liked");
        waitUntil(() -> rows(robot, "#becauseYouLiked") > 0);
        TableView<?> liked = robot.lookup("#becauseYouLiked .table-view").queryAs(TableView.class);
        assertThat(liked.getColumns().get(4).getText()).isEqualTo("Likeness");
        assertThat(liked.getColumns().get(5).getText()).isEqualTo("Predicted");
        assertThat(liked.getColumns().get(5).isVisible()).isTrue();
        assertThat(isShown(robot.lookup("#becauseYouLiked .build-bar").query())).isFalse();

        robot.clickOn("Best for you");
        waitUntil(() -> rows(robot, "#bestForYou") > 0);
        TableView<?> best = robot.lookup("#bestForYou .table-view").queryAs(TableView.class);
        assertThat(best.getColumns().get(4).getText()).isEqualTo("Relevance");
        assertThat(best.getColumns().get(5).isVisible()).as("als predicts no ratings").isFalse();
        robot.clickOn("Neighbour-based");
        waitUntil(() -> rows(robot, "#neighbour") > 0);
        TableView<?> neighbour = robot.lookup("#neighbour .table-view").queryAs(TableView.class);
        assertThat(neighbour.getColumns().get(4).getText()).isEqualTo("Neighbour score");
        assertThat(neighbour.getColumns().get(5).isVisible()).as("knn-baseline predicts ratings").isTrue();
    }

    @Test
    void theUserPickersPopupMeasuresOnlyItsFirstRowsSoItOpensQuicklyWithManyUsers(FxRobot robot) {
        Node popup = robot.lookup("#userPicker #filtered").query();

        assertThat(popup.getProperties()).containsEntry("comboBoxRowsToMeasureWidth", 50);
    }

    @Test
    void movingNAndKChangesTheLists(FxRobot robot) throws TimeoutException {
        openTheDatasetAndPickUserOne(robot);
        waitUntil(() -> rows(robot, "#popular") == 7);

        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN)).push(KeyCode.HOME);

        waitUntil(() -> rows(robot, "#popular") == 5);
        assertThat(text(robot, "#nValue")).isEqualTo("5");
        assertThat(isShown(robot.lookup("#popular .short-note").query())).isFalse();

        robot.drag("#kSlider .thumb").moveBy(-200, 0).release(MouseButton.PRIMARY);

        waitUntil(() -> text(robot, "#kValue").equals("1"));
        waitUntil(() -> robot.lookup("#neighboursTable").queryAs(TableView.class).getItems().size() < 7);
    }

    @Test
    void theTutorialModeShowsWhyItsListIsEmptyInsteadOfABlankTable(FxRobot robot) throws TimeoutException {
        openTheDatasetAndPickUserOne(robot);
        waitUntil(() -> rows(robot, "#popular") == 7);
        assertThat(robot.lookup("#measureChoice").query().isDisabled()).as("the default mode has its own measure")
                .isTrue();

        robot.clickOn("#modeChoice").clickOn("Tutorial");
        assertThat(robot.lookup("#measureChoice").query().isDisabled()).isFalse();
        robot.push(new KeyCodeCombination(KeyCode.M, KeyCombination.ALT_DOWN)).push(KeyCode.TAB);
        // Tab leaves the left panel for the results' tabs, Tab again for the filter over the lists, then
        // through its genre, years, title (Clear is off) and the Posters toggle to the lists' tabs inside Suggestions;
        // the arrows then move to the neighbour-based list.
        assertThat(robot.lookup("#measureChoice").query().getScene().getFocusOwner()).isSameAs(
                robot.lookup("#tabs").query());
        robot.push(KeyCode.TAB);
        assertThat(robot.lookup("#measureChoice").query().getScene().getFocusOwner()).isSameAs(
                robot.lookup("#genreChoice").query());
        robot.push(KeyCode.TAB).push(KeyCode.TAB).push(KeyCode.TAB).push(KeyCode.TAB);
        assertThat(robot.lookup("#measureChoice").query().getScene().getFocusOwner()).isSameAs(
                robot.lookup("#postersToggle").query());
        robot.push(KeyCode.TAB);
        assertThat(robot.lookup("#measureChoice").query().getScene().getFocusOwner()).isSameAs(
                robot.lookup("#listTabs").query());
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT);

        waitUntil(() -> rows(robot, "#neighbour") == 0);
        assertThat(robot.lookup("#modeChoice").queryAs(ChoiceBox.class).getValue()).hasToString("TUTORIAL");
        assertThat(text(robot, "#measureChoice .label")).isEqualTo("Euclidean distance");
        Label reason = robot.lookup("#neighbour .empty-reason").queryAs(Label.class);
        assertThat(isShown(reason)).isTrue();
        assertThat(reason.getText()).isEqualTo("No suggestions: only 7 users share at least 5 rated movies with you,"
                + " and no movie you have not rated is rated by at least 10 of your 20 nearest neighbours"
                + " — lower k, so that fewer neighbours must agree.");
    }

    /** Ctrl+O opens the fixture, Alt+V and Home set the minimum votes to 0, Alt+U and typing pick user 1. */
    private static void openTheDatasetAndPickUserOne(FxRobot robot) throws TimeoutException {
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#statusText").startsWith("Loaded "));
        robot.push(new KeyCodeCombination(KeyCode.V, KeyCombination.ALT_DOWN)).push(KeyCode.HOME);
        assertThat(text(robot, "#minVotesValue")).isEqualTo("0");
        robot.push(new KeyCodeCombination(KeyCode.U, KeyCombination.ALT_DOWN)).push(KeyCode.DOWN);
        robot.write("User 1").push(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#userPicker .list-cell").equals("User 1 · 6 ratings"));
    }

    /** Whether the node and every node around it are visible, as in the selected tab. */
    private static boolean isShown(Node node) {
        for (Node around = node; around != null; around = around.getParent()) {
            if (!around.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static int rows(FxRobot robot, String list) {
        return robot.lookup(list + " .table-view").queryAs(TableView.class).getItems().size();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
