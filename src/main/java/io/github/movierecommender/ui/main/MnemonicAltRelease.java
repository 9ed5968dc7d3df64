package io.github.movierecommender.ui.main;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Alt pressed and released alone activates the menu bar. JavaFX also does it after a mnemonic
 * (Alt+K): the scene consumes the K press for the mnemonic before the menu bar sees it, and GTK
 * may deliver Alt's release before K's, so the menu bar takes Alt as pressed alone; the arrow keys
 * meant for the control the mnemonic focused then move between menus. This drops the Alt release
 * that ends any Alt+key, watching the keys at the window, before the scene handles them.
 */
final class MnemonicAltRelease {

    private final EventHandler<KeyEvent> filter = this::filter;
    private boolean otherKeyWhileAltDown;

    private MnemonicAltRelease() {
    }

    /** Watches the keys of the window {@code node} is in, once it is in one. */
    static void install(Node node) {
        MnemonicAltRelease release = new MnemonicAltRelease();
        node.sceneProperty().flatMap(Scene::windowProperty).addListener((property, before, window) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.ANY, release.filter);
            }
            if (window != null) {
                window.addEventFilter(KeyEvent.ANY, release.filter);
            }
        });
    }

    private void filter(KeyEvent event) {
        if (event.getCode() == KeyCode.ALT) {
            if (event.getEventType() == KeyEvent.KEY_RELEASED) {
                if (otherKeyWhileAltDown) {
                    event.consume();
                }
                otherKeyWhileAltDown = false;
            }
        } else if (event.getEventType() == KeyEvent.KEY_PRESSED) {
            otherKeyWhileAltDown = event.isAltDown();
        }
    }
}
