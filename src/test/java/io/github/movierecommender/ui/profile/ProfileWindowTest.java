package io.github.movierecommender.ui.profile;

import static io.github.movierecommender.ui.profile.DemoWindow.lines;
import static io.github.movierecommender.ui.profile.DemoWindow.movies;
import static io.github.movierecommender.ui.profile.DemoWindow.rateFound;
import static io.github.movierecommender.ui.profile.DemoWindow.rows;
import static io.github.movierecommender.ui.profile.DemoWindow.text;
import static io.github.movierecommender.ui.profile.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Labeled;
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

/** Rating movies as "Me" on the demo data in a real window, as a newcomer would. */
@ExtendWith(ApplicationExtension.class)
class ProfileWindowTest {

    private final DemoWindow window = new DemoWindow();

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) throws Exception {
        window.start(stage, dataFolder, FxProfileDialogs::new);
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void ratingFiveMoviesFoundByTitleFillsTheListsAtOnceAndKeepsTheRatings(FxRobot robot) throws Exception {
        DemoWindow.openDemo(robot);
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
            Rating stars = rateFound(robot, search.getKey(), search.getValue());
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
        robot.clickOn("Suggestions").clickOn("Neighbour-based");
        waitUntil(() -> rows(robot, "#neighbour") > 0 || robot.lookup("#neighbour .empty-reason")
                .queryAs(Labeled.class).getText().startsWith("No suggestions"));
        assertThat(Files.readString(saved)).contains("0,166,", "0,57,", "0,149,", "0,136,", "0,71,");
    }
}
