package io.github.movierecommender.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.ui.dataset.DatasetChooser;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final FakeChooser chooser = new FakeChooser();
    private MovieRecommenderApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = new MovieRecommenderApp(Locale.US, (owner, messages) -> chooser);
        app.start(stage);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void opensAFolderWithTheShortcutAndShowsItsSummary(FxRobot robot) throws TimeoutException {
        assertTrue(label(robot, "#placeholder").isVisible());
        assertEquals("Ready", label(robot, "#statusText").getText());
        chooser.folder = Fixtures.path(Fixtures.TINY);

        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntilLoaded(robot);

        assertEquals("3", label(robot, "#users").getText());
        assertEquals("4", label(robot, "#movies").getText());
        assertEquals("8", label(robot, "#ratings").getText());
        assertEquals("1", label(robot, "#skippedLines").getText());
        assertFalse(label(robot, "#placeholder").isVisible());
        assertFalse(robot.lookup("#cancelButton").query().isVisible());
        assertFalse(robot.lookup("#progressBar").query().isVisible());
    }

    @Test
    void aBrokenDatasetShowsAnErrorAndKeepsTheAppUsable(FxRobot robot) throws TimeoutException {
        chooser.folder = Fixtures.path(Fixtures.TINY);
        openFolderFromTheMenu(robot);
        waitUntilLoaded(robot);

        chooser.folder = Fixtures.path(Fixtures.BROKEN);
        openFolderFromTheMenu(robot);
        DialogPane error = waitForErrorDialog(robot);

        assertEquals("Cannot open dataset", ((Stage) error.getScene().getWindow()).getTitle());
        assertTrue(error.getContentText().contains(chooser.folder.resolve("ratings.csv") + ": no valid ratings"),
                error.getContentText());
        robot.clickOn(error.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3", label(robot, "#users").getText());
        assertEquals("Could not open " + chooser.folder, label(robot, "#statusText").getText());

        chooser.folder = Fixtures.path(Fixtures.TINY);
        openFolderFromTheMenu(robot);
        waitUntilLoaded(robot);
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    private static void openFolderFromTheMenu(FxRobot robot) {
        robot.clickOn("File").clickOn("Open folder…");
    }

    private static void waitUntilLoaded(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> label(robot, "#statusText").getText().startsWith("Loaded "));
    }

    private static DialogPane waitForErrorDialog(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static final class FakeChooser implements DatasetChooser {
        private volatile Path folder;

        @Override
        public Optional<Path> chooseFolder() {
            return Optional.of(folder);
        }

        @Override
        public Optional<Path> chooseZip() {
            return Optional.empty();
        }
    }
}
