package io.github.movierecommender.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.appdata.AppVersion;
import io.github.movierecommender.ui.AppWindow;
import io.github.movierecommender.ui.Fixtures;
import io.github.movierecommender.ui.settings.Language;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The Help menu: the keyboard shortcuts (F1) and About. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuWindowTest {

    private final AppWindow window = new AppWindow();

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) {
        window.start(stage, dataFolder, Language.ENGLISH, Fixtures.path(Fixtures.TINY));
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void aboutShowsTheVersionTheLicencesAndGroupLens(FxRobot robot) {
        robot.clickOn("Help").clickOn("About Movie Recommender");

        DialogPane about = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(AppVersion.current()).isNotEqualTo(AppVersion.UNKNOWN);
        assertThat(about.getHeaderText()).isEqualTo("Movie Recommender, version " + AppVersion.current());
        assertThat(robot.lookup("#aboutText").queryAs(Label.class).getText()).contains("GroupLens Research")
                .contains("University of Minnesota").contains("Harper").contains("licence").contains("commercial")
                .contains("This product uses the TMDB API but is not endorsed or certified by TMDB.");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    @Test
    void f1ListsEveryShortcutWithTheLettersTheLabelsUnderline(FxRobot robot) {
        robot.type(KeyCode.F1);

        List<String> lines = robot.lookup("#shortcutsList .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(lines).containsSubsequence("Ctrl+O", "Open folder", "Ctrl+Shift+O", "Open zip");
        assertThat(lines).containsSubsequence("Alt+U", "User", "Alt+K", "k, nearest neighbours", "Alt+N",
                "n, movies per list", "Alt+V", "Minimum votes", "Alt+O", "Neighbour mode", "Alt+M", "Neighbour measure");
        assertThat(lines).containsSubsequence("Alt+R", "Run evaluation", "Alt+X", "Export results as CSV");
        assertThat(lines).contains("Enter", "In the user box: pick the entry moved to, or else the first in the list");
        robot.type(KeyCode.ESCAPE);
    }
}
