package io.github.movierecommender.ui.settings;

import io.github.movierecommender.ui.i18n.Messages;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/**
 * Adds "Theme" and "Language" submenus to a menu, their choices radio items bound to a
 * {@link SettingsModel}; the language submenu says that a change applies at the next start. An
 * item below them clears the snapshots that datasets opened before reopen from.
 */
public final class SettingsMenu {

    private SettingsMenu() {
    }

    public static void addTo(Menu menu, SettingsModel model, Messages messages, Runnable clearSnapshots) {
        Menu theme = new Menu(messages.text("settings.theme"));
        theme.setId("themeMenu");
        theme.getItems().setAll(choices(Theme.values(), model.themeProperty(), value -> messages.text(
                value == Theme.LIGHT ? "settings.themeLight" : "settings.themeDark")));
        Menu language = new Menu(messages.text("settings.language"));
        language.setId("languageMenu");
        language.getItems().setAll(choices(Language.values(), model.languageProperty(), value ->
                value == Language.SYSTEM ? messages.text("settings.languageSystem") : value.nativeName()));
        MenuItem note = new MenuItem(messages.text("settings.languageNote"));
        note.setDisable(true);
        language.getItems().addAll(new SeparatorMenuItem(), note);
        MenuItem clear = new MenuItem(messages.text("settings.clearSnapshots"));
        clear.setId("clearSnapshotsItem");
        clear.setOnAction(event -> clearSnapshots.run());
        menu.getItems().addAll(theme, language, new SeparatorMenuItem(), clear);
    }

    /** One radio item per value, the selected one following {@code property} both ways. */
    private static <T> MenuItem[] choices(T[] values, ObjectProperty<T> property, Function<T, String> text) {
        ToggleGroup group = new ToggleGroup();
        Map<Toggle, T> valueOf = new HashMap<>();
        MenuItem[] items = new MenuItem[values.length];
        for (int i = 0; i < values.length; i++) {
            RadioMenuItem item = new RadioMenuItem(text.apply(values[i]));
            item.setToggleGroup(group);
            item.setSelected(values[i] == property.get());
            valueOf.put(item, values[i]);
            items[i] = item;
        }
        group.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now != null) {
                property.set(valueOf.get(now));
            }
        });
        property.addListener((observable, before, now) -> valueOf.forEach(
                (toggle, value) -> toggle.setSelected(value == now)));
        return items;
    }
}
