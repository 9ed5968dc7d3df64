package io.github.movierecommender.ui.evaluate;

import static io.github.movierecommender.ui.WindowSteps.selectTab;
import static io.github.movierecommender.ui.profile.DemoWindow.text;
import static io.github.movierecommender.ui.profile.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.eval.EvalResult;
import io.github.movierecommender.ui.profile.DemoWindow;
import io.github.movierecommender.ui.profile.FxProfileDialogs;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import javafx.scene.chart.LineChart;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** Measuring the methods on the demo data from the Evaluation tab, keys and buttons only. */
@ExtendWith(ApplicationExtension.class)
class EvaluationWindowTest {

    private final DemoWindow window = new DemoWindow();

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        window.start(stage, folder, FxProfileDialogs::new,
                owner -> (title, fileName, filter, extension) -> Optional.of(folder.resolve(fileName)));
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void runningFillsTheTableAndTheChartWhichExportAsCsvAndPng(FxRobot robot) throws Exception {
        DemoWindow.openDemo(robot);
        assertThat(robot.lookup("#evaluationTable").tryQuery()).as("built when first shown").isEmpty();
        selectTab(robot, "evaluationTab");
        assertThat(robot.lookup("#resultsSplit").queryAs(SplitPane.class).getItems())
                .as("the movie details make way for the whole-dataset tab").hasSize(1);
        robot.push(new KeyCodeCombination(KeyCode.E, KeyCombination.ALT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN)).write("5, 20");
        assertThat(robot.lookup(".evaluation-form .text-field").queryAs(TextField.class).getText()).isEqualTo("5, 20");

        robot.push(new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN));

        waitUntil(() -> text(robot, "#evaluationStatus").startsWith("Finished"), () -> text(robot, "#evaluationStatus"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(EvalResult::method).containsExactly("popular", "genre",
                "knn-tutorial", "knn-tutorial", "knn-baseline", "knn-baseline");
        LineChart<?, ?> chart = robot.lookup("#evaluationChart").queryAs(LineChart.class);
        assertThat(chart.getData()).extracting(series -> series.getName())
                .containsExactly("Popular", "Genre-matched", "Tutorial", "Neighbours (per movie, on the baseline)");

        robot.clickOn("#exportEvaluation");

        Path exported = folder.resolve("evaluation.csv");
        waitUntil(() -> Files.exists(exported));
        assertThat(Files.readAllLines(exported)).hasSize(7);
        assertThat(text(robot, "#evaluationStatus")).isEqualTo("Saved " + exported + ".");

        robot.clickOn("#saveEvaluationChart");

        Path picture = folder.resolve("evaluation-precision.png");
        waitUntil(() -> ("Chart saved to " + picture).equals(text(robot, "#evaluationChartNotice")));
        BufferedImage image = ImageIO.read(picture.toFile());
        assertThat(image.getWidth()).as("drawn at twice its size").isEqualTo(2 * (int) Math.ceil(chart.getWidth()));

        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        assertThat(robot.lookup("#resultsSplit").queryAs(SplitPane.class).getItems()).hasSize(2);
    }

    @SuppressWarnings("unchecked")
    private static TableView<EvalResult> table(FxRobot robot) {
        return robot.lookup("#evaluationTable").queryAs(TableView.class);
    }
}
