package io.github.movierecommender.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** What the user picker lists of 2,500 users, 200 at a time. */
class UserEntriesTest {

    private final ObservableList<UserChoice> users = FXCollections.observableArrayList(users(2_500));

    @Test
    void aListCutShortEndsWithANoteOfHowManyMoreFitInEitherLanguage() {
        UserEntries english = new UserEntries(users, Messages.forLocale(Locale.ENGLISH), 200);
        UserEntries portuguese = new UserEntries(users, Messages.forLocale(Locale.forLanguageTag("pt-BR")), 200);

        List<UserChoice> ones = english.matching("1");
        assertThat(ones).hasSize(201);
        assertThat(ones.subList(0, 3)).extracting(UserChoice::userId).containsExactly(1, 10, 11);
        assertThat(ones.get(200).isMoreUsers()).isTrue();
        assertThat(ones.get(200).label()).isEqualTo("…and 911 more");
        assertThat(portuguese.matching("").get(200).label()).isEqualTo("…e mais 2.300");
    }

    @Test
    void aListThatFitsHasNoNote() {
        UserEntries entries = new UserEntries(users, Messages.forLocale(Locale.ENGLISH), 200);

        assertThat(entries.matching("12")).extracting(UserChoice::userId).hasSize(1 + 10 + 100)
                .startsWith(12, 120, 121).endsWith(1298, 1299).allMatch(id -> Integer.toString(id).startsWith("12"));
        assertThat(entries.matching("2499")).extracting(UserChoice::userId).containsExactly(2499);
        assertThat(entries.matching("2501")).isEmpty();
    }

    @Test
    void theUnfilteredEntriesFollowTheUsersWithTheOwnProfileOnTop() {
        UserEntries entries = new UserEntries(users, Messages.forLocale(Locale.ENGLISH), 200);
        ObservableList<UserChoice> unfiltered = entries.unfiltered();
        assertThat(unfiltered).hasSize(201);
        assertThat(unfiltered.get(0).userId()).isEqualTo(1);

        users.add(0, UserChoice.ownProfile("Me (your ratings)"));

        assertThat(unfiltered).hasSize(201);
        assertThat(unfiltered.get(0).isOwnProfile()).isTrue();
        assertThat(unfiltered.get(200).label()).isEqualTo("…and 2,301 more");
        assertThat(entries.matching("me")).extracting(UserChoice::label).containsExactly("Me (your ratings)");
        users.setAll(users(3));
        assertThat(unfiltered).extracting(UserChoice::userId).containsExactly(1, 2, 3);
    }

    private static List<UserChoice> users(int count) {
        List<UserChoice> users = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            users.add(new UserChoice(id, 2, "User " + id + " · 2 ratings"));
        }
        return users;
    }
}
