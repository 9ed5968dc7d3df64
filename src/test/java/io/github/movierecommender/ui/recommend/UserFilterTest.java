package io.github.movierecommender.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserFilterTest {

    /** Me, then users 1 to 120 in id order; user 4 rated 216 movies, user 12 rated 4, the others 1. */
    private static final List<UserChoice> USERS = users();
    private static final UserFilter FILTER = UserFilter.of(USERS, 200);

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
        assertThat(FILTER.matching("  ")).isEqualTo(new UserMatches(USERS, 0));
        assertThat(ids(" 12 ")).containsExactly(12, 120);
    }

    @Test
    void atMostTheLimitIsListedWithHowManyMoreFitTheOwnProfileFirst() {
        UserFilter fiveAtATime = UserFilter.of(USERS, 5);

        assertThat(fiveAtATime.matching("")).isEqualTo(new UserMatches(USERS.subList(0, 5), 116));
        UserMatches ones = fiveAtATime.matching("1");
        assertThat(ones.shown()).extracting(UserChoice::userId).containsExactly(1, 10, 11, 12, 13);
        assertThat(ones.more()).isEqualTo(32 - 5);
        assertThat(fiveAtATime.matching("user 1").more()).isEqualTo(32 - 5);
        assertThat(fiveAtATime.matching("12")).isEqualTo(new UserMatches(List.of(USERS.get(12), USERS.get(120)), 0));
    }

    @Test
    void idsFarApartAndInAnyOrderAreFoundByTheirDigits() {
        List<UserChoice> users = new ArrayList<>();
        for (int id : new int[] {2_000_000_000, 414, 7, 41, Integer.MAX_VALUE, 4_140_000, 0, 41_999_999}) {
            users.add(new UserChoice(id, 1, "User " + id));
        }
        UserFilter filter = UserFilter.of(users, 200);

        assertThat(ids(filter, "41")).containsExactly(41, 414, 4_140_000, 41_999_999);
        assertThat(ids(filter, "414")).containsExactly(414, 4_140_000);
        assertThat(ids(filter, "2")).containsExactly(2_000_000_000, Integer.MAX_VALUE);
        assertThat(ids(filter, "2147483647")).containsExactly(Integer.MAX_VALUE);
        assertThat(ids(filter, "0")).containsExactly(0);
        assertThat(ids(filter, "07")).as("no id is written with a leading zero").isEmpty();
        assertThat(ids(filter, "21474836470")).as("more digits than any id has").isEmpty();
        assertThat(ids(filter, "99999999999999999999")).isEmpty();
    }

    @Test
    void anOwnProfileNamedWithDigitsMatchesANumberByItsLabel() {
        List<UserChoice> users = List.of(UserChoice.ownProfile("42 (your ratings)"), new UserChoice(4, 1, "User 4"),
                new UserChoice(42, 1, "User 42"));

        assertThat(ids(UserFilter.of(users, 200), "42")).containsExactly(UserChoice.OWN_PROFILE, 42);
    }

    private static List<Integer> ids(String typed) {
        return ids(FILTER, typed);
    }

    private static List<Integer> ids(UserFilter filter, String typed) {
        return filter.matching(typed).shown().stream().map(UserChoice::userId).toList();
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
