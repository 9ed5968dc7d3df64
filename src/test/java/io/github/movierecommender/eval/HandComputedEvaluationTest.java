package io.github.movierecommender.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.eval.Releases.Row;
import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.recommend.Methods;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole evaluations on a release where every number can be worked out by hand. Users 1 to 4 rate
 * two movies each, with equal stars, so a hold-out of half holds out exactly one of the two, and
 * the expected numbers are the same whichever it is:
 * <ul>
 * <li>user 1 rates movies 1 and 2 five stars; both have 50 other votes averaging 3 (25 × 4 and
 * 25 × 2 for movie 1, 50 × 3 for movie 2), so popular predicts 3;</li>
 * <li>user 2 rates movies 3 and 4 one star; each has one other vote of 2;</li>
 * <li>user 3 rates movies 5 and 6 two stars; nobody else does, so popular falls back to the
 * global training mean;</li>
 * <li>user 4 rates movies 8 and 9 five stars; each has one other vote of 4.</li>
 * </ul>
 * The other 104 users rate one movie each and so are never held out. None of them shares five
 * movies with users 1 to 4, so the tutorial finds no neighbour, and none who rated a held-out
 * movie shares a training movie with its user, so knn-basic finds none either: both fall back.
 */
class HandComputedEvaluationTest {

    private static final double EPSILON = 1e-12;
    private static final int N = 2;
    /** Training ratings: the 104 single ratings sum to 312 stars, the four kept ones to 5 + 1 + 2 + 5. */
    private static final double GLOBAL_MEAN = (312 + 13) / 108.0;
    /** Movies with a training rating: 1, 2, 3, 4, 8, 9 and the one of 5 and 6 user 3 kept. */
    private static final int RECOMMENDABLE = 7;
    private static final long[] SEEDS = {1, 2, 3, 4, 5, 42};

    @TempDir
    static Path folder;

    static Dataset dataset;

