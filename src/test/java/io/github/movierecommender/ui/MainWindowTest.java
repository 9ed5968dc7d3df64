package io.github.movierecommender.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.movierecommender.data.SeveralReleasesTest;
import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.synth.DemoData;
import io.github.movierecommender.ui.dataset.DatasetChooser;
import io.github.movierecommender.ui.icon.AppIcons;
import io.github.movierecommender.ui.settings.AppSettings;
import io.github.movierecommender.ui.settings.Language;
import io.github.movierecommender.ui.settings.Theme;
import io.github.movierecommender.ui.settings.ThrowawayPreferences;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app in a real window, as a user meets it: a throwaway settings node stands in for
 * theirs and a temporary folder for their data folder.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final Path TINY = Fixtures.path(Fixtures.TINY);

    /** The folder the user picks when the app asks for a dataset folder. */
    private volatile Path chosenFolder;
    private final DatasetChooser chooser = AppWindows.choosing(() -> chosenFolder);
    private final ThrowawayPreferences preferences = new ThrowawayPreferences();
    private AppSettings settings;
    private MovieRecommenderApp app;
    private Stage stage;

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        settings = new AppSettings(preferences.node());
        settings.setLanguage(Language.ENGLISH);
        app = MovieRecommenderApp.builder(settings, dataFolder).datasetChoosers((owner, messages) -> chooser).build();
        app.start(stage);
    }

    @Stop
    void stop() throws Exception {
        AppWindows.close(app, stage, preferences);
    }

    @Test
    void startsOnTheWelcomeViewAndOpensAFolderWithTheShortcut(FxRobot robot) throws TimeoutException {
        assertThat(robot.lookup("#welcome").query().isVisible()).isTrue();
        assertThat(robot.lookup("#results").query().isVisible()).isFalse();
        assertThat(text(robot, "#statusText")).isEqualTo("Ready");
        waitUntil(() -> stage.getIcons().size() == AppIcons.SIZES.size());
        assertThat(stage.getIcons()).extracting(image -> (int) image.getWidth()).containsExactlyElementsOf(AppIcons.SIZES);
        chosenFolder = TINY;

        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntilLoaded(robot);

        assertThat(text(robot, "#users")).isEqualTo("3");
        assertThat(text(robot, "#movies")).isEqualTo("4");
        assertThat(text(robot, "#ratings")).isEqualTo("8");
        assertThat(text(robot, "#skippedLines")).isEqualTo("1");
        assertThat(robot.lookup("#demoNote").query().isVisible()).isFalse();
        assertThat(robot.lookup("#welcome").query().isVisible()).isFalse();
        assertThat(robot.lookup("#resultsSplit").query().isVisible()).isTrue();
        assertThat(robot.lookup("#cancelButton").query().isVisible()).isFalse();
        assertThat(robot.lookup("#progressBar").query().isVisible()).isFalse();
    }

    @Test
    void aBrokenDatasetShowsAnErrorAndKeepsTheAppUsable(FxRobot robot) throws TimeoutException {
        chosenFolder = TINY;
        robot.clickOn("File").clickOn("Open folder…");
        waitUntilLoaded(robot);

        chosenFolder = Fixtures.path(Fixtures.BROKEN);
        robot.clickOn("File").clickOn("Open folder…");
        DialogPane error = waitForErrorDialog(robot);

        assertThat(((Stage) error.getScene().getWindow()).getTitle()).isEqualTo("Cannot open dataset");
        assertThat(error.getContentText()).contains(chosenFolder.resolve("ratings.csv") + ": no valid ratings");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(text(robot, "#users")).isEqualTo("3");
        assertThat(text(robot, "#statusText")).isEqualTo("Could not open " + chosenFolder);
        assertThat(settings.lastDataset()).contains(TINY);
    }

    @Test
    void aFolderWithTwoReleasesAsksWhichToOpenAndOpensTheChosenOne(FxRobot robot, @TempDir Path downloads)
            throws Exception {
        chosenFolder = SeveralReleasesTest.twoReleasesInAFolder(downloads);
        robot.clickOn("File").clickOn("Open folder…");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);

        assertThat(((Stage) question.getScene().getWindow()).getTitle()).isEqualTo("Choose a release");
        assertThat(question.getHeaderText()).isEqualTo(chosenFolder + " holds 2 MovieLens releases. "
                + "Which one should open?");
        ComboBox<?> releases = robot.lookup(".dialog-pane .combo-box").queryAs(ComboBox.class);
        assertThat(releases.getItems()).map(Object::toString).containsExactly("ml-100k", "ml-latest-small");
        robot.interact(() -> releases.getSelectionModel().select(1));
        robot.type(KeyCode.ENTER);
        waitUntilLoaded(robot);

        assertThat(text(robot, "#ratings")).isEqualTo("11");
        assertThat(settings.lastDataset()).contains(chosenFolder.resolve("ml-latest-small"));
    }

    @Test
    void theDemoIsLabelledSyntheticAndComesBackFromTheRecentMenu(FxRobot robot) throws TimeoutException {
        robot.clickOn("Try the demo data");
        waitUntilLoaded(robot);

        Path demo = dataFolder.resolve(DemoData.RELEASE_FOLDER);
        assertThat(text(robot, "#source")).isEqualTo(demo.toString());
        assertThat(robot.lookup("#demoNote").query().isVisible()).isTrue();
        assertThat(text(robot, "#demoNote")).startsWith("Demo data: real film titles, synthetic users and ratings");
        assertThat(settings.lastDataset()).contains(demo);

        chosenFolder = TINY;
        // The user picker has the focus now, and its list must not open on a shortcut.
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#source").equals(TINY.toString()));
        assertThat(robot.lookup("#userPicker").queryAs(ComboBox.class).isShowing()).isFalse();
        assertThat(robot.lookup("#demoNote").query().isVisible()).isFalse();

        robot.clickOn("File").clickOn("Open recent");
        Label first = recentEntry(robot, 0);
        Label second = recentEntry(robot, 1);
        assertThat(first.getAccessibleText()).isEqualTo(TINY.toString());
        assertThat(second.getAccessibleText()).isEqualTo(demo.toString());
        robot.clickOn(second);

        waitUntil(() -> text(robot, "#source").equals(demo.toString()));
        assertThat(robot.lookup("#demoNote").query().isVisible()).isTrue();
    }

    @Test
    void theRecommendationSettingsAndTheDatasetSurviveARestart(FxRobot robot) throws Exception {
        chosenFolder = TINY;
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntilLoaded(robot);
        robot.push(new KeyCodeCombination(KeyCode.K, KeyCombination.ALT_DOWN)).push(KeyCode.HOME);
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN)).push(KeyCode.END);
        robot.clickOn("#modeChoice").clickOn("Tutorial");
        robot.clickOn("#measureChoice").clickOn("Cosine");
        robot.clickOn("Best rated");
        robot.drag("#mainSplit > .split-pane-divider").moveBy(80, 0).release(MouseButton.PRIMARY);
        double leftPanelShare = mainSplit(robot).getDividerPositions()[0];

        FxThread.call(() -> {
            app.stop();
            app = MovieRecommenderApp.builder(new AppSettings(preferences.reopened()), dataFolder)
                    .datasetChoosers((owner, messages) -> chooser).build();
            app.start(stage);
            return app;
        });

        waitUntilLoaded(robot);
        assertThat(text(robot, "#source")).isEqualTo(TINY.toString());
        assertThat(text(robot, "#kValue")).isEqualTo("1");
        assertThat(text(robot, "#nValue")).isEqualTo("50");
        assertThat(robot.lookup("#modeChoice").queryAs(ChoiceBox.class).getValue()).isEqualTo(NeighbourMode.TUTORIAL);
        assertThat(robot.lookup("#measureChoice").queryAs(ChoiceBox.class).getValue()).isEqualTo(Measure.COSINE);
        assertThat(robot.lookup("#bestRated").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(leftPanelShare).isGreaterThan(0.3);
        assertThat(mainSplit(robot).getDividerPositions()[0]).isCloseTo(leftPanelShare, within(0.01));
    }

    private static SplitPane mainSplit(FxRobot robot) {
        return robot.lookup("#mainSplit").queryAs(SplitPane.class);
    }

    @Test
    void theDarkThemeRestylesTheWindowAndANewLanguageAsksForARestart(FxRobot robot) {
        assertThat(robot.lookup("#restartNote").query().isVisible()).isFalse();

        robot.clickOn("Settings").moveTo("Theme").clickOn("Dark", Motion.HORIZONTAL_FIRST);

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.userAgentStylesheet());
        assertThat(settings.theme()).isEqualTo(Theme.DARK);
        assertThat(((Color) robot.lookup("#statusText").queryAs(Label.class).getTextFill()).getBrightness())
                .isGreaterThan(0.7);

        robot.clickOn("Settings").moveTo("Language").clickOn("Português (Brasil)", Motion.HORIZONTAL_FIRST);

        assertThat(settings.language()).isEqualTo(Language.PORTUGUESE_BRAZIL);
        assertThat(robot.lookup("#restartNote").query().isVisible()).isTrue();
        assertThat(text(robot, "#restartNote")).isEqualTo("The new language applies the next time you start the app.");
    }

    /** An entry of the open recent menu; its label reads the path in short, its accessible text in full. */
    private static Label recentEntry(FxRobot robot, int index) {
        Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        Menu recent = (Menu) file.getItems().stream().filter(item -> "recentMenu".equals(item.getId())).findFirst()
                .orElseThrow();
        return (Label) ((CustomMenuItem) recent.getItems().get(index)).getContent();
    }

    private static void waitUntilLoaded(FxRobot robot) throws TimeoutException {
        waitUntil(() -> text(robot, "#statusText").startsWith("Loaded "));
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static DialogPane waitForErrorDialog(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
