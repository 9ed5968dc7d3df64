package io.github.movierecommender.ui.settings;

import io.github.movierecommender.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * Fills a menu with the datasets opened lately, numbered 1 to 8 as mnemonics, each shown by a
 * short form of its path and read out by screen readers by its full path, then "Clear recent".
 * It is filled again whenever the list changes and each time the menu opens, so datasets that
 * have gone away drop out.
 */
public final class RecentDatasetsMenu {

    private final Menu menu;
    private final AppSettings settings;
    private final Messages messages;
    private final Consumer<Path> open;
    private final Path home;

    /** {@code open} is called with the path the user picks; {@code home} is written "~". */
    public RecentDatasetsMenu(Menu menu, AppSettings settings, Messages messages, Consumer<Path> open, Path home) {
        this.menu = menu;
        this.settings = settings;
        this.messages = messages;
        this.open = open;
        this.home = home;
        settings.addRecentListener(this::refresh);
        menu.addEventHandler(Menu.ON_SHOWING, event -> refresh());
        refresh();
    }

    /** For the person running the app: their home folder is written "~". */
    public static RecentDatasetsMenu install(Menu menu, AppSettings settings, Messages messages, Consumer<Path> open) {
        return new RecentDatasetsMenu(menu, settings, messages, open, Path.of(System.getProperty("user.home")));
    }

    private void refresh() {
        List<Path> recent = settings.recentDatasets();
        List<MenuItem> items = new ArrayList<>();
        for (int i = 0; i < recent.size(); i++) {
            items.add(item(i + 1, recent.get(i)));
        }
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem(messages.text("recent.none"));
            none.setDisable(true);
            items.add(none);
        }
        items.add(new SeparatorMenuItem());
        MenuItem clear = new MenuItem(messages.text("recent.clear"));
        clear.setDisable(recent.isEmpty());
        clear.setOnAction(event -> settings.clearRecent());
        items.add(clear);
        menu.getItems().setAll(items);
    }

    /** A custom item, because only a node can carry the full path as its accessible text. */
    private MenuItem item(int number, Path path) {
        Label label = new Label(messages.format("recent.item", number,
                PathLabels.abbreviate(path, home, PathLabels.MAX_LENGTH)));
        label.setMnemonicParsing(true);
        label.setAccessibleText(path.toString());
        CustomMenuItem item = new CustomMenuItem(label);
        item.setMnemonicParsing(true);
        item.setOnAction(event -> open.accept(path));
        return item;
    }
}
