package io.github.movierecommender.ui.recommend;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.recommend.CoRatedPair;
import io.github.movierecommender.recommend.Neighbour;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.ui.AppWindow;
import io.github.movierecommender.ui.settings.Language;
import io.github.movierecommender.ui.settings.WindowBounds;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The neighbour inspector and the worked numbers of a suggestion, on {@link EightUsers}: the numbers
 * worked out end where the neighbour table and the lists are, to the digit shown.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorWindowTest {

    private final AppWindow window = new AppWindow();
    private Stage stage;

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    private void open(FxRobot robot, Language language) throws TimeoutException {
        robot.interact(() -> window.start(stage, dataFolder, language, EightUsers.path()));
    }

    @Test
    void inspectingANeighbourShowsTheCoRatedMoviesAndADistanceEqualToTheOneInTheTable(FxRobot robot)
            throws TimeoutException {
        open(robot, Language.ENGLISH);
        EightUsers.openAndPickUserOne(robot);
        TableView<Neighbour> neighbours = neighboursTable(robot);
        robot.clickOn("Nearest neighbours");
        waitUntil(() -> !neighbours.getItems().isEmpty() && rows(robot, "#neighbour") > 0);

        Neighbour nearest = inspectFirst(robot, neighbours);

        TableView<CoRatedPair> coRated = coRatedTable(robot);
        assertThat(coRated.getItems()).hasSize(nearest.common());
        assertThat(coRated.getItems()).allSatisfy(pair -> assertThat(pair.difference())
                .isEqualTo(pair.yours() - pair.theirs()));
        assertThat(text(robot, "#inspectorHeading")).isEqualTo("User 1 · 6 ratings and user " + nearest.userId()
                + ": " + nearest.common() + " movies rated by both");
        assertThat(text(robot, "#comparisonResult")).isEqualTo("Similarity " + measure(nearest.similarity())
                + " · distance " + measure(nearest.distance()) + ", as in the table");
        assertThat(text(robot, "#measureWorking")).contains("Correlation = Σ(d_you · d_them)")
                .contains("weight = (" + nearest.common() + " − 1) / (" + nearest.common() + " − 1 + 100)");

        @SuppressWarnings("unchecked")
        ChoiceBox<NeighbourMode> mode = robot.lookup("#modeChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> mode.setValue(NeighbourMode.TUTORIAL));
        waitUntil(() -> tutorialShown(neighbours) && text(robot, "#measureWorking").contains("√(Σd²)"));
        Neighbour followed = neighbours.getItems().stream().filter(n -> n.userId() == nearest.userId()).findFirst()
                .orElseThrow();
        assertThat(text(robot, "#comparisonResult")).as("the open inspector follows the new lists")
                .endsWith("distance " + measure(followed.distance()) + ", as in the table");

        robot.push(KeyCode.ESCAPE);
        Neighbour closest = inspectFirst(robot, neighbours);

        assertThat(coRatedTable(robot).getItems()).hasSize(closest.common());
        double squares = coRatedTable(robot).getItems().stream()
                .mapToDouble(pair -> pair.difference() * pair.difference()).sum();
        assertThat(text(robot, "#measureWorking")).contains("Distance = √(Σd²) = √"
                + new MessageFormat("{0,number,0.###}", Locale.ENGLISH).format(new Object[] {squares}) + " = "
                + measure(closest.distance()));
        assertThat(text(robot, "#comparisonResult")).endsWith("distance " + measure(closest.distance())
                + ", as in the table");
    }

    @Test
    void aSuggestionsWorkedPredictionEqualsItsScore(FxRobot robot) throws TimeoutException {
        open(robot, Language.ENGLISH);
        EightUsers.openAndPickUserOne(robot);
        robot.clickOn("Neighbour-based");
        waitUntil(() -> rows(robot, "#neighbour") > 0);

        RecommendationRow first = pickFirst(robot, "#neighbour");

        assertThat(text(robot, "#workedResult")).isEqualTo("Score " + score(first.score()) + " · predicted "
                + score(first.predicted().getAsDouble()) + ", as in the list");
        assertThat(text(robot, "#workedTerms")).startsWith("Baseline for this movie: μ + b_u + b_i = ")
                .contains("users most similar to you who rated it").containsPattern("Neighbour score = Σ similarity × rating over these \\d+ users = "
                        + score(first.score()));

        robot.clickOn("Because you liked");
        waitUntil(() -> rows(robot, "#becauseYouLiked") > 0);
        RecommendationRow liked = pickFirst(robot, "#becauseYouLiked");

        assertThat(text(robot, "#workedResult")).startsWith("Score " + score(liked.score()));
        assertThat(text(robot, "#workedTerms")).startsWith("The movies you liked").contains("Likeness = the sum over");
    }

    /** At 1024 × 700 less a title bar, as LayoutWindowTest checks the main window. */
    @Test
    void portugueseWritesTheWorkedNumbersWithDecimalCommasAndTheInspectorCutsNoTextAt1024By700(FxRobot robot)
            throws TimeoutException {
        robot.interact(() -> window.start(stage, dataFolder, Language.PORTUGUESE_BRAZIL, EightUsers::path,
                settings -> settings.setWindowBounds(new WindowBounds(0, 0, 1024, 675, false)),
                UnaryOperator.identity()));
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#statusText").startsWith("Carregad"));
        robot.push(new KeyCodeCombination(KeyCode.U, KeyCombination.ALT_DOWN))
                .push(KeyCode.DOWN);
        robot.write("Usuário 1").push(KeyCode.ENTER);
        robot.clickOn("Por vizinhos");
        waitUntil(() -> rows(robot, "#neighbour") > 0);
        RecommendationRow first = pickFirst(robot, "#neighbour");

        String decimal = new MessageFormat("{0,number,0.00}", Locale.forLanguageTag("pt-BR"))
                .format(new Object[] {first.score()});
        assertThat(decimal).contains(",");
        assertThat(text(robot, "#workedResult")).startsWith("Escore " + decimal);

        TableView<Neighbour> neighbours = neighboursTable(robot);
        robot.clickOn("Vizinhos mais próximos");
        Neighbour nearest = inspectFirst(robot, neighbours);
        assertThat(text(robot, "#comparisonResult")).endsWith("distância " + new MessageFormat("{0,number,0.000}",
                Locale.forLanguageTag("pt-BR")).format(new Object[] {nearest.distance()}) + ", como na tabela");
        Scene inspector = robot.lookup("#coRatedTable").query().getScene();
        assertThat(inspector.getWidth()).isLessThanOrEqualTo(1024);
        assertThat(inspector.getHeight()).isLessThanOrEqualTo(675);
        assertThat(robot.from(inspector.getRoot()).lookup((Node node) -> node instanceof Labeled && !(node instanceof Cell<?>)
                && node.isVisible()).queryAllAs(Labeled.class)).noneMatch(InspectorWindowTest::isCut);
    }

    private static boolean isCut(Labeled labeled) {
        String shown = labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .map(Text::getText).findFirst().orElse(null);
        return shown != null && !shown.equals(labeled.getText()) && shown.contains(labeled.getEllipsisString());
    }

    private static boolean tutorialShown(TableView<Neighbour> neighbours) {
        return !neighbours.getItems().isEmpty() && neighbours.getItems().stream().allMatch(n -> n.weight() == 1);
    }

    /** Picks the table's first row and presses Enter; waits for the inspector to show that neighbour. */
    private static Neighbour inspectFirst(FxRobot robot, TableView<Neighbour> neighbours) throws TimeoutException {
        robot.interact(() -> {
            neighbours.requestFocus();
            neighbours.getSelectionModel().select(0);
        });
        robot.push(KeyCode.ENTER);
        Neighbour picked = neighbours.getSelectionModel().getSelectedItem();
        waitUntil(() -> robot.lookup("#coRatedTable").tryQuery().isPresent()
                && !coRatedTable(robot).getItems().isEmpty()
                && text(robot, "#inspectorHeading").contains(" " + picked.userId() + ":"));
        return picked;
    }

    /** Picks a list's first row and waits for its worked numbers. */
    private static RecommendationRow pickFirst(FxRobot robot, String list) throws TimeoutException {
        @SuppressWarnings("unchecked")
        TableView<RecommendationRow> table = robot.lookup(list + " .table-view").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        RecommendationRow picked = table.getSelectionModel().getSelectedItem();
        waitUntil(() -> robot.lookup("#workedResult").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#workedNumbers").query().isVisible()
                && text(robot, "#detailsTitle").equals(picked.title()) && !text(robot, "#workedResult").isEmpty());
        return picked;
    }

    @SuppressWarnings("unchecked")
    private static TableView<Neighbour> neighboursTable(FxRobot robot) {
        return robot.lookup("#neighboursTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<CoRatedPair> coRatedTable(FxRobot robot) {
        return robot.lookup("#coRatedTable").queryAs(TableView.class);
    }

    private static int rows(FxRobot robot, String list) {
        return robot.lookup(list + " .table-view").queryAs(TableView.class).getItems().size();
    }

    private static String measure(double value) {
        return new MessageFormat("{0,number,0.000}", Locale.ENGLISH).format(new Object[] {value});
    }

    private static String score(double value) {
        return new MessageFormat("{0,number,0.00}", Locale.ENGLISH).format(new Object[] {value});
    }
}
