package io.github.movierecommender.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.recommend.Neighbour;
import io.github.movierecommender.ui.AppWindows;
import io.github.movierecommender.ui.MovieRecommenderApp;
import io.github.movierecommender.ui.dataset.DatasetChooser;
import io.github.movierecommender.ui.settings.AppSettings;
import io.github.movierecommender.ui.settings.Language;
import io.github.movierecommender.ui.settings.ThrowawayPreferences;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the lists say of themselves, in a real window: a list being worked out says so, each
 * score column is named for what it is, the neighbour list says which neighbours it comes from,
 * the nearest neighbours say their order and weighting and are never anti-correlated, and a movie
 * reached through More like this is not said to have been watched.
 */
@ExtendWith(ApplicationExtension.class)
class TrustWindowTest {

    private final ThrowawayPreferences preferences = new ThrowawayPreferences();
    /** The genre list waits in its method until let go. */
    private final HeldListMethod heldGenre = new HeldListMethod("genre");
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
                .links(url -> { })
                .lists(new ShownLists(name -> name.equals("genre") ? Optional.of(heldGenre) : Methods.find(name)))
                .build();
        app.start(stage);
    }

    @Stop
    void stop() throws Exception {
        heldGenre.letGo();
        AppWindows.close(app, stage, preferences);
    }

    @Test
    void aListBeingWorkedOutSaysComputingRatherThanAskingForAUser(FxRobot robot) throws TimeoutException {
        openTheDatasetAndPickUserOne(robot);

        waitUntil(() -> text(robot, "#popular .empty-reason").equals("Computing…"));
        assertThat(rows(robot, "#popular")).isZero();

        heldGenre.letGo();
        waitUntil(() -> rows(robot, "#popular") == 7 && rows(robot, "#genre") == 4);
    }

    @Test
    void eachScoreColumnIsNamedForWhatItIsAndTheNeighboursSayTheirOrder(FxRobot robot) throws TimeoutException {
        heldGenre.letGo();
        openTheDatasetAndPickUserOne(robot);
        waitUntil(() -> rows(robot, "#neighbour") == 7);

        assertThat(scoreColumn(robot, "#popular").isVisible()).as("ranked by votes, the Votes column is the score")
                .isFalse();
        assertThat(scoreHeader(robot, "#genre")).isEqualTo("Genre match");
        assertThat(scoreHeader(robot, "#neighbour")).isEqualTo("Neighbour score");
        assertThat(text(robot, "#neighbour #listNote")).isEqualTo("Each movie is scored by the 20 users most similar"
                + " to this user among those who rated it, so the neighbours differ from movie to movie; the Nearest"
                + " neighbours tab shows the 20 most similar overall.");
        robot.clickOn("Best rated");
        waitUntil(() -> scoreHeader(robot, "#popular").equals("Mean rating"));
        assertThat(scoreColumn(robot, "#popular").isVisible()).isFalse();

        @SuppressWarnings("unchecked")
        TableView<Neighbour> neighbours = robot.lookup("#neighboursTable").queryAs(TableView.class);
        assertThat(neighbours.getItems()).isNotEmpty().allSatisfy(neighbour -> {
            assertThat(neighbour.similarity()).as("an anti-correlated user is no neighbour").isPositive();
            assertThat(neighbour.weight()).isBetween(0.0, 1.0);
        });
        assertThat(neighbours.getColumns()).extracting(TableColumn::getText).containsExactly("User",
                "Correlation", "Weight", "Similarity", "Distance", "Co-rated movies");
        assertThat(neighbours.getColumns()).allSatisfy(column -> assertThat(column.isVisible()).isTrue());
        assertThat(text(robot, "#neighboursOrder")).isEqualTo("Nearest first, by similarity = correlation × weight;"
                + " only users with a positive similarity are neighbours.");
    }

    @Test
    void aMovieReachedThroughMoreLikeThisIsNotSaidToBeWatched(FxRobot robot) throws TimeoutException {
        heldGenre.letGo();
        openTheDatasetAndPickUserOne(robot);
        waitUntil(() -> rows(robot, "#popular") == 7);
        robot.clickOn(robot.from(robot.lookup("#popular").queryAs(Node.class)).lookup("Cold Harbour")
                .queryAs(Node.class));
        waitUntil(() -> text(robot, "#detailsTitle").equals("Cold Harbour"));

        waitUntil(() -> robot.lookup("#moreLikeThis .list-cell").queryAll().stream()
                .anyMatch(cell -> ((Labeled) cell).getText() != null && !((Labeled) cell).getText().isEmpty()));
        Labeled similar = robot.lookup("#moreLikeThis .list-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> cell.getText() != null && !cell.getText().isEmpty()).findFirst().orElseThrow();
        String title = similar.getText();
        robot.doubleClickOn(similar);

        waitUntil(() -> !text(robot, "#detailsTitle").equals("Cold Harbour"));
        assertThat(text(robot, "#detailsUserRating")).isEqualTo("This user has not rated it");
        assertThat(text(robot, "#detailsExplanation")).doesNotContain("watched").matches(
                "Why: \\d+ of the \\d+ people who liked Cold Harbour liked it too").as(title);
    }

    @Test
    void movingASliderKeepsTheMoviePickedInTheList(FxRobot robot) throws TimeoutException {
        heldGenre.letGo();
        openTheDatasetAndPickUserOne(robot);
        waitUntil(() -> rows(robot, "#popular") == 7);
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN)).push(KeyCode.HOME);
        waitUntil(() -> rows(robot, "#popular") == 5);
        robot.clickOn(robot.from(robot.lookup("#popular").queryAs(Node.class)).lookup("Cold Harbour")
                .queryAs(Node.class));
        waitUntil(() -> text(robot, "#detailsTitle").equals("Cold Harbour"));

        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN)).push(KeyCode.RIGHT);

        waitUntil(() -> rows(robot, "#popular") == 6);
        TableView<?> popular = robot.lookup("#popular .table-view").queryAs(TableView.class);
        assertThat(((RecommendationRow) popular.getSelectionModel().getSelectedItem()).title()).isEqualTo("Cold Harbour");
        assertThat(text(robot, "#detailsTitle")).isEqualTo("Cold Harbour");
    }

    private static String scoreHeader(FxRobot robot, String list) {
        return scoreColumn(robot, list).getText();
    }

    private static TableColumn<?, ?> scoreColumn(FxRobot robot, String list) {
        TableView<?> table = robot.lookup(list + " .table-view").queryAs(TableView.class);
        return table.getColumns().get(4);
    }

    /** Ctrl+O opens the fixture, Alt+V and Home set the minimum votes to 0, Alt+U and typing pick user 1. */
    private static void openTheDatasetAndPickUserOne(FxRobot robot) throws TimeoutException {
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#statusText").startsWith("Loaded "));
        robot.push(new KeyCodeCombination(KeyCode.V, KeyCombination.ALT_DOWN)).push(KeyCode.HOME);
        robot.push(new KeyCodeCombination(KeyCode.U, KeyCombination.ALT_DOWN)).push(KeyCode.DOWN);
        robot.write("User 1").push(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#userPicker .list-cell").equals("User 1 · 6 ratings"));
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
