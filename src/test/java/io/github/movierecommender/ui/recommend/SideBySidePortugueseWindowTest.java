package io.github.movierecommender.ui.recommend;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.AppWindow;
import io.github.movierecommender.ui.settings.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
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
 * The Side by side tab in Portuguese: its own mnemonic counts the hits, which read in Portuguese. The
 * letter is one the hidden welcome view does not use: JavaFX looks a mnemonic up by the first
 * combination that matches, so the welcome's Alt+E would hide an Alt+e.
 */
@ExtendWith(ApplicationExtension.class)
class SideBySidePortugueseWindowTest {

    private final AppWindow window = new AppWindow();

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) {
        window.start(stage, dataFolder, Language.PORTUGUESE_BRAZIL, EightUsers.path());
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void altRContaOsAcertosDeCadaLista(FxRobot robot) throws TimeoutException {
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#statusText").startsWith("Carregado"));
        robot.push(new KeyCodeCombination(KeyCode.V, KeyCombination.ALT_DOWN)).push(KeyCode.HOME);
        robot.push(new KeyCodeCombination(KeyCode.U, KeyCombination.ALT_DOWN)).push(KeyCode.DOWN);
        robot.write("1").push(KeyCode.ENTER);
        robot.clickOn("Lado a lado");
        waitUntil(() -> List.of("popular", "bestForYou").stream().allMatch(list ->
                !robot.lookup("#" + list + " .table-view").queryAs(TableView.class).getItems().isEmpty()));
        waitUntil(() -> robot.lookup("#compareColumns").tryQuery().isPresent()
                && robot.lookup("#compareColumns").queryAs(Pane.class).getChildren().size() == 5);

        robot.push(new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN));

        waitUntil(() -> text(robot, "#checkText").startsWith("Separadas 1 de 6 notas (semente 42)"));
        assertThat(text(robot, "#hits-popular")).matches("Acertos@10: [01] de [01]");
    }
}
