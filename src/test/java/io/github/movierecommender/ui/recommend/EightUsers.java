package io.github.movierecommender.ui.recommend;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;

import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.testfx.api.FxRobot;

/**
 * An invented dataset of 8 users and 13 movies with tags and links. User 1 rated 6 movies
 * (1–6), every other user shares at least 5 of them, and 7 movies are left for user 1.
 */
final class EightUsers {

    private EightUsers() {
    }

    static Path path() {
        try {
            return Path.of(EightUsers.class.getResource("eight-users").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LoadedDataset load() throws Exception {
        return LoadedDataset.of(DatasetLoader.load(path()));
    }

    static int movieIndex(LoadedDataset loaded, int movieId) {
        return loaded.dataset().movies().indexOf(movieId);
    }

    /**
     * Ctrl+O opens this dataset (the app's chooser answering with it), Alt+V and Home set the minimum
     * votes to 0, Alt+U and typing pick user 1.
     */
    static void openAndPickUserOne(FxRobot robot) throws TimeoutException {
        open(robot);
        pickUserOne(robot);
    }

    /** Ctrl+O opens this dataset, Alt+V and Home set the minimum votes to 0; waits for its users to be listed. */
    static void open(FxRobot robot) throws TimeoutException {
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#statusText").startsWith("Loaded "));
        robot.push(new KeyCodeCombination(KeyCode.V, KeyCombination.ALT_DOWN)).push(KeyCode.HOME);
        waitUntil(() -> !robot.lookup("#userPicker").queryAs(ComboBox.class).getItems().isEmpty());
    }

    /** Alt+U and typing pick user 1. */
    static void pickUserOne(FxRobot robot) throws TimeoutException {
        robot.push(new KeyCodeCombination(KeyCode.U, KeyCombination.ALT_DOWN)).push(KeyCode.DOWN);
        robot.write("User 1").push(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#userPicker .list-cell").equals("User 1 · 6 ratings"));
    }
}
