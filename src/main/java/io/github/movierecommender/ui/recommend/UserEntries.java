package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * What the user picker lists, for what was typed: at most {@link #SHOWN} of the own profile and
 * the dataset's users, then a note of how many more fit. Neither ControlsFX's filtering, which
 * goes through every item the picker has, nor the popup, which measures every item it lists, then
 * ever goes through 200,000 users on a keystroke.
 */
final class UserEntries {

    /** The most entries listed at a time. */
    static final int SHOWN = 200;

    private final ObservableList<UserChoice> users;
    private final Messages messages;
    private final int limit;
    private final ObservableList<UserChoice> unfiltered = FXCollections.observableArrayList();
    private UserFilter filter;

    /** Follows {@code users}, the own profile first then the dataset's users in id order. */
    UserEntries(ObservableList<UserChoice> users, Messages messages, int limit) {
        this.users = users;
        this.messages = messages;
        this.limit = limit;
        users.addListener((ListChangeListener<UserChoice>) change -> follow());
        follow();
    }

    /** The entries while nothing is typed: the picker's items. */
    ObservableList<UserChoice> unfiltered() {
        return unfiltered;
    }

    /** The entries that fit {@code typed}, the note last if more fit. */
    List<UserChoice> matching(String typed) {
        return listed(filter.matching(typed));
    }

    private void follow() {
        filter = UserFilter.of(users, limit);
        unfiltered.setAll(matching(""));
    }

    private List<UserChoice> listed(UserMatches matches) {
        if (matches.more() == 0) {
            return matches.shown();
        }
        List<UserChoice> listed = new ArrayList<>(matches.shown());
        listed.add(UserChoice.moreUsers(messages.format("recommend.moreUsers", matches.more())));
        return listed;
    }
}
