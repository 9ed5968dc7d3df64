package io.github.movierecommender.ui.recommend;

import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.AppWindow;
import io.github.movierecommender.ui.settings.Language;
import io.github.movierecommender.ui.timing.Timings;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
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

/**
 * With timings on, opening a dataset, picking a user and moving the k slider each print their
 * step once the window shows the result: each line is written with what the tables show then,
 * which must already be the new rows, laid out in cells.
 */
@ExtendWith(ApplicationExtension.class)
class ListTimingsWindowTest {

    private static final String STEP_LINE = "timing %s \\d+\\.\\d ms";

    private final AppWindow window = new AppWindow();
    /** Each printed line, with what the window showed as it was printed. */
    private final List<Printed> printed = new CopyOnWriteArrayList<>();
    private Stage stage;

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window.start(stage, dataFolder, Language.ENGLISH, EightUsers.path(),
                parts -> parts.timings(Timings.printingTo(new PrintStream(new LineCatcher(), true,
                        StandardCharsets.UTF_8))));
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void theOpeningThePickAndTheSliderMovePrintTheirTimesOnceTheirListsAreLaidOut(FxRobot robot)
            throws TimeoutException {
        EightUsers.open(robot);
        // The neighbours come from the neighbour list, whose method trains once its list is first shown.
        robot.clickOn("Neighbour-based");
        waitUntil(() -> !robot.lookup("#neighbour .build-bar").query().isVisible());
        robot.clickOn("Popular");
        EightUsers.pickUserOne(robot);
        waitUntil(() -> printed.stream().anyMatch(line -> line.text().startsWith("timing pick-to-lists ")));

        assertThat(printed).extracting(Printed::text).first().asString().matches(STEP_LINE.formatted("first-window"));
        assertThat(printed.get(1).text()).matches(STEP_LINE.formatted("open-to-ready"));
        Printed pick = printed.stream().filter(line -> line.text().startsWith("timing pick-to-lists ")).findFirst()
                .orElseThrow();
        assertThat(pick.text()).matches(STEP_LINE.formatted("pick-to-lists"));
        assertThat(pick.popularRows()).as("the popular list's rows as the pick's time was printed").isEqualTo(7);
        assertThat(pick.firstRowLaidOut()).as("its first row's title in a cell").isTrue();
        assertThat(pick.userRatings()).as("the user's ratings").isEqualTo(6);
        assertThat(pick.neighbours()).as("the neighbours").isEqualTo(4);

        int before = printed.size();
        robot.push(new KeyCodeCombination(KeyCode.K, KeyCombination.ALT_DOWN)).push(KeyCode.HOME);
        waitUntil(() -> printed.size() > before);

        Printed slider = printed.get(before);
        assertThat(slider.text()).matches(STEP_LINE.formatted("slider-to-lists"));
        assertThat(slider.neighbours()).as("the one neighbour k = 1 keeps, as the slider's time was printed")
                .isEqualTo(1);
    }

    /** What the window showed as a line was printed. */
    private record Printed(String text, int popularRows, boolean firstRowLaidOut, int userRatings, int neighbours) {
    }

    /** Printing happens on the JavaFX thread, so the window can be read as it is. */
    private Printed printedNow(String text) {
        assertThat(Platform.isFxApplicationThread()).as("printed on the JavaFX thread").isTrue();
        TableView<?> popular = (TableView<?>) stage.getScene().lookup("#popular .table-view");
        if (popular == null) {
            // The first window's line: the results are built in the step after it.
            return new Printed(text, 0, false, 0, 0);
        }
        boolean laidOut = !popular.getItems().isEmpty() && popular.lookupAll(".table-row-cell .table-cell").stream()
                .anyMatch(cell -> cell instanceof Labeled labeled
                        && ((RecommendationRow) popular.getItems().get(0)).title().equals(labeled.getText()));
        return new Printed(text, popular.getItems().size(), laidOut, items("#userRatingsTable"), items("#neighboursTable"));
    }

    private int items(String table) {
        return ((TableView<?>) stage.getScene().lookup(table)).getItems().size();
    }

    /** Hands each line printed to {@link #printedNow}. */
    private final class LineCatcher extends OutputStream {
        private final StringBuilder line = new StringBuilder();

        @Override
        public void write(int b) {
            if (b == '\n') {
                printed.add(printedNow(line.toString().strip()));
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }
    }
}
