package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.MovieLensSmall;
import io.github.movierecommender.data.Ratings;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A method whose lists nest (see {@link ProfileRecommender#listsNest()}) gives for every n exactly
 * the first n movies of its list for a larger n, short for the same reason when that list holds
 * no more: checked on ml-latest-small (skipped without it) against a fresh recommender asked for
 * n directly, for users with many, typical and few ratings, several k, n and minimum votes.
 */
class ListsNestTest {

    private static final int LONGEST = 50;
    private static final int[] NS = {1, 5, 10, 17, 33, 49, 50};

    private static Dataset dataset;
    private static Training training;
    private static List<Integer> users;

    @BeforeAll
    static void load() throws Exception {
        dataset = MovieLensSmall.loadOrSkip();
        training = Training.of(dataset);
        Ratings ratings = dataset.ratings();
        int fewest = IntStream.range(0, ratings.userCount()).boxed()
                .min((a, b) -> Integer.compare(ratings.userRatingCount(a), ratings.userRatingCount(b))).orElseThrow();
        users = List.of(1, 414, 610, ratings.users().idAt(fewest));
    }

    @Test
    void popularGenreAndTheNeighbourListsOfBothModesNest() {
        for (String name : List.of("popular", "genre", "knn-baseline", "knn-tutorial")) {
            assertNests(Methods.named(name).build(training, BuildMonitor.NONE));
        }
    }

    @Test
    void theTrainedItemNeighboursNest() {
        assertNests(Methods.named("item-knn").build(training, BuildMonitor.NONE));
    }

    /** In default mode the mean-centred neighbours widen k while a list is short of n: a shorter n may list others. */
    @Test
    void theMeanCentredNeighboursOfTheDefaultModeDoNotSayTheyNest() {
        Recommender pearson = Methods.neighbours(Measure.PEARSON).build(training, BuildMonitor.NONE);

        assertThat(pearson.forProfile(profile(1)).listsNest()).isFalse();
    }

    private static void assertNests(Recommender recommender) {
        for (int userId : users) {
            for (int k : new int[] {1, 20}) {
                for (int minVotes : new int[] {0, 50, 150}) {
                    for (PopularRanking ranking : PopularRanking.values()) {
                        assertNests(recommender, userId, settings(k, LONGEST, minVotes, ranking));
                    }
                }
            }
        }
    }

    private static void assertNests(Recommender recommender, int userId, MethodSettings longest) {
        ProfileRecommender kept = recommender.forProfile(profile(userId));
        assertThat(kept.listsNest()).as(recommender.method().name()).isTrue();
        RecommendationList whole = kept.recommend(longest);
        for (int n : NS) {
            MethodSettings settings = settings(longest.k(), n, longest.minVotes(), longest.ranking());
            RecommendationList direct = recommender.forProfile(profile(userId)).recommend(settings);
            String what = recommender.method().name() + " for user " + userId + " at " + settings;
            if (n > whole.items().size()) {
                assertThat(direct).as(what).isEqualTo(whole);
                assertThat(direct.shortfall()).as(what).isNotNull();
            } else {
                assertThat(direct.items()).as(what).isEqualTo(whole.items().subList(0, n));
                assertThat(direct.shortfall()).as(what).isNull();
            }
        }
    }

    private static MethodSettings settings(int k, int n, int minVotes, PopularRanking ranking) {
        return MethodSettings.defaults(k, n).withMinVotes(minVotes).withRanking(ranking, null);
    }

    private static Profile profile(int userId) {
        return Profile.ofUser(dataset, userId).orElseThrow();
    }
}
