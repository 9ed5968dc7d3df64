package io.github.movierecommender.ui.main;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Alt pressed and released alone activates the menu bar. JavaFX also does it when Alt was held for
 * a mnemonic (Alt+K), because the mnemonic consumes the K that would tell the menu bar so; the
 * arrow keys meant for the control the mnemonic focused then move between menus. This drops the
 * Alt release that ends a mnemonic or any other Alt+key.
 */
final class MnemonicAltRelease {

    private final EventHandler<KeyEvent> filter = this::filter;
    private boolean otherKeyWhileAltDown;

    private MnemonicAltRelease() {
    }

    /** Watches the keys of the scene {@code node} is in, once it is in one. */
    static void install(Node node) {
        MnemonicAltRelease release = new MnemonicAltRelease();
        node.sceneProperty().addListener((property, before, scene) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.ANY, release.filter);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.ANY, release.filter);
            }
        });
    }

    private void filter(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_PRESSED && event.getCode() != KeyCode.ALT) {
            otherKeyWhileAltDown = event.isAltDown();
        } else if (event.getEventType() == KeyEvent.KEY_RELEASED && event.getCode() == KeyCode.ALT) {
            if (otherKeyWhileAltDown) {
                event.consume();
            }
            otherKeyWhileAltDown = false;
        }
    }
}
