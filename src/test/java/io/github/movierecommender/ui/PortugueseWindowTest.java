package io.github.movierecommender.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.data.Movie;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.settings.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app in Brazilian Portuguese, every tab, the movie details, an evaluation and two load errors
 * visited: no text the user can see is English. Movie titles, tags and profile names come from the
 * data and are left out of the check.
 */
@ExtendWith(ApplicationExtension.class)
class PortugueseWindowTest {

    private static final Path DEMO = Path.of("data", "demo").toAbsolutePath();
    /** Words of English UI text that no Portuguese text of the app holds. */
    private static final Pattern ENGLISH_WORDS = Pattern.compile("(?i)(?<![\\p{L}.-])(the|of|and|you|your|movies?|"
            + "rated|rating|ratings|users?|not|only|with|pick|choose|open|load|loading|loaded|neighbours?|because|"
            + "liked|score|votes?|average|mean|training|cancel|run|export|save|chart|overview|evaluation|settings|"
            + "language|theme|recent|profiles?|import|delete|rename|quit|folder|release|genres?|year|title|"
            + "distance|similarity|predicted|recommendations|popular|best|for|from|to|is|are|has|have|by|least|"
            + "more|like|this|details|default|measure|method|methods|fold|folds|seed|held|hits|cover|fallback|"
            + "ready|file|line|lines|skipped|cannot|expected|found|comedy|action|thriller|adventure|"
            + "children|fantasy|horror|war|western|mystery|documentary|animation|sci-fi|"
            + "something|went|wrong|rate|type|find|search|list|lists|per|higher|lower|better|worse|why)"
            + "(?![\\p{L}-]|\\.\\w)");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+");
    /** Nodes showing what the data holds: the movie's title and its tags. */
    private static final Set<String> DATA_NODES = Set.of("detailsTitle", "detailsTags");
    /** Columns of movie titles and user names. */
    private static final Set<String> DATA_COLUMNS = Set.of("titleColumn", "userColumn", "mostVotedTitle",
            "bestRatedTitle");

    private final AppWindow window = new AppWindow();
    private final List<String> english = new ArrayList<>();
    private volatile Path chosenFolder = DEMO;
    private List<String> dataTexts;
    private Set<String> englishOnly;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        window.start(stage, folder.resolve("data"), Language.PORTUGUESE_BRAZIL, () -> chosenFolder,
                settings -> { }, parts -> parts.links(url -> { }));
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void noTextTheUserSeesIsEnglish(FxRobot robot) throws Exception {
        dataTexts = DatasetLoader.load(DEMO).movies().all().stream().map(Movie::displayTitle)
                .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.toList());
        dataTexts.add("Me");
        englishOnly = englishOnlyTexts();

