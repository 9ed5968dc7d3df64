package io.github.movierecommender.ui.recommend;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.AppWindow;
import io.github.movierecommender.ui.settings.Language;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The mnemonics the README gives (Alt+U, Alt+K, Alt+N, Alt+V, Alt+O) focus their control and leave
 * the menu bar alone, so the arrow keys then change the control rather than move between menus.
 */
@ExtendWith(ApplicationExtension.class)
class ControlMnemonicsWindowTest {

    private final AppWindow window = new AppWindow();

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) {
        window.start(stage, dataFolder, Language.ENGLISH, EightUsers.path());
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    @ParameterizedTest
    @CsvSource({"K, #kSlider, #kValue", "N, #nSlider, #nValue", "V, #minVotesSlider, #minVotesValue"})
    void eachSlidersMnemonicFocusesItAndTheArrowKeysThenMoveIt(KeyCode letter, String slider, String value,
                                                                FxRobot robot) throws TimeoutException {
        open(robot);
        Slider control = robot.lookup(slider).queryAs(Slider.class);
        double before = control.getValue();

        robot.push(new KeyCodeCombination(letter, KeyCombination.ALT_DOWN));
        assertThat(focusOwner(robot)).isSameAs(control);
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT);

        assertThat(control.getValue()).isEqualTo(before + 2);
        assertThat(text(robot, value)).isEqualTo(Integer.toString((int) before + 2));
        assertThat(focusOwner(robot)).isSameAs(control);
        assertThat(noMenuActive(robot)).isTrue();
        robot.push(KeyCode.LEFT);
        assertThat(control.getValue()).isEqualTo(before + 1);
    }

    @Test
    void theModesMnemonicFocusesItsChoiceAndTheMenuBarStaysInactive(FxRobot robot) throws TimeoutException {
        open(robot);
        ChoiceBox<?> mode = robot.lookup("#modeChoice").queryAs(ChoiceBox.class);

        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.ALT_DOWN));

        assertThat(focusOwner(robot)).isSameAs(mode);
        robot.push(KeyCode.RIGHT);
        assertThat(noMenuActive(robot)).isTrue();
        assertThat(focusOwner(robot)).as("Right stays in the left panel's controls, not the menus")
                .isNotInstanceOf(MenuBar.class);
    }

    @Test
    void theUserPickersMnemonicFocusesItWithoutOpeningAMenu(FxRobot robot) throws TimeoutException {
        open(robot);

        robot.push(new KeyCodeCombination(KeyCode.U, KeyCombination.ALT_DOWN));

        assertThat(focusOwner(robot)).isSameAs(robot.lookup("#userPicker").query());
        robot.push(KeyCode.DOWN);
        assertThat(noMenuActive(robot)).isTrue();
        assertThat(robot.lookup("#userPicker #filtered").queryAs(javafx.scene.control.ComboBox.class).isShowing())
                .isTrue();
    }

    /**
     * The key events of Alt+K as GTK delivers them (seen under Xvfb with xdotool): Alt is released
     * before K, so nothing between Alt's press and release tells the menu bar that Alt was not alone.
     */
    @Test
    void theMenuBarStaysInactiveWhenTheMnemonicsKeyPressNeverReachesIt(FxRobot robot) throws TimeoutException {
        open(robot);
        Slider k = robot.lookup("#kSlider").queryAs(Slider.class);

        robot.interact(() -> {
            key(robot, KeyEvent.KEY_PRESSED, KeyCode.ALT, "");
            key(robot, KeyEvent.KEY_PRESSED, KeyCode.K, "k");
            key(robot, KeyEvent.KEY_RELEASED, KeyCode.ALT, "");
            key(robot, KeyEvent.KEY_RELEASED, KeyCode.K, "k");
        });

        assertThat(k.isFocused()).isTrue();
        assertThat(noMenuActive(robot)).isTrue();
        robot.push(KeyCode.RIGHT);
        assertThat(k.getValue()).isEqualTo(21);
    }

    /** A key event as the platform hands it to the focused node, with Alt down while it is pressed. */
    private static void key(FxRobot robot, EventType<KeyEvent> type, KeyCode code, String text) {
        Node target = focusOwner(robot);
        boolean altDown = type == KeyEvent.KEY_PRESSED;
        Event.fireEvent(target == null ? robot.lookup(".menu-bar").query() : target,
                new KeyEvent(type, KeyEvent.CHAR_UNDEFINED, text, code, false, false, altDown, false));
    }

    @Test
    void altAloneStillActivatesTheMenuBar(FxRobot robot) throws TimeoutException {
        open(robot);

        robot.push(KeyCode.ALT).push(KeyCode.DOWN);

        waitUntil(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).isShowing());
        robot.push(KeyCode.ESCAPE).push(KeyCode.ESCAPE);
    }

    @Test
    void aFocusedSliderShowsARing(FxRobot robot) throws TimeoutException {
        open(robot);
        Slider k = robot.lookup("#kSlider").queryAs(Slider.class);
        Slider n = robot.lookup("#nSlider").queryAs(Slider.class);
        assertThat(k.getBackground().getFills()).isEqualTo(n.getBackground().getFills());

        robot.push(new KeyCodeCombination(KeyCode.K, KeyCombination.ALT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(k.isFocused()).isTrue();
        assertThat(k.getBackground().getFills()).as("the ring").hasSize(2)
                .isNotEqualTo(n.getBackground().getFills());
        assertThat(k.getLayoutBounds()).as("the ring takes no room of its own").isEqualTo(n.getLayoutBounds());
    }

    private static void open(FxRobot robot) throws TimeoutException {
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#statusText").startsWith("Loaded "));
    }

    /** No menu open, and none of the menu bar's buttons taken as active (which Alt alone does, with hover). */
    private static boolean noMenuActive(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().noneMatch(Menu::isShowing)
                && robot.lookup(".menu-bar .menu-button").queryAll().stream().noneMatch(button -> button.isFocused()
                        || button.getPseudoClassStates().contains(PseudoClass.getPseudoClass("hover")));
    }

    private static Node focusOwner(FxRobot robot) {
        return robot.lookup("#kSlider").query().getScene().getFocusOwner();
    }
}
