package io.github.movierecommender.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Mnemonic;

/**
 * For window tests: the Alt+letter mnemonics of a scene that cannot all answer. JavaFX keeps two
 * mnemonics whose letters differ only in case ("_Run", "_ratings") as two entries, yet on Alt+R tries
 * only the first registered one, so the other never answers, visible or not. Two mnemonics with the
 * very same letter share one entry, which cycles the focus between them while both are visible
 * instead of acting. The menus a scene opens are popups with scenes of their own, checked on their
 * own.
 */
public final class MnemonicClashes {

    /** A mnemonic: the label that shows it, its letter, and the node Alt+letter acts on. */
    private record Entry(String text, String letter, Node target) {

        boolean differsOnlyInCase(Entry other) {
            return !letter.equals(other.letter) && letter.equalsIgnoreCase(other.letter);
        }
    }

    /** Each clash once, by what clashes, with the first view it was seen in. */
    private final Map<String, String> clashes = new LinkedHashMap<>();

    /** Adds the clashes {@code scene} shows now; {@code where} names the window in the messages. */
    public void check(Scene scene, String where) {
        List<Entry> entries = new ArrayList<>();
        collect(scene.getRoot(), entries);
        registered(scene, entries);
        compare(entries, where, true);
        for (Node node : nodes(scene.getRoot())) {
            if (node instanceof MenuBar bar) {
                bar.getMenus().forEach(menu -> checkPopup(menu, where));
            } else if (node instanceof MenuButton button) {
                checkPopup(button.getText(), button.getItems(), where);
            }
        }
    }

    /** Every clash seen so far, each naming both labels. */
    public List<String> found() {
        return List.copyOf(clashes.values());
    }

    private void checkPopup(Menu menu, String where) {
        checkPopup(menu.getText(), menu.getItems(), where);
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                checkPopup(submenu, where);
            }
        }
    }

    /** A popup shows all its items at once, so any two with the same key clash. */
    private void checkPopup(String title, ObservableList<MenuItem> items, String where) {
        List<Entry> entries = new ArrayList<>();
        for (MenuItem item : items) {
            if (item instanceof SeparatorMenuItem || !item.isVisible()) {
                continue;
            }
            if (item instanceof CustomMenuItem custom && custom.getContent() instanceof Labeled labeled) {
                mnemonic(labeled).ifPresent(letter -> entries.add(new Entry(labeled.getText(), letter, labeled)));
            } else if (item.isMnemonicParsing() && item.getText() != null) {
                letterOf(item.getText()).ifPresent(letter -> entries.add(new Entry(item.getText(), letter, null)));
            }
        }
        compare(entries, where + ", menu " + (title == null ? "" : title.replace("_", "")), false);
    }

    private void compare(List<Entry> entries, String where, boolean sameLetterOnlyWhenBothVisible) {
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                Entry first = entries.get(i);
                Entry second = entries.get(j);
                if (first.target() != null && first.target() == second.target()) {
                    continue;
                }
                if (first.differsOnlyInCase(second)) {
                    add(first, second, "differ only in case", where);
                } else if (first.letter().equals(second.letter()) && (!sameLetterOnlyWhenBothVisible
                        || treeVisible(first.target()) && treeVisible(second.target()))) {
                    add(first, second, "share the letter while both are in sight", where);
                }
            }
        }
    }

    private void add(Entry first, Entry second, String how, String where) {
        String what = "Alt+" + first.letter().toUpperCase(Locale.ROOT) + ": \"" + first.text() + "\" and \""
                + second.text() + "\" " + how;
        clashes.putIfAbsent(what, what + " (" + where + ")");
    }

    /** The labels in the scene graph that parse a mnemonic, whether or not their skin registered it yet. */
    private static void collect(Node root, List<Entry> entries) {
        for (Node node : nodes(root)) {
            if (node instanceof Labeled labeled && !insideItsControl(labeled)) {
                mnemonic(labeled).ifPresent(letter -> entries.add(new Entry(labeled.getText(), letter, target(labeled))));
            }
        }
    }

    /** What the scene registered that no label in its graph accounts for (a label outside it, say). */
    private static void registered(Scene scene, List<Entry> entries) {
        for (Map.Entry<KeyCombination, ObservableList<Mnemonic>> key : scene.getMnemonics().entrySet()) {
            String letter = letterOf(key.getKey());
            for (Mnemonic mnemonic : key.getValue()) {
                boolean known = entries.stream().anyMatch(entry -> entry.target() == mnemonic.getNode()
                        && entry.letter().equals(letter));
                if (!known) {
                    entries.add(new Entry(key.getKey().getName() + " on " + mnemonic.getNode(), letter,
                            mnemonic.getNode()));
                }
            }
        }
    }

    /** The letter of a registered mnemonic, as its name gives it: Alt+'r'. */
    private static String letterOf(KeyCombination key) {
        String name = key.getName();
        String last = name.substring(name.lastIndexOf('+') + 1);
        return last.length() == 3 && last.charAt(0) == '\'' ? last.substring(1, 2) : last;
    }

    private static Optional<String> mnemonic(Labeled labeled) {
        return labeled.isMnemonicParsing() && labeled.getText() != null ? letterOf(labeled.getText()) : Optional.empty();
    }

    /** The letter after the first "_" as JavaFX parses it ("__" stands for an underscore). */
    private static Optional<String> letterOf(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '_') {
                if (text.charAt(i + 1) != '_') {
                    return Optional.of(text.substring(i + 1, i + 2));
                }
                i++;
            }
        }
        return Optional.empty();
    }

    /** A label a control's skin shows its text with, such as a menu button's, which is the control's mnemonic. */
    private static boolean insideItsControl(Labeled labeled) {
        for (Node n = labeled.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Labeled outer && Objects.equals(outer.getText(), labeled.getText())) {
                return true;
            }
        }
        return false;
    }

    /** Alt+letter of a label for another control acts on that control. */
    private static Node target(Labeled labeled) {
        return labeled instanceof Label label && label.getLabelFor() != null ? label.getLabelFor() : labeled;
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node != null && node.getScene() != null;
    }

    private static List<Node> nodes(Node root) {
        List<Node> all = new ArrayList<>();
        List<Node> toVisit = new ArrayList<>(List.of(root));
        while (!toVisit.isEmpty()) {
            Node node = toVisit.remove(toVisit.size() - 1);
            all.add(node);
            if (node instanceof Parent parent) {
                toVisit.addAll(parent.getChildrenUnmodifiable());
            }
        }
        return all;
    }
}
