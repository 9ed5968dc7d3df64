package io.github.movierecommender.ui.recommend;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.AppWindow;
import io.github.movierecommender.ui.settings.Language;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The lists whose methods train first, in a real window: "Best for you" made by a stand-in whose
 * training the test holds at 40 %, "Because you liked" by one whose training fails. Each trains
 * only once its list is first shown.
 */
@ExtendWith(ApplicationExtension.class)
class TrainedListsWindowTest {

    private final AppWindow window = new AppWindow();
    private final StandInMethod best = StandInMethod.held("als", "knn-pearson");
    private final StandInMethod liked = StandInMethod.failing("item-knn", "no two movies share a rater");

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) throws Exception {
        window.start(stage, dataFolder, Language.ENGLISH, EightUsers.path(), parts -> parts.links(url -> { })
                .saveChoosers(owner -> null).lists(new ShownLists(StandInMethod.registry(best, liked))));
    }

    @Stop
    void stop() throws Exception {
        window.stop();
        best.letGo();
    }

    @Test
    void aListInTrainingShowsItsProgressWhileTheQuickListsAreShownAndFillsOnceTrained(FxRobot robot)
            throws TimeoutException {
        EightUsers.openAndPickUserOne(robot);

        waitUntil(() -> rows(robot, "#popular") == 7);
        robot.clickOn("Neighbour-based");
        waitUntil(() -> rows(robot, "#neighbour") == 7);
        robot.clickOn("Best for you");
        assertThat(text(robot, "#bestForYou .build-text")).isEqualTo("Training… 40%");
        assertThat(robot.lookup("#bestForYou .progress-bar").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.4);
        assertThat(rows(robot, "#bestForYou")).isZero();

        best.letGo();

        waitUntil(() -> rows(robot, "#bestForYou") == 7);
        assertThat(robot.lookup("#bestForYou .build-bar").query().isVisible()).isFalse();
        TableView<?> table = robot.lookup("#bestForYou .table-view").queryAs(TableView.class);
        assertThat(table.getColumns().get(5).getText()).isEqualTo("Predicted");
        assertThat(table.getColumns().get(5).isVisible()).isTrue();
    }

    @Test
    void aListThatTrainsFirstIsNotTrainedNorSaysSoUntilItsTabIsShownAndTrainsOnceItIs(FxRobot robot)
            throws TimeoutException {
        EightUsers.openAndPickUserOne(robot);
        waitUntil(() -> rows(robot, "#popular") == 7);
        robot.clickOn("Genre-matched");
        waitUntil(() -> rows(robot, "#genre") > 0);

        assertThat(best.trainings()).isZero();
        assertThat(liked.trainings()).isZero();
        assertThat(robot.lookup("#bestForYou .build-bar").query().isVisible()).isFalse();
        assertThat(text(robot, "#bestForYou .build-text")).isEmpty();

        robot.clickOn("Best for you");

        waitUntil(() -> text(robot, "#bestForYou .build-text").equals("Training… 40%"));
        assertThat(best.trainings()).isEqualTo(1);
        assertThat(liked.trainings()).as("its tab was never shown").isZero();
        best.letGo();
        waitUntil(() -> rows(robot, "#bestForYou") == 7);

        robot.clickOn("Genre-matched");
        robot.clickOn("Best for you");
        assertThat(best.trainings()).as("trained once per dataset").isEqualTo(1);
    }

    @Test
    void aFailedTrainingSaysWhyInItsTabAndLeavesTheOtherListsAlone(FxRobot robot) throws TimeoutException {
        EightUsers.openAndPickUserOne(robot);
        robot.clickOn("Because you liked");

        waitUntil(() -> text(robot, "#becauseYouLiked .build-text").startsWith("Training failed"));
        assertThat(text(robot, "#becauseYouLiked .build-text"))
                .isEqualTo("Training failed: an unexpected error in the app. The other lists are unaffected.");
        assertThat(robot.lookup("#becauseYouLiked .retry-build").query().isVisible()).isTrue();
        assertThat(rows(robot, "#popular")).isEqualTo(7);
    }

    @Test
    void cancellingATrainingSaysSoInItsTabAndTrainingAgainFillsTheList(FxRobot robot) throws TimeoutException {
        EightUsers.openAndPickUserOne(robot);
        robot.clickOn("Best for you");
        waitUntil(() -> text(robot, "#bestForYou .build-text").equals("Training… 40%"));

        robot.clickOn(robot.lookup("#bestForYou .cancel-build").queryAs(Node.class));

        waitUntil(() -> text(robot, "#bestForYou .build-text").equals("Training was cancelled; this list needs it."));
        assertThat(robot.lookup("#bestForYou .cancel-build").query().isVisible()).isFalse();
        assertThat(rows(robot, "#bestForYou")).isZero();
        assertThat(rows(robot, "#popular")).isEqualTo(7);

        robot.clickOn(robot.lookup("#bestForYou .retry-build").queryAs(Node.class));
        waitUntil(() -> text(robot, "#bestForYou .build-text").equals("Training… 40%"));
        best.letGo();

        waitUntil(() -> rows(robot, "#bestForYou") == 7);
    }

    private static int rows(FxRobot robot, String list) {
        return robot.lookup(list + " .table-view").queryAs(TableView.class).getItems().size();
    }
}
