package io.github.movierecommender.ui.main;

import io.github.movierecommender.appdata.AppVersion;
import io.github.movierecommender.ui.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The Help menu's dialogs: the keyboard shortcuts, and what the app is (version, licences, credits). */
final class HelpDialogs {

    private static final double SHORTCUTS_HEIGHT = 460;
    private static final double ABOUT_WIDTH = 560;

    private HelpDialogs() {
    }

    static void showShortcuts(Window owner, Messages messages) {
        GridPane grid = new GridPane();
        grid.setId("shortcutsList");
        grid.getStyleClass().add("shortcuts-list");
        int row = 0;
        for (KeyboardShortcuts.Shortcut shortcut : KeyboardShortcuts.of(messages)) {
            if (shortcut.isHeading()) {
                Label heading = new Label(shortcut.what());
                heading.getStyleClass().add("section-title");
                grid.add(heading, 0, row++, 2, 1);
            } else {
                Label keys = new Label(shortcut.keys());
                keys.getStyleClass().add("shortcut-keys");
                keys.setMinWidth(Region.USE_PREF_SIZE);
                Label what = new Label(shortcut.what());
                what.setWrapText(true);
                grid.addRow(row++, keys, what);
            }
        }
        grid.setHgap(16);
        grid.setVgap(4);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(SHORTCUTS_HEIGHT);
        Alert dialog = dialog(owner, messages, messages.text("controls.shortcuts.title"), messages.text("controls.shortcuts.header"));
        dialog.getDialogPane().setContent(scroll);
        dialog.show();
    }

    static void showAbout(Window owner, Messages messages) {
        Alert dialog = dialog(owner, messages, messages.text("controls.about.title"),
                messages.format("controls.about.version", AppVersion.current()));
        Label text = new Label(messages.text("controls.about.text") + "\n\n" + messages.text("posters.attribution"));
        text.setId("aboutText");
        text.setWrapText(true);
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().setPrefWidth(ABOUT_WIDTH);
        dialog.show();
    }

    private static Alert dialog(Window owner, Messages messages, String title, String header) {
        Alert dialog = new Alert(Alert.AlertType.NONE, "",
                new ButtonType(messages.text("controls.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return dialog;
    }
}
