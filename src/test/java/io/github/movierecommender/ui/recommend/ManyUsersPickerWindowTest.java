package io.github.movierecommender.ui.recommend;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static io.github.movierecommender.ui.recommend.UserPickerRobot.filtered;
import static io.github.movierecommender.ui.recommend.UserPickerRobot.openAndFocusThePicker;
import static io.github.movierecommender.ui.recommend.UserPickerRobot.picked;
import static io.github.movierecommender.ui.recommend.UserPickerRobot.picker;
import static io.github.movierecommender.ui.recommend.UserPickerRobot.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.AppWindow;
import io.github.movierecommender.ui.settings.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
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
 * The user picker with 2,500 users, more than it lists at a time: it lists 200 and says how many
 * more fit, and any user is still picked by typing their id and Enter.
 */
@ExtendWith(ApplicationExtension.class)
class ManyUsersPickerWindowTest {

    private static final int USERS = 2_500;

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
    void theListShowsTwoHundredMatchesThenHowManyMoreFit(FxRobot robot) throws TimeoutException {
        openAndFocusThePicker(robot, UserEntries.SHOWN + 1);
        assertThat(picker(robot).getItems()).hasSize(UserEntries.SHOWN + 1);

        type(robot, "1");

        List<UserChoice> listed = filtered(robot).getItems();
        assertThat(listed).hasSize(UserEntries.SHOWN + 1);
        assertThat(listed.subList(0, 3)).extracting(UserChoice::userId).containsExactly(1, 10, 11);
        assertThat(listed.get(UserEntries.SHOWN).label()).isEqualTo("…and 911 more");
        type(robot, "2");
        assertThat(filtered(robot).getItems()).as("12, 120–129, 1200–1299: all fit").hasSize(111)
                .noneMatch(UserChoice::isMoreUsers);
    }

    @Test
    void anIdBeyondTheFirstTwoHundredIsPickedByTypingItAndEnter(FxRobot robot) throws TimeoutException {
        openAndFocusThePicker(robot, UserEntries.SHOWN + 1);

        type(robot, "2345").push(KeyCode.ENTER);

        assertThat(picked(robot)).isEqualTo(2345);
        assertThat(filtered(robot).isShowing()).isFalse();
        waitUntil(() -> text(robot, "#userPicker .list-cell").equals("User 2345 · 2 ratings"));
    }

    @Test
    void clickingTheNoteNeitherPicksItNorClosesTheList(FxRobot robot) throws TimeoutException {
        openAndFocusThePicker(robot, UserEntries.SHOWN + 1);
        type(robot, "30").push(KeyCode.ENTER);
        type(robot, "2");
        robot.interact(() -> list(robot).scrollTo(UserEntries.SHOWN));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(note(robot));

        assertThat(filtered(robot).isShowing()).isTrue();
        robot.push(KeyCode.ESCAPE);
        assertThat(picked(robot)).isEqualTo(30);
    }

    @Test
    void clickingAUserPicksThem(FxRobot robot) throws TimeoutException {
        openAndFocusThePicker(robot, UserEntries.SHOWN + 1);
        type(robot, "41");

        robot.clickOn(cell(robot, "User 415 · 2 ratings"));

        assertThat(filtered(robot).isShowing()).isFalse();
        assertThat(picked(robot)).isEqualTo(415);
        waitUntil(() -> text(robot, "#userPicker .list-cell").equals("User 415 · 2 ratings"));
    }

    /** 2,500 users who rated 2 movies each. */
    private static Path writeRelease(Path folder) throws IOException {
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        for (int movie = 1; movie <= 4; movie++) {
            movies.append(movie).append(",Film ").append(movie).append(" (2000),Drama\n");
        }
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (int user = 1; user <= USERS; user++) {
            ratings.append(user).append(',').append(1 + user % 3).append(",4.0,1600000000\n");
            ratings.append(user).append(",4,3.0,1600000000\n");
        }
        Files.writeString(folder.resolve("movies.csv"), movies);
        Files.writeString(folder.resolve("ratings.csv"), ratings);
        return folder;
    }

    private static ListCell<?> note(FxRobot robot) {
        return robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() instanceof UserChoice entry && entry.isMoreUsers()).findFirst()
                .orElseThrow();
    }

    private static ListCell<?> cell(FxRobot robot, String label) {
        return robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> label.equals(cell.getText()) && cell.getParent() != null
                        && !(cell.getParent() instanceof ComboBox))
                .findFirst().orElseThrow();
    }

    private static ListView<?> list(FxRobot robot) {
        return robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
    }
}
