package io.github.movierecommender.ui.profile;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TabPane;
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

/** Switching between your own profile (with ratings) and a user of the dataset keeps the list tab shown. */
@ExtendWith(ApplicationExtension.class)
class MeAndUserTabsTest {

    private final DemoWindow window = new DemoWindow();

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) throws Exception {
        Path profiles = Files.createDirectories(dataFolder.resolve("profiles"));
        Files.writeString(profiles.resolve("Me.csv"), "userId,movieId,rating,timestamp\n0,166,4.0,100\n"
                + "0,57,4.5,100\n0,149,3.0,100\n0,136,5.0,100\n0,71,4.0,100\n");
        window.start(stage, dataFolder, FxProfileDialogs::new);
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void switchingBetweenMeAndAUserKeepsTheTab(FxRobot robot) throws TimeoutException {
        DemoWindow.openDemo(robot);
        pick(robot, "Me (", "Me (your ratings)");
        robot.clickOn("Genre-matched");
        assertThat(selectedTab(robot)).isEqualTo("Suggestions / Genre-matched");

        pick(robot, "User 1 ", null);
        waitUntil(() -> !text(robot, "#userPicker .list-cell").startsWith("Me"));
        assertThat(selectedTab(robot)).isEqualTo("Suggestions / Genre-matched");

        pick(robot, "Me (", "Me (your ratings)");
        assertThat(selectedTab(robot)).isEqualTo("Suggestions / Genre-matched");
    }

    private static void pick(FxRobot robot, String typed, String shown) throws TimeoutException {
        robot.push(new KeyCodeCombination(KeyCode.U, KeyCombination.ALT_DOWN)).push(KeyCode.DOWN);
        robot.write(typed).push(KeyCode.ENTER);
        if (shown != null) {
            waitUntil(() -> text(robot, "#userPicker .list-cell").equals(shown));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The tab shown, and inside Suggestions the list tab shown. */
    private static String selectedTab(FxRobot robot) {
        return selected(robot, "#tabs") + " / " + selected(robot, "#listTabs");
    }

    private static String selected(FxRobot robot, String tabPane) {
        return robot.lookup(tabPane).queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText();
    }
}