    @BeforeAll
    static void writeRelease() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(new Row(100 + i, 1, i < 25 ? 4 : 2));
            rows.add(new Row(150 + i, 2, 3));
        }
        rows.add(new Row(200, 3, 2));
        rows.add(new Row(201, 4, 2));
        rows.add(new Row(202, 8, 4));
        rows.add(new Row(203, 9, 4));
        rows.addAll(List.of(new Row(1, 1, 5), new Row(1, 2, 5), new Row(2, 3, 1), new Row(2, 4, 1),
                new Row(3, 5, 2), new Row(3, 6, 2), new Row(4, 8, 5), new Row(4, 9, 5)));
        dataset = Releases.load(folder, 9, rows);
    }

    /** Between them, the seeds the tests run with hold out each movie of every pair. */
    @Test
    void theSeedsHoldOutEitherMovieOfEachPair() {
        Ratings ratings = dataset.ratings();
        for (int userId = 1; userId <= 4; userId++) {
            int u = ratings.users().indexOf(userId);
            Set<Integer> heldOut = new HashSet<>();
            for (long seed : SEEDS) {
                BitSet test = new Protocol.Holdout(0.5, seed).testParts(ratings).get(0);
                assertEquals(1, test.get(ratings.userStart(u), ratings.userEnd(u)).cardinality());
                heldOut.add(test.nextSetBit(ratings.userStart(u)) - ratings.userStart(u));
            }
            assertEquals(Set.of(0, 1), heldOut, "user " + userId);
        }
    }

    static LongStream seeds() {
        return LongStream.of(SEEDS);
    }

    private static List<EvalResult> evaluate(long seed) {
        EvalPlan plan = new EvalPlan(List.of(Methods.named("popular"),
                Methods.named("knn-tutorial"), Methods.named("knn-basic")),
                List.of(3), N, new Protocol.Holdout(0.5, seed), 1);
        return Evaluation.run(dataset, plan, EvalMonitor.NONE);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void popularPredictsEachMoviesTrainingMeanAndFallsBackToTheGlobalMeanForAnUnratedOne(long seed) {
        EvalResult popular = evaluate(seed).get(0);

        double user1 = 3 - 5.0;
        double user2 = 2 - 1.0;
        double user3 = GLOBAL_MEAN - 2;
        double user4 = 4 - 5.0;
        assertAll(
                () -> assertEquals("popular", popular.method()),
                () -> assertEquals(0, popular.k()),
                () -> assertEquals(N, popular.n()),
                () -> assertEquals(4, popular.users()),
                () -> assertEquals(4, popular.predictions()),
                () -> assertEquals(1, popular.fallbacks()),
                () -> assertEquals("global mean", popular.fallback()),
                () -> assertEquals(Math.sqrt((user1 * user1 + user2 * user2 + user3 * user3 + user4 * user4) / 4),
                        popular.rmse(), EPSILON),
                () -> assertEquals((Math.abs(user1) + Math.abs(user2) + Math.abs(user3) + Math.abs(user4)) / 4,
                        popular.mae(), EPSILON));
    }

    /**
     * Only movies 1 and 2 reach the 50 votes the popular list asks for. User 1's list is the one
     * it held out, a hit at rank 1 of a list shorter than n; user 4's held-out five stars are
     * missed; users 2 and 3 held out nothing relevant and do not count in the top-n averages.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void popularListsAreScoredAgainstTheRelevantHeldOutRatings(long seed) {
        EvalResult popular = evaluate(seed).get(0);

        assertAll(
                () -> assertEquals((1.0 / N + 0) / 2, popular.precision(), EPSILON),
                () -> assertEquals((1.0 + 0) / 2, popular.recall(), EPSILON),
                () -> assertEquals((1.0 + 0) / 2, popular.ndcg(), EPSILON),
                () -> assertEquals(1 / 2.0, popular.hitRate(), EPSILON),
                () -> assertEquals(2.0 / RECOMMENDABLE, popular.coverage(), EPSILON),
                () -> assertEquals(1.0, popular.usersWithList(), EPSILON));
    }

    /** With a single training rating each, users 1 to 4 have no neighbour: the tutorial predicts that rating. */
    @ParameterizedTest
    @MethodSource("seeds")
    void theTutorialFallsBackToTheUsersTrainingMeanAndListsNothing(long seed) {
        EvalResult tutorial = evaluate(seed).get(1);

        assertAll(
                () -> assertEquals("knn-tutorial", tutorial.method()),
                () -> assertEquals(3, tutorial.k()),
                () -> assertEquals(4, tutorial.predictions()),
                () -> assertEquals(4, tutorial.fallbacks()),
                () -> assertEquals("user's mean", tutorial.fallback()),
                () -> assertEquals(0.0, tutorial.rmse()),
                () -> assertEquals(0.0, tutorial.mae()),
                () -> assertEquals(0.0, tutorial.usersWithList()),
                () -> assertEquals(0.0, tutorial.coverage()),
                () -> assertEquals(0.0, tutorial.precision()),
                () -> assertEquals(0.0, tutorial.hitRate()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void knnBasicFallsBackToTheGlobalMeanAndHasNoTopNMetrics(long seed) {
        EvalResult basic = evaluate(seed).get(2);

        double user1 = GLOBAL_MEAN - 5;
        double user2 = GLOBAL_MEAN - 1;
        double user3 = GLOBAL_MEAN - 2;
        double user4 = GLOBAL_MEAN - 5;
        assertAll(
                () -> assertEquals("knn-basic", basic.method()),
                () -> assertEquals(4, basic.fallbacks()),
                () -> assertEquals(1.0, basic.fallbackShare()),
                () -> assertEquals("global mean", basic.fallback()),
                () -> assertEquals(Math.sqrt((user1 * user1 + user2 * user2 + user3 * user3 + user4 * user4) / 4),
                        basic.rmse(), EPSILON),
                () -> assertEquals((Math.abs(user1) + Math.abs(user2) + Math.abs(user3) + Math.abs(user4)) / 4,
                        basic.mae(), EPSILON),
                () -> assertTrue(Double.isNaN(basic.precision())),
                () -> assertTrue(Double.isNaN(basic.recall())),
                () -> assertTrue(Double.isNaN(basic.ndcg())),
                () -> assertTrue(Double.isNaN(basic.hitRate())),
                () -> assertTrue(Double.isNaN(basic.coverage())),
                () -> assertTrue(Double.isNaN(basic.usersWithList())));
    }
}
