package io.github.movierecommender.ui.profile;

import static io.github.movierecommender.ui.profile.DemoWindow.movies;
import static io.github.movierecommender.ui.profile.DemoWindow.rateFound;
import static io.github.movierecommender.ui.profile.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.profile.ProfileStore;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
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
 * Closing the window while a rating cannot be written yet, because another program holds the
 * profiles folder's lock: the window waits a few seconds, then says which rating was not saved.
 */
@ExtendWith(ApplicationExtension.class)
class ClosingWindowTest {

    private static final int THE_MATRIX = 166;

    private final DemoWindow window = new DemoWindow();
    private Stage stage;

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window.start(stage, dataFolder, FxProfileDialogs::new);
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void aRatingStillWaitingWhenTheWindowClosesIsNamedBeforeItGoes(FxRobot robot) throws Exception {
        DemoWindow.openDemo(robot);
        robot.push(new KeyCodeCombination(KeyCode.U, KeyCombination.ALT_DOWN)).push(KeyCode.DOWN);
        robot.write("Me (").push(KeyCode.ENTER);
        waitUntil(() -> movies(robot).getItems().size() == StarterMovies.COUNT);
        Path profiles = dataFolder.resolve("profiles");

        DialogPane alert;
        try (FileChannel channel = FileChannel.open(profiles.resolve(".lock"), StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            double stars = rateFound(robot, "matrix 1999", THE_MATRIX).getRating();
            Platform.runLater(stage::hide);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);

            assertThat(((Stage) alert.getScene().getWindow()).getTitle()).isEqualTo("Not everything was saved");
            assertThat(alert.getContentText()).contains("your rating of The Matrix (1999): "
                    + String.format(Locale.US, "%.1f", stars) + " stars: still not written after 5 seconds");
        }
        robot.type(KeyCode.ENTER);

        waitUntil(() -> !stage.isShowing() && ratingSaved(profiles), () -> alert.getContentText());
    }

    private static boolean ratingSaved(Path profiles) {
        try {
            return Files.exists(profiles.resolve("Me.csv"))
                    && new ProfileStore(profiles, Clock.systemUTC()).load("Me").ratingOf(THE_MATRIX).isPresent();
        } catch (Exception e) {
            return false;
        }
    }
}
