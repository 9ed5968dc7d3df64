package io.github.movierecommender.ui.recommend;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.testfx.api.FxRobot;

/** What the user picker window tests do with the picker: open the dataset, focus it, type, read what is picked. */
final class UserPickerRobot {

    private UserPickerRobot() {
    }

    /** Opens the dataset (Ctrl+O), waits until the picker holds {@code entries} entries, then focuses it with Alt+U. */
    static void openAndFocusThePicker(FxRobot robot, int entries) throws TimeoutException {
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#statusText").startsWith("Loaded "));
        waitUntil(() -> picker(robot).getItems().size() >= entries);
        robot.push(new KeyCodeCombination(KeyCode.U, KeyCombination.ALT_DOWN));
        assertThat(picker(robot).isFocused()).isTrue();
    }

    /** Presses the keys, as a person typing does; FxRobot.write would only send the characters. */
    static FxRobot type(FxRobot robot, String digits) {
        digits.chars().forEach(digit -> robot.type(KeyCode.getKeyCode(Character.toString(digit))));
        return robot;
    }

    static int picked(FxRobot robot) {
        UserChoice value = picker(robot).getValue();
        return value == null ? 0 : value.userId();
    }

    @SuppressWarnings("unchecked")
    static ComboBox<UserChoice> picker(FxRobot robot) {
        return robot.lookup("#userPicker").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    static ComboBox<UserChoice> filtered(FxRobot robot) {
        return robot.lookup("#userPicker #filtered").queryAs(ComboBox.class);
    }
}
