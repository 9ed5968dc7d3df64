package io.github.movierecommender.ui.recommend;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.recommend.Neighbour;
import io.github.movierecommender.ui.AppWindow;
import io.github.movierecommender.ui.settings.Language;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
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

/**
 * What the lists say of themselves, in a real window: a list being worked out says so, each
 * score column is named for what it is, the neighbour list says which neighbours it comes from,
 * the nearest neighbours say their order and weighting and are never anti-correlated, and a movie
 * reached through More like this is not said to have been watched.
 */
@ExtendWith(ApplicationExtension.class)
class TrustWindowTest {

    private final AppWindow window = new AppWindow();
    /** The genre list waits in its method until let go. */
    private final HeldListMethod heldGenre = new HeldListMethod("genre");

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) throws Exception {
        window.start(stage, dataFolder, Language.ENGLISH, EightUsers.path(), parts -> parts.links(url -> { })
                .lists(new ShownLists(name -> name.equals("genre") ? Optional.of(heldGenre) : Methods.find(name))));
    }

    @Stop
    void stop() throws Exception {
        heldGenre.letGo();
        window.stop();
    }

    @Test
    void aListBeingWorkedOutSaysComputingRatherThanAskingForAUser(FxRobot robot) throws TimeoutException {
        EightUsers.openAndPickUserOne(robot);

        waitUntil(() -> text(robot, "#popular .empty-reason").equals("Computing…"));
        assertThat(rows(robot, "#popular")).isZero();

        heldGenre.letGo();
        waitUntil(() -> rows(robot, "#popular") == 7 && rows(robot, "#genre") == 4);
    }

    @Test
    void eachScoreColumnIsNamedForWhatItIsAndTheNeighboursSayTheirOrder(FxRobot robot) throws TimeoutException {
        heldGenre.letGo();
        EightUsers.openAndPickUserOne(robot);
        waitUntil(() -> rows(robot, "#popular") == 7);

        assertThat(scoreColumn(robot, "#popular").isVisible()).as("ranked by votes, the Votes column is the score")
                .isFalse();
        assertThat(scoreHeader(robot, "#genre")).isEqualTo("Genre match");
        robot.clickOn("Best rated");
        waitUntil(() -> scoreHeader(robot, "#popular").equals("Mean rating"));
        assertThat(scoreColumn(robot, "#popular").isVisible()).isFalse();
        robot.clickOn("Neighbour-based");
        waitUntil(() -> rows(robot, "#neighbour") == 7);
        assertThat(scoreHeader(robot, "#neighbour")).isEqualTo("Neighbour score");
        assertThat(text(robot, "#neighbour #listNote")).isEqualTo("Each movie is scored by the 20 users most similar"
                + " to this user among those who rated it, so the neighbours differ from movie to movie; the Nearest"
                + " neighbours tab shows the 20 most similar overall.");

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
        EightUsers.openAndPickUserOne(robot);
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
        EightUsers.openAndPickUserOne(robot);
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

    private static int rows(FxRobot robot, String list) {
        return robot.lookup(list + " .table-view").queryAs(TableView.class).getItems().size();
    }
}
