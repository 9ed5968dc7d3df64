package io.github.movierecommender.ui.recommend;

import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;

/**
 * A row of the user picker's list: the entry's label. The note of how many more users fit reads
 * as a note and lets clicks through to the list, so it is never picked.
 */
final class UserCell extends ListCell<UserChoice> {

    private static final PseudoClass MORE_USERS = PseudoClass.getPseudoClass("more-users");

    @Override
    protected void updateItem(UserChoice entry, boolean empty) {
        super.updateItem(entry, empty);
        boolean note = !empty && entry != null && entry.isMoreUsers();
        setText(empty || entry == null ? null : entry.label());
        setMouseTransparent(note);
        pseudoClassStateChanged(MORE_USERS, note);
    }
}
