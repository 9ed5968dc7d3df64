package io.github.movierecommender.ui.recommend;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;

/**
 * ControlsFX's searchable combo box opens its popup on any letter or digit key, even one pressed
 * with Ctrl or Alt as a shortcut (Ctrl+O) or a mnemonic (Alt+K). Such keys skip the combo box and
 * go to the window, which handles them as if the combo box had not been focused.
 */
final class ShortcutKeys {

    private ShortcutKeys() {
    }

    static void passOver(Node comboBox) {
        comboBox.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Parent parent = comboBox.getParent();
            boolean typed = event.getCode().isLetterKey() || event.getCode().isDigitKey();
            if (typed && (event.isShortcutDown() || event.isAltDown()) && parent != null) {
                event.consume();
                parent.fireEvent(event.copyFor(parent, parent));
            }
        });
    }
}
