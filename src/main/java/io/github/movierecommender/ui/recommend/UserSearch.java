package io.github.movierecommender.ui.recommend;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.controlsfx.control.SearchableComboBox;

/**
 * Makes the user picker's search work as people expect: what is typed filters by {@link UserFilter}
 * instead of ControlsFX's "contains anywhere" (which matched rating counts); Down and Up move
 * through the filtered list from its first entry; Enter picks the entry moved to, or else the
 * first match; a click picks that entry; Escape, or leaving the list any other way, keeps the user
 * picked before. Only such a pick changes {@code user}, so the lists are worked out again only for
 * the user finally picked, never for an entry the filtering passes through.
 */
final class UserSearch {

    /** The ids ControlsFX gives the search field and the inner combo box that shows the filtered list. */
    private static final String SEARCH_FIELD_ID = "#search";
    private static final String FILTERED_ID = "#filtered";

    private final SearchableComboBox<UserChoice> picker;
    private final ObjectProperty<UserChoice> user;
    private ComboBox<UserChoice> filtered;
    private ListView<?> list;
    private UserChoice before;
    private UserChoice pending;
    private boolean moved;

    private UserSearch(SearchableComboBox<UserChoice> picker, ObjectProperty<UserChoice> user) {
        this.picker = picker;
        this.user = user;
    }

    /** Shows {@code user} in {@code picker}, and sets it to the entry the user picks there. */
    static void install(SearchableComboBox<UserChoice> picker, ObjectProperty<UserChoice> user) {
        UserSearch search = new UserSearch(picker, user);
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
            // Added after ControlsFX's own listener, so this list replaces the one it made.
            search.textProperty().addListener((property, was, text) -> {
                moved = false;
                if (!text.isBlank()) {
                    filtered.setItems(FXCollections.observableList(UserFilter.matching(picker.getItems(), text)));
                }
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
     */
    private void attachToList() {
        if (filtered.getSkin() instanceof ComboBoxListViewSkin<?> skin && skin.getPopupContent() instanceof ListView<?> list
                && list != this.list) {
            this.list = list;
            list.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
            list.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> pending = filtered.getSelectionModel().getSelectedItem());
        }
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

    /** The first move goes to the first match, whatever was picked before. */
    private void move(int step) {
        List<UserChoice> matches = filtered.getItems();
        if (matches.isEmpty()) {
            return;
        }
        int at = moved ? filtered.getSelectionModel().getSelectedIndex() + step : 0;
        int index = Math.max(0, Math.min(matches.size() - 1, at));
        filtered.getSelectionModel().select(index);
        if (list != null) {
            list.scrollTo(index);
        }
        moved = true;
    }

    /** The entry moved to, else the first match, else (nothing matches) the user picked before. */
    private UserChoice chosen() {
        List<UserChoice> matches = filtered.getItems();
        if (moved && filtered.getSelectionModel().getSelectedItem() != null) {
            return filtered.getSelectionModel().getSelectedItem();
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
