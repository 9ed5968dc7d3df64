package io.github.movierecommender.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserFilterTest {

    /** Me, then users 1 to 120 in id order; user 4 rated 216 movies, user 12 rated 4, the others 1. */
    private static final List<UserChoice> USERS = users();

    @Test
    void aNumberListsTheUsersWhoseIdStartsWithItInIdOrderSoTheExactIdComesFirst() {
        assertThat(ids("1")).startsWith(1, 10, 11).endsWith(119, 120).hasSize(1 + 10 + 21).doesNotContain(4, 21);
        assertThat(ids("12")).containsExactly(12, 120);
        assertThat(ids("4")).containsExactly(4, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49);
    }

    @Test
    void ratingCountsNeverMatch() {
        assertThat(ids("216")).isEmpty();
    }

    @Test
    void otherTextMatchesTheStartOfTheLabelIgnoringCase() {
        assertThat(ids("user 11")).containsExactly(11, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119);
        assertThat(ids("me")).containsExactly(UserChoice.OWN_PROFILE);
        assertThat(ids("ratings")).isEmpty();
    }

    @Test
    void blankTextListsEveryone() {
        assertThat(UserFilter.matching(USERS, "  ")).isEqualTo(USERS);
        assertThat(ids(" 12 ")).containsExactly(12, 120);
    }

    private static List<Integer> ids(String typed) {
        return UserFilter.matching(USERS, typed).stream().map(UserChoice::userId).toList();
    }

    private static List<UserChoice> users() {
        List<UserChoice> users = new ArrayList<>(List.of(UserChoice.ownProfile("Me (your ratings)")));
        for (int id = 1; id <= 120; id++) {
            int ratings = id == 4 ? 216 : id == 12 ? 4 : 1;
            users.add(new UserChoice(id, ratings, "User " + id + " · " + ratings + " ratings"));
        }
        return users;
    }
}
