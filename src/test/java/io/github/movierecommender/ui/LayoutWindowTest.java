package io.github.movierecommender.ui;

import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.recommend.UserChoice;
import io.github.movierecommender.ui.settings.Language;
import io.github.movierecommender.ui.settings.WindowBounds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window at its default size and at 1024 × 700, in both languages: every tab's header
 * in sight without the overflow menu, the lists' tables tall enough for {@value #LIST_ROWS} rows and
 * the evaluation's for {@value #EVALUATION_ROWS} (the Overview's top tens scroll with their page), no
 * text cut to "…". The sizes are the whole window's; a window manager's title bar takes
 * {@value #TITLE_BAR} pixels of them.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutWindowTest {

    private static final int TITLE_BAR = 25;
    private static final int LIST_ROWS = 8;
    private static final int EVALUATION_ROWS = 5;

    private final AppWindow window = new AppWindow();
    private Stage stage;

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    static Stream<Arguments> windows() {
        return Stream.of(Arguments.of(Language.ENGLISH, 1100, 720), Arguments.of(Language.ENGLISH, 1024, 700),
                Arguments.of(Language.PORTUGUESE_BRAZIL, 1100, 720), Arguments.of(Language.PORTUGUESE_BRAZIL, 1024, 700));
    }

    @ParameterizedTest(name = "{0} at {1} × {2}")
    @MethodSource("windows")
    void everyTabIsInReachTablesShowTheirRowsAndNoTextIsCut(Language language, int width, int height,
                                                             FxRobot robot) throws Exception {
        open(robot, language, width, height - TITLE_BAR);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        TabPane lists = robot.lookup("#listTabs").queryAs(TabPane.class);
        List<String> problems = new ArrayList<>();

        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            if (tab.getContent() == null || tab.getContent().lookup("#listTabs") == null) {
                settle(robot, tab);
                problems.addAll(inspect(tabs, tab.getText()));
                continue;
            }
            for (Tab list : List.copyOf(lists.getTabs())) {
                robot.interact(() -> lists.getSelectionModel().select(list));
                settle(robot, list);
                problems.addAll(inspect(tabs, tab.getText() + " › " + list.getText()));
                problems.addAll(headersInSight(lists, tab.getText()));
            }
        }

        assertThat(problems).isEmpty();
    }

    private void open(FxRobot robot, Language language, int width, int height) throws Exception {
        robot.interact(() -> window.start(stage, dataFolder, language, () -> dataFolder, settings -> {
            settings.setWindowBounds(new WindowBounds(0, 0, width, height, false));
            settings.rememberOpened(Fixtures.path(Fixtures.TINY));
        }, UnaryOperator.identity()));
        waitUntil(() -> "3".equals(robot.lookup("#users").queryAs(Labeled.class).getText()));
        robot.interact(() -> robot.lookup("#minVotesSlider").queryAs(Slider.class).setValue(0));
        @SuppressWarnings("unchecked")
        ComboBox<UserChoice> picker = robot.lookup("#userPicker").queryAs(ComboBox.class);
        waitUntil(() -> picker.getItems().stream().anyMatch(choice -> !choice.isOwnProfile()));
        robot.push(new KeyCodeCombination(KeyCode.U, KeyCombination.ALT_DOWN)).push(KeyCode.DOWN);
        robot.write("1").push(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#popular .table-view").queryAs(TableView.class).getItems().isEmpty());
        assertThat(stage.getScene().getWidth()).isEqualTo(width);
        assertThat(stage.getScene().getHeight()).isEqualTo(height);
    }

    /** Waits for a tab's view, built when first shown, and for its first layout. */
    private static void settle(FxRobot robot, Tab tab) throws TimeoutException {
        waitUntil(() -> tab.getContent() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> tab.getTabPane().getScene().getRoot().layout());
    }

    private List<String> inspect(TabPane tabs, String where) {
        List<String> problems = new ArrayList<>(headersInSight(tabs, where));
        for (Node node : shown(stage.getScene().getRoot())) {
            if (node instanceof Labeled labeled && !(node instanceof Cell<?>) && isCut(labeled)) {
                problems.add(where + ": \"" + labeled.getText() + "\" is cut to \"" + displayed(labeled) + "\" in "
                        + labeled.getParent().getStyleClass() + " " + labeled.getParent().getParent().getStyleClass());
            }
            if (node instanceof TableView<?> table && !table.getStyleClass().contains("top-table")) {
                int wanted = "evaluationTable".equals(table.getId()) ? EVALUATION_ROWS : LIST_ROWS;
                double rows = rowsInSight(table);
                if (rows < wanted) {
                    problems.add(where + ": a table shows " + Math.floor(rows) + " rows, not " + wanted);
                }
            }
        }
        return problems;
    }

    /** Each tab's header lies within the header area, and the overflow menu is not needed. */
    private static List<String> headersInSight(TabPane pane, String where) {
        List<String> problems = new ArrayList<>();
        Node area = pane.lookup(".tab-header-area");
        Bounds inSight = area.localToScene(area.getLayoutBounds());
        for (Node header : pane.lookupAll(".tab")) {
            Bounds bounds = header.localToScene(header.getLayoutBounds());
            if (header.getParent().getParent() == area && bounds.getMaxX() > inSight.getMaxX() + 0.5) {
                problems.add(where + ": the tab header " + ((Labeled) header.lookup(".tab-label")).getText()
                        + " ends at " + bounds.getMaxX() + ", beyond " + inSight.getMaxX());
            }
        }
        Node overflow = pane.lookup(".control-buttons-tab");
        if (overflow != null && overflow.getParent() == area && overflow.isVisible()) {
            problems.add(where + ": the tab bar needs its overflow menu");
        }
        return problems;
    }

    /** How many rows the table has room for; an empty table's rows would be 2 em high, as AtlantaFX's dense ones are. */
    private static double rowsInSight(TableView<?> table) {
        Labeled headerLabel = (Labeled) table.lookup(".column-header .label");
        double rowHeight = table.lookupAll(".table-row-cell").stream().filter(Node::isVisible).findFirst()
                .map(row -> row.getLayoutBounds().getHeight()).orElse(2 * headerLabel.getFont().getSize());
        Node header = table.lookup(".column-header-background");
        return (table.getLayoutBounds().getHeight() - header.getLayoutBounds().getHeight()) / rowHeight;
    }

    private static boolean isCut(Labeled labeled) {
        String text = displayed(labeled);
        return text != null && !text.equals(withoutMnemonic(labeled)) && text.contains(labeled.getEllipsisString());
    }

    private static String displayed(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .map(Text::getText).findFirst().orElse(null);
    }

    private static String withoutMnemonic(Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        return labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
    }

    /** The nodes on screen: visible, with every node around them visible. */
    private static List<Node> shown(Parent root) {
        List<Node> shown = new ArrayList<>();
        collect(root, shown);
        return shown;
    }

    private static void collect(Node node, List<Node> shown) {
        if (!node.isVisible()) {
            return;
        }
        shown.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, shown));
        }
    }
}
