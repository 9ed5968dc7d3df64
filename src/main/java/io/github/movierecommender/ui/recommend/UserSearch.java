package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.ui.timing.ShownStep;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.controlsfx.control.SearchableComboBox;

/**
 * Makes the user picker's search work as people expect: what is typed lists the {@link UserEntries}
 * that fit, by {@link UserFilter}, instead of ControlsFX's "contains anywhere" (which matched
 * rating counts); Down and Up move through the filtered list from its first entry; Enter picks the
 * entry moved to, or else the first match; a click picks that entry; Escape, or leaving the list
 * any other way, keeps the user picked before. Only such a pick changes {@code user}, so the lists
 * are worked out again only for the user finally picked, never for an entry the filtering passes
 * through. The note closing a list cut short is never picked.
 */
final class UserSearch {

    /** The ids ControlsFX gives the search field and the inner combo box that shows the filtered list. */
    private static final String SEARCH_FIELD_ID = "#search";
    private static final String FILTERED_ID = "#filtered";

    private final SearchableComboBox<UserChoice> picker;
    private final UserEntries entries;
    private final ObjectProperty<UserChoice> user;
    private final ShownStep filterShown;
    private ComboBox<UserChoice> filtered;
    private ListView<?> list;
    private UserChoice before;
    private UserChoice pending;
    private boolean moved;

    private UserSearch(SearchableComboBox<UserChoice> picker, UserEntries entries, ObjectProperty<UserChoice> user,
                       ShownStep filterShown) {
        this.picker = picker;
        this.entries = entries;
        this.user = user;
        this.filterShown = filterShown;
    }

    /**
     * Lists {@code entries} in {@code picker}, shows {@code user} there, and sets it to the entry the
     * user picks; {@code filterShown} times each key typed in the search until its matches show.
     */
    static void install(SearchableComboBox<UserChoice> picker, UserEntries entries, ObjectProperty<UserChoice> user,
                        ShownStep filterShown) {
        UserSearch search = new UserSearch(picker, entries, user, filterShown);
        picker.setItems(entries.unfiltered());
        picker.setCellFactory(list -> new UserCell());
        picker.setButtonCell(new PickedUserCell(picker));
        picker.setValue(user.get());
        user.addListener((property, was, now) -> picker.setValue(now));
        picker.skinProperty().addListener((property, was, skin) -> search.attachToSkin());
        picker.addEventFilter(KeyEvent.KEY_PRESSED, search::keyPressed);
    }

    @SuppressWarnings("unchecked")
    private void attachToSkin() {
        if (picker.lookup(SEARCH_FIELD_ID) instanceof TextField search
                && picker.lookup(FILTERED_ID) instanceof ComboBox<?> list) {
            filtered = (ComboBox<UserChoice>) list;
            search.addEventFilter(KeyEvent.KEY_PRESSED, event -> filterShown.start());
            // Added after ControlsFX's own listener, so this list replaces the one it made.
            search.textProperty().addListener((property, was, text) -> {
                moved = false;
                if (!text.isBlank()) {
                    filtered.setItems(FXCollections.observableArrayList(entries.matching(text)));
                }
                filterShown.shown();
            });
            filtered.skinProperty().addListener((property, was, skin) -> attachToList());
            attachToList();
            filtered.showingProperty().addListener((property, wasShowing, showing) -> {
                if (showing) {
                    before = user.get();
                    pending = null;
                    moved = false;
                } else {
                    commit(pending == null ? before : pending);
                }
            });
        }
    }

    /**
     * While the list is open, the keys go first to it (JavaFX hands a popup's keys to its focused
     * node), where ListView would move from the picked user and ControlsFX would apply or cancel.
     * A click closes the list only on a user, not on the note or the scroll bar.
     */
    private void attachToList() {
        if (filtered.getSkin() instanceof ComboBoxListViewSkin<?> skin && skin.getPopupContent() instanceof ListView<?> list
                && list != this.list) {
            this.list = list;
            skin.setHideOnClick(false);
            list.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
            list.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
                UserChoice clicked = clickedUser(event.getTarget());
                if (clicked != null) {
                    close(clicked);
                }
            });
        }
    }

    private static UserChoice clickedUser(EventTarget target) {
        for (Node node = target instanceof Node clicked ? clicked : null; node != null; node = node.getParent()) {
            if (node instanceof UserCell cell) {
                return isUser(cell.getItem()) ? cell.getItem() : null;
            }
        }
        return null;
    }

    private static boolean isUser(UserChoice entry) {
        return entry != null && !entry.isMoreUsers();
    }

    private boolean isOpen() {
        return filtered != null && filtered.isShowing();
    }

    private void keyPressed(KeyEvent event) {
        KeyCode code = event.getCode();
        if (event.isAltDown() || event.isShortcutDown()) {
            return;
        }
        if (!isOpen()) {
            if (code == KeyCode.DOWN || code == KeyCode.UP) {
                picker.show();
                event.consume();
            }
            return;
        }
        switch (code) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case ENTER -> close(chosen());
            case ESCAPE -> close(before);
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** The first move goes to the first match, whatever was picked before; no move goes to the note. */
    private void move(int step) {
        List<UserChoice> matches = filtered.getItems();
        int last = matches.size() - 1;
        if (last >= 0 && !isUser(matches.get(last))) {
            last--;
        }
        if (last < 0) {
            return;
        }
        int at = moved ? filtered.getSelectionModel().getSelectedIndex() + step : 0;
        int index = Math.max(0, Math.min(last, at));
        filtered.getSelectionModel().select(index);
        if (list != null) {
            list.scrollTo(index);
        }
        moved = true;
    }

    /** The entry moved to, else the first match, else (nothing matches) the user picked before. */
    private UserChoice chosen() {
        List<UserChoice> matches = filtered.getItems();
        UserChoice selected = filtered.getSelectionModel().getSelectedItem();
        if (moved && isUser(selected)) {
            return selected;
        }
        return matches.isEmpty() ? before : matches.get(0);
    }

    private void close(UserChoice picked) {
        pending = picked;
        picker.hide();
        picker.requestFocus();
    }

    /** Also puts the picked user back in the picker, which the filtered list may have changed. */
    private void commit(UserChoice picked) {
        pending = null;
        user.set(picked);
        picker.setValue(picked);
    }
}
