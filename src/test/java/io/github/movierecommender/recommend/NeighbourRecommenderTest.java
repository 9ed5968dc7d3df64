package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.data.Dataset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeighbourRecommenderTest {

    private static final double EPSILON = 1e-9;

    @TempDir
    static Path folder;

    static Dataset dataset;
    static NeighbourRecommender recommender;

    @BeforeAll
    static void load() throws Exception {
        dataset = SmallWorld.load(folder);
        recommender = Recommenders.of(dataset).neighbours();
    }

    private static List<Integer> movieIds(NeighbourResult result) {
        return result.list().items().stream().map(r -> r.movie().id()).toList();
    }

    private static List<Integer> neighbourIds(NeighbourResult result) {
        return result.neighbours().stream().map(Neighbour::userId).toList();
    }

    @Test
    void tutorialKeepsTheNearestWithTiesToTheSmallerUserIdAndLeavesOutUsersUnderFiveInCommon() {
        NeighbourResult result = recommender.recommend(SmallWorld.user(dataset, 1), NeighbourParams.tutorial(10, 10));

        assertEquals(List.of(2, 3, 4, 6), neighbourIds(result));
        assertEquals(0.0, result.neighbours().get(0).distance(), EPSILON);
        assertEquals(1.0, result.neighbours().get(1).distance(), EPSILON);
        assertEquals(1.0, result.neighbours().get(2).distance(), EPSILON);
        assertEquals(Math.sqrt(40), result.neighbours().get(3).distance(), EPSILON);
        assertEquals(5, result.neighbours().get(3).common());
    }

    @Test
    void tutorialScoresArePlainMeansOrderedByScoreThenSupportThenMovieId() {
        NeighbourResult result = recommender.recommend(SmallWorld.user(dataset, 1), NeighbourParams.tutorial(3, 10));

        assertEquals(List.of(6, 9, 10), movieIds(result));
        Recommendation first = result.list().items().get(0);
        assertEquals(4.0, first.score(), EPSILON);
        assertEquals(3, first.support());
        assertEquals("3 of your 3 nearest neighbours rated it, average 4.0", EnglishText.of(first.explanation()));
        assertEquals(2, result.list().items().get(1).support());
    }

    @Test
    void tutorialNeedsHalfOfKUnroundedSoOddKRoundsTheThresholdUp() {
        Profile user1 = SmallWorld.user(dataset, 1);

        NeighbourResult four = recommender.recommend(user1, NeighbourParams.tutorial(4, 10));
        assertEquals(List.of(6, 9, 10, 7), movieIds(four));
        assertEquals(2.5, four.list().items().get(3).score(), EPSILON);

        NeighbourResult five = recommender.recommend(user1, NeighbourParams.tutorial(5, 10));
        assertEquals(List.of(6), movieIds(five), "k = 5 needs 3 neighbours per movie");
    }

    @Test
    void tutorialSaysWhyTheListIsEmpty() {
        NeighbourResult result = recommender.recommend(SmallWorld.user(dataset, 1), NeighbourParams.tutorial(7, 10));

        assertThat(result.list().items()).isEmpty();
        assertThat(EnglishText.of(result.list().shortfall()))
                .contains("only 4 users share at least 5 rated movies with you")
                .contains("no movie you have not rated is rated by at least 4 of your 7 nearest neighbours");
    }

    @Test
    void neverRecommendsAMovieTheProfileRated() {
        Profile user1 = SmallWorld.user(dataset, 1);
        for (NeighbourParams params : List.of(NeighbourParams.tutorial(4, 10), NeighbourParams.defaults(4, 10))) {
            recommender.recommend(user1, params).list().items()
                    .forEach(r -> assertTrue(r.movie().id() > 5, r.movie().title()));
        }
    }

    private static NeighbourParams msd(int k, int n) {
        return new NeighbourParams(k, n, 5, Measure.MSD, NeighbourMode.DEFAULT, 2, false);
    }

    @Test
    void defaultModePredictsAMeanCentredSimilarityWeightedRatingShrunkTowardsTheUsersMean() {
        NeighbourResult result = recommender.recommend(SmallWorld.user(dataset, 1), msd(3, 3));

        double simUser2 = 1;
        double simUser3 = 1 / 1.2;
        double simUser4 = 1 / 1.2;
        double meanUser2 = 32.0 / 9;
        double meanUser3 = 3.0;
        double meanUser4 = 3.25;
        double shrinkage = 5;
        double movie6 = 3 + (simUser2 * (5 - meanUser2) + simUser3 * (3 - meanUser3) + simUser4 * (4 - meanUser4))
                / (simUser2 + simUser3 + simUser4 + shrinkage);
        double movie9 = 3 + (simUser2 * (4 - meanUser2) + simUser3 * (4 - meanUser3))
                / (simUser2 + simUser3 + shrinkage);
        double movie10 = 3 + (simUser2 * (4 - meanUser2) + simUser4 * (4 - meanUser4))
                / (simUser2 + simUser4 + shrinkage);

        assertEquals(List.of(6, 9, 10), movieIds(result));
        assertEquals(movie6, result.list().items().get(0).score(), EPSILON);
        assertEquals(movie9, result.list().items().get(1).score(), EPSILON);
        assertEquals(movie10, result.list().items().get(2).score(), EPSILON);
        assertNull(EnglishText.of(result.list().shortfall()));
        assertEquals(List.of(2, 3, 4), neighbourIds(result));
    }

    @Test
    void predictingInTutorialModeAveragesTheKNearestWhoRatedTheMovieFromOneRaterUp() {
        NeighbourParams three = NeighbourParams.tutorial(3, 10);
        Neighbourhood hood = recommender.neighbourhood(SmallWorld.user(dataset, 1), three);

        assertEquals(4.0, recommender.predict(hood, three, movieIndex(6)).orElseThrow(), EPSILON);
        assertEquals(4.0, recommender.predict(hood, three, movieIndex(7)).orElseThrow(), EPSILON,
                "user 2 alone of the three nearest rated movie 7");
        assertEquals(2.5, recommender.predict(hood, NeighbourParams.tutorial(4, 10), movieIndex(7)).orElseThrow(),
                EPSILON, "user 6 joins with 1 star");
        assertTrue(recommender.predict(hood, NeighbourParams.tutorial(1, 10), movieIndex(8)).isEmpty(),
                "the nearest, user 2, did not rate movie 8");
    }

    @Test
    void predictingInDefaultModeGivesTheListsScoreAndNeedsTheMinimumSupport() {
        NeighbourParams params = msd(3, 3);
        Neighbourhood hood = recommender.neighbourhood(SmallWorld.user(dataset, 1), params);
        NeighbourResult result = recommender.recommend(hood, params);

        for (Recommendation item : result.list().items()) {
            assertEquals(item.score(), recommender.predict(hood, params, item.movieIndex()).orElseThrow(), EPSILON,
                    item.movie().title());
        }
        assertTrue(recommender.predict(hood, params, movieIndex(7)).isEmpty(), "only user 2 of the 3 rated it");
    }

    private static int movieIndex(int movieId) {
        return dataset.movies().indexOf(movieId);
    }

    @Test
    void defaultModeWidensTheNeighbourhoodToFillTheListAndSaysWhenItCannot() {
        NeighbourResult result = recommender.recommend(SmallWorld.user(dataset, 1), msd(3, 5));

        assertEquals(List.of(6, 9, 10, 7), movieIds(result));
        assertEquals(List.of(2, 3, 4, 6), neighbourIds(result));
        assertThat(EnglishText.of(result.list().shortfall()))
                .contains("only 4 movies you have not rated are rated by at least 2 of your 4 nearest neighbours");
    }

    @Test
    void measuresMatchHandComputedValuesForUsers1And3() {
        Profile user1 = SmallWorld.user(dataset, 1);
        double cosine = 50 / Math.sqrt(55.0 * 46);
        double meanUser3 = 21.0 / 7;
        double[] p = {2, 1, 0, -1, -2};
        double[] v = {4 - meanUser3, 4 - meanUser3, 3 - meanUser3, 2 - meanUser3, 1 - meanUser3};
        double covariance = 0;
        double spreadV = 0;
        for (int i = 0; i < 5; i++) {
            covariance += p[i] * v[i];
            spreadV += v[i] * v[i];
        }
        double pearson = covariance / Math.sqrt(10 * spreadV);

        assertEquals(1.0, similarityOfUser3(user1, Measure.EUCLIDEAN).distance(), EPSILON);
        assertEquals(0.5, similarityOfUser3(user1, Measure.EUCLIDEAN).similarity(), EPSILON);
        assertEquals(0.2, similarityOfUser3(user1, Measure.MSD).distance(), EPSILON);
        assertEquals(1 / 1.2, similarityOfUser3(user1, Measure.MSD).similarity(), EPSILON);
        assertEquals(cosine, similarityOfUser3(user1, Measure.COSINE).similarity(), EPSILON);
        assertEquals(pearson, similarityOfUser3(user1, Measure.PEARSON).similarity(), EPSILON);
    }

    private static Neighbour similarityOfUser3(Profile profile, Measure measure) {
        NeighbourParams params = new NeighbourParams(10, 10, 5, measure, NeighbourMode.DEFAULT, 2, false);
        return recommender.neighbourhood(profile, params).nearest(10).stream()
                .filter(n -> n.userId() == 3).findFirst().orElseThrow();
    }

    @Test
    void significanceWeightingShrinksSimilaritiesFromFewCoRatedMovies() {
        Profile user1 = SmallWorld.user(dataset, 1);
        NeighbourParams weighted = new NeighbourParams(10, 10, 5, Measure.MSD, NeighbourMode.DEFAULT, 2, true);

        Neighbour user3 = recommender.neighbourhood(user1, weighted).nearest(10).stream()
                .filter(n -> n.userId() == 3).findFirst().orElseThrow();

        assertEquals(1 / 1.2 * 5 / 50, user3.similarity(), EPSILON);
    }

    @Test
    void aLowerMinimumInCommonAdmitsUsersWithFewerCoRatedMovies() {
        NeighbourParams params = new NeighbourParams(10, 10, 4, Measure.EUCLIDEAN, NeighbourMode.TUTORIAL, 1, false);

        assertThat(neighbourIds(recommender.recommend(SmallWorld.user(dataset, 1), params))).contains(5);
    }

    @Test
    void changingKOrNReaggregatesFromTheCachedNeighbourhoodWithTheSameResult() {
        Profile user1 = SmallWorld.user(dataset, 1);
        Neighbourhood hood = recommender.neighbourhood(user1, NeighbourParams.tutorial(3, 10));

        assertTrue(hood.serves(user1, NeighbourParams.tutorial(4, 2)));
        assertEquals(recommender.recommend(user1, NeighbourParams.tutorial(4, 2)),
                recommender.recommend(hood, NeighbourParams.tutorial(4, 2)));
    }

    @Test
    void anAdHocProfileFindsDatasetUsersIncludingTheOneItCopies() {
        Profile copy = Profile.of(dataset, List.of(new MovieRating(1, 5), new MovieRating(2, 4),
                new MovieRating(3, 3), new MovieRating(4, 2), new MovieRating(5, 1), new MovieRating(999, 3)));

        NeighbourResult result = recommender.recommend(copy, NeighbourParams.tutorial(3, 10));

        assertEquals(List.of(1, 2, 3), neighbourIds(result));
        assertEquals(List.of(999), copy.unknownMovieIds());
        assertThat(movieIds(result)).doesNotContain(1, 2, 3, 4, 5);
    }

    @Test
    void aProfileWithTooFewRatingsIsToldHowManyMoreAreNeeded() {
        Profile three = Profile.of(dataset, List.of(new MovieRating(1, 5), new MovieRating(2, 4), new MovieRating(3, 3)));

        NeighbourResult result = recommender.recommend(three, NeighbourParams.defaults(20, 10));

        assertThat(result.list().items()).isEmpty();
        assertThat(EnglishText.of(result.list().shortfall())).startsWith("rate 2 more movies to find neighbours");
    }
}
