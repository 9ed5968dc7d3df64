package io.github.movierecommender.ui.recommend;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * The user picker's closed face: the user picked, or the prompt. ComboBox shows a value missing
 * from its list (a user beyond the entries listed) only until it next measures its width, which
 * leaves its own cell empty; this one shows the value whatever row it was last moved to.
 */
final class PickedUserCell extends ListCell<UserChoice> {

    private final ComboBox<UserChoice> picker;

    PickedUserCell(ComboBox<UserChoice> picker) {
        this.picker = picker;
    }

    @Override
    protected void updateItem(UserChoice entry, boolean empty) {
        super.updateItem(entry, empty);
        UserChoice picked = picker.getValue();
        setText(picked == null ? picker.getPromptText() : picked.label());
    }
}
