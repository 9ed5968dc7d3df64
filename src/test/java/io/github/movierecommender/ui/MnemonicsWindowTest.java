package io.github.movierecommender.ui;

import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.download.ReleaseDownloader;
import io.github.movierecommender.ui.recommend.UserChoice;
import io.github.movierecommender.ui.settings.Language;
import io.github.movierecommender.ui.welcome.DataSources;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every Alt+letter answers, in both languages: the main window with every view it can show built
 * (the welcome view, which stays behind the results, the Rate movies tab, the filter bar, each list,
 * Side by side, Neighbours, the user's ratings, Overview, Evaluation and the details), its menus,
 * and the windows it opens (the tutorial and the dialogs of the API key, the download and the
 * licence), each checked against itself with {@link MnemonicClashes}.
 */
@ExtendWith(ApplicationExtension.class)
class MnemonicsWindowTest {

    private final AppWindow window = new AppWindow();
    private final MnemonicClashes clashes = new MnemonicClashes();
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

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"ENGLISH", "PORTUGUESE_BRAZIL"})
    void noTwoMnemonicsOfAWindowTakeTheSameKey(Language language, FxRobot robot) throws Exception {
        // Nothing listens there: a download the test would start by mistake fails at once.
        DataSources nowhere = new DataSources(new ReleaseDownloader(HttpClient.newHttpClient(), dataFolder),
                URI.create("http://127.0.0.1:9/ml-latest-small.zip"), dataFolder);
        robot.interact(() -> window.start(stage, dataFolder, language, Fixtures.path(Fixtures.TINY),
                parts -> parts.links(url -> { }).sources(nowhere)));
        checkMain(robot, "main window, welcome view");

        robot.interact(() -> menuItem(robot, item -> "openFolderItem".equals(item.getId())).fire());
        waitUntil(() -> "3".equals(robot.lookup("#users").queryAs(Labeled.class).getText()));
        @SuppressWarnings("unchecked")
        ComboBox<UserChoice> picker = robot.lookup("#userPicker").queryAs(ComboBox.class);
        waitUntil(() -> picker.getItems().stream().anyMatch(choice -> !choice.isOwnProfile()));
        UserChoice own = picker.getItems().stream().filter(UserChoice::isOwnProfile).findFirst().orElseThrow();
        UserChoice user = picker.getItems().stream().filter(choice -> !choice.isOwnProfile()).findFirst().orElseThrow();

        pick(robot, picker, own.label());
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getTabs().stream().anyMatch(tab -> "rateTab".equals(tab.getId())));
        visitEveryTab(robot, tabs, "your own profile");
        pick(robot, picker, Integer.toString(user.userId()));
        waitUntil(() -> !tabs.getTabs().stream().anyMatch(tab -> "rateTab".equals(tab.getId())));
        visitEveryTab(robot, tabs, user.label());

        openAndCheck(robot, () -> menuItem(robot, item -> "tourItem".equals(item.getId())).fire(), "tutorial");
        closeOtherWindows(robot);
        openAndCheck(robot, () -> menuItem(robot, item -> item.getText() != null && item.getText().contains("TMDB"))
                .fire(), "API key dialog");
        answer(robot, KeyCode.ESCAPE);
        openAndCheck(robot, () -> menuItem(robot, item -> "downloadItem".equals(item.getId())).fire(),
                "download dialog");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#licenceTerms").tryQuery().isPresent());
        checkOtherWindows("licence dialog");
        answer(robot, KeyCode.ESCAPE);

        assertThat(clashes.found()).as("mnemonics in %s that cannot all answer", language).isEmpty();
    }

    /** Picks the user whose entry {@code typed} finds, as a person does: without Alt+U, whose letter is under test. */
    private static void pick(FxRobot robot, ComboBox<UserChoice> picker, String typed) {
        robot.interact(picker::requestFocus);
        robot.push(KeyCode.DOWN).write(typed).push(KeyCode.ENTER);
    }

    private void visitEveryTab(FxRobot robot, TabPane tabs, String picked) throws TimeoutException {
        TabPane lists = robot.lookup("#listTabs").queryAs(TabPane.class);
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            settle(robot, tab);
            if (tab.getContent().lookup("#listTabs") == null) {
                checkMain(robot, tab.getText() + " tab, " + picked);
                continue;
            }
            for (Tab list : List.copyOf(lists.getTabs())) {
                settle(robot, list);
                checkMain(robot, tab.getText() + " › " + list.getText() + " tab, " + picked);
            }
        }
    }

    /** Shows {@code tab}, waits for its view, built when first shown, and for its skin. */
    private static void settle(FxRobot robot, Tab tab) throws TimeoutException {
        robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
        waitUntil(() -> tab.getContent() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> tab.getTabPane().getScene().getRoot().layout());
    }

    private void checkMain(FxRobot robot, String where) {
        robot.interact(() -> clashes.check(stage.getScene(), where));
    }

    /** Runs {@code open} later on the JavaFX thread, as a dialog waiting for its answer blocks it, then checks the new window. */
    private void openAndCheck(FxRobot robot, Runnable open, String where) throws Exception {
        Platform.runLater(open);
        waitUntil(() -> otherWindows().findAny().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        checkOtherWindows(where);
    }

    private void checkOtherWindows(String where) throws Exception {
        FxThread.run(() -> otherWindows().forEach(other -> clashes.check(other.getScene(), where)));
    }

    /** Answers the dialog shown with {@code key} and waits until it is gone. */
    private void answer(FxRobot robot, KeyCode key) throws TimeoutException {
        robot.push(key);
        waitUntil(() -> otherWindows().findAny().isEmpty());
    }

    private void closeOtherWindows(FxRobot robot) throws TimeoutException {
        robot.interact(() -> otherWindows().toList().forEach(Window::hide));
        waitUntil(() -> otherWindows().findAny().isEmpty());
    }

    /** The windows showing besides the main one, menus and other popups aside. */
    private Stream<Window> otherWindows() {
        return Window.getWindows().stream().filter(other -> other != stage && other instanceof Stage && other.isShowing());
    }

    private static MenuItem menuItem(FxRobot robot, Predicate<MenuItem> wanted) {
        for (Menu menu : robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()) {
            Optional<MenuItem> found = find(menu, wanted);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new AssertionError("no such menu item");
    }

    private static Optional<MenuItem> find(Menu menu, Predicate<MenuItem> wanted) {
        for (MenuItem item : menu.getItems()) {
            if (wanted.test(item)) {
                return Optional.of(item);
            }
            if (item instanceof Menu submenu) {
                Optional<MenuItem> found = find(submenu, wanted);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