        check(robot, "welcome view");
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> status(robot).startsWith("Carregado de "));
        check(robot, "demo loaded");

        pickFirstUser(robot);
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            settle();
            showDetailsOfFirstRow(robot, tabs.getTabs().get(i));
            check(robot, "tab " + tabs.getTabs().get(i).getText());
        }

        evaluate(robot, tabs);
        check(robot, "evaluation");

        Path notARelease = Files.createDirectory(folder.resolve("fotos-das-ferias"));
        Files.writeString(notARelease.resolve("praia.txt"), "x");
        for (Path broken : List.of(notARelease, Fixtures.path(Fixtures.BROKEN))) {
            chosenFolder = broken;
            robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
            waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            scan(dialog.getScene().getRoot(), "error dialog for " + broken.getFileName());
            check(dialog.getContentText(), "error dialog text");
            robot.type(KeyCode.ENTER);
            settle();
            check(robot, "after the error");
        }

        assertThat(english).as("English in the Portuguese window").isEmpty();
    }

    private void pickFirstUser(FxRobot robot) throws TimeoutException {
        ComboBox<?> picker = robot.lookup("#userPicker").queryAs(ComboBox.class);
        waitUntil(() -> picker.getItems().size() > 1);
        robot.interact(() -> picker.getSelectionModel().select(1));
        settle();
    }

    private void showDetailsOfFirstRow(FxRobot robot, Tab tab) {
        if (tab.getContent() == null) {
            return;
        }
        robot.from(tab.getContent()).lookup(".table-view").queryAllAs(TableView.class).stream()
                .filter(table -> !table.getItems().isEmpty())
                .findFirst().ifPresent(table -> {
                    robot.interact(() -> table.getSelectionModel().select(0));
                    settle();
                });
    }

    private void evaluate(FxRobot robot, TabPane tabs) throws TimeoutException {
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "evaluationTab".equals(tab.getId())).findFirst().orElseThrow()));
        settle();
        robot.interact(() -> {
            robot.lookup(".evaluation-form .text-field").queryAs(TextField.class).setText("5");
            robot.lookup("#runEvaluation").queryAs(Button.class).fire();
        });
        waitUntil(() -> ((Labeled) robot.lookup("#evaluationStatus").query()).getText().startsWith("Concluído"));
        settle();
    }

    private void check(FxRobot robot, String where) {
        for (Window window : Window.getWindows()) {
            Scene scene = window.getScene();
            if (window.isShowing() && scene != null) {
                robot.interact(() -> scan(scene.getRoot(), where));
            }
        }
    }

    private void scan(Node node, String where) {
        if (DATA_NODES.contains(String.valueOf(node.getId()))) {
            return;
        }
        if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                && DATA_COLUMNS.contains(String.valueOf(cell.getTableColumn().getId()))) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled.getText(), where);
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            check(control.getTooltip().getText(), where + " (tooltip)");
        }
        if (node.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip installed) {
            check(installed.getText(), where + " (tooltip)");
        }
        if (node instanceof TextInputControl input) {
            check(input.getPromptText(), where + " (prompt)");
        }
        if (node instanceof ComboBoxBase<?> box) {
            check(box.getPromptText(), where + " (prompt)");
        }
        if (node instanceof ChoiceBox<?> choice) {
            scanChoices(choice, where);
        }
        if (node instanceof Chart chart) {
            check(chart.getTitle(), where + " (chart)");
        }
        if (node instanceof Axis<?> axis) {
            check(axis.getLabel(), where + " (axis)");
        }
        if (node instanceof TabPane tabPane) {
            for (Tab tab : tabPane.getTabs()) {
                check(tab.getText(), where + " (tab)");
                if (tab.getTooltip() != null) {
                    check(tab.getTooltip().getText(), where + " (tab tooltip)");
                }
            }
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(column -> scanColumn(column, where));
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(menu -> scanMenu(menu, where));
        }
        if (node instanceof MenuButton button) {
            button.getItems().forEach(item -> scanMenu(item, where));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> scan(child, where));
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void scanChoices(ChoiceBox<T> choice, String where) {
        if (choice.getConverter() != null) {
            choice.getItems().forEach(item -> check(choice.getConverter().toString(item), where + " (choice)"));
        }
    }

    private void scanColumn(TableColumnBase<?, ?> column, String where) {
        check(column.getText(), where + " (column)");
        column.getColumns().forEach(child -> scanColumn(child, where));
    }

    private void scanMenu(MenuItem item, String where) {
        check(item.getText(), where + " (menu)");
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> scanMenu(child, where));
        }
    }

    private void check(String text, String where) {
        if (text == null || text.isBlank()) {
            return;
        }
        String shown = text.strip();
        String words = shown;
        for (String data : dataTexts) {
            words = words.replace(data, " ");
        }
        words = WEB_ADDRESS.matcher(words).replaceAll(" ").replace(DEMO.toString(), " ").replace(folder.toString(), " ")
                .replace(Fixtures.path(Fixtures.BROKEN).toString(), " ");
        if (englishOnly.contains(shown) || ENGLISH_WORDS.matcher(words).find()) {
            english.add(where + ": " + shown);
        }
    }

    /** The English bundle's fixed texts that the Portuguese one does not also use. */
    private static Set<String> englishOnlyTexts() {
        Set<String> portuguese = fixedTexts(Messages.forLocale(Locale.forLanguageTag("pt-BR")));
        Set<String> only = new HashSet<>(fixedTexts(Messages.forLocale(Locale.ENGLISH)));
        only.removeAll(portuguese);
        return only;
    }

    private static Set<String> fixedTexts(Messages messages) {
        return messages.bundle().keySet().stream().map(messages::text).filter(text -> !text.contains("{"))
                .map(text -> text.replace("_", "").strip()).collect(Collectors.toSet());
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#statusText").queryAs(Label.class).getText();
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
