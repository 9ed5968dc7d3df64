package io.github.movierecommender.ui.recommend;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.AppWindow;
import io.github.movierecommender.ui.settings.Language;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The Side by side tab: a column per list in tab order, the movies several lists hold marked with
 * how many, and each list's hits on the user's own held-out ratings when asked.
 */
@ExtendWith(ApplicationExtension.class)
class SideBySideWindowTest {

    private static final List<String> LISTS = List.of("popular", "genre", "neighbour", "becauseYouLiked",
            "bestForYou");
    private static final PseudoClass AGREED = PseudoClass.getPseudoClass("agreed");

    private final AppWindow window = new AppWindow();

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) {
        window.start(stage, dataFolder, Language.ENGLISH, EightUsers.path());
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void everyListHasAColumnWhoseMoviesHeldBySeveralListsAreMarkedWithHowMany(FxRobot robot)
            throws TimeoutException {
        EightUsers.openAndPickUserOne(robot);
        robot.clickOn("Side by side");
        waitUntil(() -> LISTS.stream().allMatch(list -> !rows(robot, "#" + list).isEmpty()));

        robot.clickOn("Genre-matched").clickOn("Side by side");

        waitUntil(() -> robot.lookup("#compareColumns").tryQuery().isPresent()
                && robot.lookup("#compareColumns").queryAs(Pane.class).getChildren().size() == LISTS.size());
        List<String> columns = robot.lookup("#compareColumns").queryAs(Pane.class).getChildren().stream()
                .map(Node::getId).toList();
        assertThat(columns).containsExactlyElementsOf(LISTS.stream().map(list -> "compare-" + list).toList());
        Map<Integer, Integer> holding = new HashMap<>();
        for (String list : LISTS) {
            rows(robot, "#" + list).forEach(row -> holding.merge(row.movieIndex(), 1, Integer::sum));
        }
        assertThat(holding.values()).as("the fixture's lists agree on some movies").anyMatch(count -> count > 1);
        for (String list : LISTS) {
            ListView<RecommendationRow> column = column(robot, list);
            assertThat(column.getItems()).extracting(RecommendationRow::movieIndex)
                    .containsExactlyElementsOf(rows(robot, "#" + list).stream().map(RecommendationRow::movieIndex)
                            .toList());
            for (Node node : column.lookupAll(".list-cell")) {
                @SuppressWarnings("unchecked")
                ListCell<RecommendationRow> cell = (ListCell<RecommendationRow>) node;
                if (cell.getItem() == null) {
                    continue;
                }
                int count = holding.get(cell.getItem().movieIndex());
                assertThat(cell.getPseudoClassStates().contains(AGREED)).as(cell.getText()).isEqualTo(count > 1);
                if (count > 1) {
                    assertThat(((Label) cell.getGraphic()).getText()).isEqualTo("×" + count);
                } else {
                    assertThat(cell.getGraphic()).isNull();
                }
            }
        }
    }

    @Test
    void countingTheHitsShowsANumberForEveryList(FxRobot robot) throws TimeoutException {
        EightUsers.openAndPickUserOne(robot);
        robot.clickOn("Side by side");
        waitUntil(() -> LISTS.stream().allMatch(list -> !rows(robot, "#" + list).isEmpty()));
        // The Evaluation tab, once built, stays in the window with its Run evaluation (Alt+R).
        robot.clickOn("Evaluation");
        waitUntil(() -> robot.lookup("#runEvaluation").tryQuery().isPresent());
        robot.clickOn("Suggestions").clickOn("Side by side");
        waitUntil(() -> robot.lookup("#compareColumns").tryQuery().isPresent()
                && robot.lookup("#compareColumns").queryAs(Pane.class).getChildren().size() == LISTS.size());

        robot.push(new KeyCodeCombination(KeyCode.T, KeyCombination.ALT_DOWN));

        waitUntil(() -> text(robot, "#checkText").startsWith("Held out"));
        assertThat(text(robot, "#checkText")).isEqualTo(
                "Held out 1 of 6 ratings (seed 42); " + relevantPart(text(robot, "#checkText"))
                        + " 4 stars or more, which a list should find.");
        for (String list : LISTS) {
            assertThat(text(robot, "#hits-" + list)).as(list).matches("Hits@10: [01] of [01]");
        }
        assertThat(robot.lookup("#checkHits").query().isDisabled()).isFalse();
    }

    /** "none is" or "1 is": whether user 1's held-out rating is 4 stars or more is the seed's draw. */
    private static String relevantPart(String text) {
        return text.contains("; none is") ? "none is" : "1 is";
    }

    @SuppressWarnings("unchecked")
    private static ListView<RecommendationRow> column(FxRobot robot, String list) {
        return robot.lookup("#compare-" + list + " .list-view").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static List<RecommendationRow> rows(FxRobot robot, String list) {
        return List.copyOf(robot.lookup(list + " .table-view").queryAs(TableView.class).getItems());
    }
}
