package io.github.movierecommender.ui.recommend;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static io.github.movierecommender.ui.recommend.UserPickerRobot.filtered;
import static io.github.movierecommender.ui.recommend.UserPickerRobot.openAndFocusThePicker;
import static io.github.movierecommender.ui.recommend.UserPickerRobot.picked;
import static io.github.movierecommender.ui.recommend.UserPickerRobot.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.AppWindow;
import io.github.movierecommender.ui.settings.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Picking a user by typing their id, with 150 users whose rating counts hold other digits: user 4
 * rated 11 movies, user 12 rated 4.
 */
@ExtendWith(ApplicationExtension.class)
class UserPickerWindowTest {

    private static final int USERS = 150;

    private final AppWindow window = new AppWindow();

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) throws Exception {
        Path release = writeRelease(Files.createDirectories(dataFolder.resolve("ml-latest-small")));
        window.start(stage, dataFolder, Language.ENGLISH, release);
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void typingOneListsTheUsersWhoseIdStartsWithOneUserOneFirstAndEnterPicksIt(FxRobot robot)
            throws TimeoutException {
        openAndFocusThePicker(robot, USERS);

        type(robot, "1");

        List<Integer> listed = listed(robot);
        assertThat(listed).first().isEqualTo(1);
        assertThat(listed).containsSubsequence(1, 10, 11, 19, 100, 149, 150).doesNotContain(4, 21)
                .allMatch(id -> Integer.toString(id).startsWith("1")).hasSize(1 + 10 + 51);
        robot.push(KeyCode.ENTER);

        assertThat(picked(robot)).isEqualTo(1);
        assertThat(filtered(robot).isShowing()).isFalse();
        waitUntil(() -> text(robot, "#userPicker .list-cell").equals("User 1 · 2 ratings"));
    }

    @Test
    void typingFourListsUserFourAndTheFortiesButNotAUserWithFourRatings(FxRobot robot) throws TimeoutException {
        openAndFocusThePicker(robot, USERS);

        type(robot, "4");

        assertThat(listed(robot)).containsExactly(4, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49);
        type(robot, "2");
        assertThat(listed(robot)).containsExactly(42);
        robot.push(KeyCode.BACK_SPACE).push(KeyCode.BACK_SPACE).write("User 12");
        assertThat(listed(robot)).as("the label's start, as it reads").containsExactly(12, 120, 121, 122, 123, 124,
                125, 126, 127, 128, 129);
    }

    @Test
    void downAndUpMoveThroughTheFilteredListFromItsStartAndEnterPicksThatEntry(FxRobot robot)
            throws TimeoutException {
        openAndFocusThePicker(robot, USERS);
        type(robot, "30").push(KeyCode.ENTER);
        assertThat(picked(robot)).isEqualTo(30);

        type(robot, "2").push(KeyCode.DOWN);
        assertThat(picked(robot)).as("the first match, not the user after 30").isEqualTo(2);
        robot.push(KeyCode.DOWN).push(KeyCode.DOWN);
        assertThat(picked(robot)).isEqualTo(21);
        robot.push(KeyCode.UP);
        assertThat(picked(robot)).isEqualTo(20);
        robot.push(KeyCode.ENTER);

        assertThat(picked(robot)).isEqualTo(20);
        assertThat(filtered(robot).isShowing()).isFalse();
    }

    @Test
    void escapePutsBackTheUserPickedBefore(FxRobot robot) throws TimeoutException {
        openAndFocusThePicker(robot, USERS);
        type(robot, "30").push(KeyCode.ENTER);

        type(robot, "4").push(KeyCode.DOWN).push(KeyCode.DOWN);
        assertThat(picked(robot)).isEqualTo(40);
        robot.push(KeyCode.ESCAPE);

        assertThat(picked(robot)).isEqualTo(30);
        assertThat(filtered(robot).isShowing()).isFalse();
    }

    @Test
    void downOnTheClosedPickerOpensItsListWithoutChangingTheUser(FxRobot robot) throws TimeoutException {
        openAndFocusThePicker(robot, USERS);
        type(robot, "30").push(KeyCode.ENTER);

        robot.push(KeyCode.DOWN);

        assertThat(filtered(robot).isShowing()).isTrue();
        assertThat(picked(robot)).isEqualTo(30);
        robot.push(KeyCode.DOWN);
        assertThat(picked(robot)).as("the list's first entry, your own profile").isEqualTo(UserChoice.OWN_PROFILE);
    }

    /** 150 users who rated 2 movies each, except user 4 (11 movies) and user 12 (4 movies). */
    private static Path writeRelease(Path folder) throws IOException {
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        for (int movie = 1; movie <= 12; movie++) {
            movies.append(movie).append(",Film ").append(movie).append(" (2000),Drama\n");
        }
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (int user = 1; user <= USERS; user++) {
            int count = user == 4 ? 11 : user == 12 ? 4 : 2;
            for (int movie = 1; movie <= count; movie++) {
                ratings.append(user).append(',').append(movie).append(",4.0,1600000000\n");
            }
        }
        Files.writeString(folder.resolve("movies.csv"), movies);
        Files.writeString(folder.resolve("ratings.csv"), ratings);
        return folder;
    }

    private static List<Integer> listed(FxRobot robot) {
        return filtered(robot).getItems().stream().map(UserChoice::userId).toList();
    }
}
