package io.github.movierecommender.ui.main;

import io.github.movierecommender.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the app, in the user's language. A mnemonic is read from the label it
 * belongs to (the letter after "_"), so the list always matches the letters the window underlines.
 */
final class KeyboardShortcuts {

    /** One line of the list: the keys to press and what they do; a section heading has no keys. */
    record Shortcut(String keys, String what) {

        boolean isHeading() {
            return keys.isEmpty();
        }
    }

    private final Messages messages;
    private final List<Shortcut> shortcuts = new ArrayList<>();

    private KeyboardShortcuts(Messages messages) {
        this.messages = messages;
    }

    static List<Shortcut> of(Messages messages) {
        KeyboardShortcuts list = new KeyboardShortcuts(messages);
        list.heading("controls.shortcuts.window");
        list.accelerator("Shortcut+O", "menu.openFolder");
        list.accelerator("Shortcut+Shift+O", "menu.openZip");
        list.accelerator("Shortcut+Shift+N", "profile.new");
        list.accelerator("Shortcut+Q", "menu.quit");
        list.accelerator("F1", "controls.help.shortcuts");
        list.fixed("controls.shortcuts.menuBar");
        list.fixed("controls.shortcuts.cancel");
        list.heading("recommend.heading");
        list.mnemonic("recommend.user");
        list.fixed("controls.shortcuts.typeId");
        list.fixed("controls.shortcuts.moveInList");
        list.fixed("controls.shortcuts.pickFirst");
        list.fixed("controls.shortcuts.putBack");
        list.mnemonic("recommend.k");
        list.mnemonic("recommend.n");
        list.mnemonic("recommend.minVotes");
        list.fixed("controls.shortcuts.slider");
        list.mnemonic("recommend.mode");
        list.mnemonic("recommend.measure");
        list.heading("results.suggestionsTab");
        for (String label : List.of("filter.genre", "filter.years", "filter.title", "filter.clear", "compare.check")) {
            list.mnemonic(label);
        }
        list.heading("profile.rateTab");
        list.mnemonic("profile.search");
        list.heading("act.shortcuts");
        for (String keys : List.of("rate", "halfStar", "unrate", "hide", "watch", "menu")) {
            list.fixed("act.shortcuts." + keys);
        }
        list.accelerator("Shortcut+Z", "act.undo");
        list.heading("evaluate.tab");
        for (String label : List.of("evaluate.ks", "evaluate.n", "evaluate.protocol", "evaluate.seed",
                "evaluate.users", "evaluate.run", "evaluate.surprise", "evaluate.export", "evaluate.chartMetric")) {
            list.mnemonic(label);
        }
        return List.copyOf(list.shortcuts);
    }

    private void heading(String key) {
        shortcuts.add(new Shortcut("", messages.text(key)));
    }

    private void accelerator(String combination, String labelKey) {
        shortcuts.add(new Shortcut(KeyCombination.keyCombination(combination).getDisplayText(),
                withoutMnemonic(messages.text(labelKey))));
    }

    /** "controls.shortcuts.X" holds the keys, "controls.shortcuts.X.what" what they do. */
    private void fixed(String key) {
        shortcuts.add(new Shortcut(messages.text(key), messages.text(key + ".what")));
    }

    private void mnemonic(String labelKey) {
        String label = messages.text(labelKey);
        int underscore = label.indexOf('_');
        if (underscore < 0 || underscore == label.length() - 1) {
            throw new IllegalStateException(labelKey + " has no mnemonic letter");
        }
        String letter = label.substring(underscore + 1, underscore + 2).toUpperCase(messages.locale());
        shortcuts.add(new Shortcut(messages.format("controls.shortcuts.alt", letter), withoutMnemonic(label)));
    }

    private static String withoutMnemonic(String label) {
        return label.replace("_", "").replaceAll("[:…]+$", "").strip();
    }
}
