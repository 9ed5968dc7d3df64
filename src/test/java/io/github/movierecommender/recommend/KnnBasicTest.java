package io.github.movierecommender.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.data.Dataset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Surprise's KNNBasic with MSD on {@link SmallWorld}, worked out by hand for user 1 (5, 4, 3, 2, 1
 * stars for movies 1–5): user 2 agrees (msd 0, similarity 1), users 3 and 4 differ by one star on
 * one of five movies (msd 1/5, similarity 5/6), user 5 by 4, 3, 2 and 1 stars on four (msd 30/4,
 * similarity 2/17), user 6 by 4, 2, 0, 2 and 4 on five (msd 8, similarity 1/9).
 */
class KnnBasicTest {

    private static final double EPSILON = 1e-12;

    @TempDir
    static Path folder;

    static Dataset dataset;
    static KnnBasic knn;

    @BeforeAll
    static void load() throws Exception {
        dataset = SmallWorld.load(folder);
        knn = new KnnBasic(dataset.ratings());
    }

    private static int movie(int id) {
        return dataset.movies().indexOf(id);
    }

    private static double predict(double[] similarities, int movieId, int k) {
        return knn.predict(similarities, movie(movieId), k).orElseThrow();
    }

    @Test
    void similaritiesAreOneOverOnePlusTheMeanSquaredDifferenceOverCoRatedMovies() {
        double[] similarities = knn.similarities(SmallWorld.user(dataset, 1));

        assertArrayEquals(new double[] {0, 1, 5 / 6.0, 5 / 6.0, 2 / 17.0, 1 / 9.0}, similarities, EPSILON);
    }

    @Test
    void predictsTheSimilarityWeightedMeanOfTheKMostSimilarRatersWithTiesToTheSmallerUser() {
        double[] similarities = knn.similarities(SmallWorld.user(dataset, 1));

        assertEquals((1 * 5 + 5 / 6.0 * 3) / (1 + 5 / 6.0), predict(similarities, 6, 2), EPSILON,
                "users 3 and 4 tie behind user 2: user 3 (3 stars) is taken, not user 4 (4 stars)");
        assertEquals((1 * 5 + 5 / 6.0 * 3 + 5 / 6.0 * 4) / (1 + 5 / 6.0 + 5 / 6.0), predict(similarities, 6, 3),
                EPSILON);
        assertEquals((1 * 5 + 5 / 6.0 * 3 + 5 / 6.0 * 4 + 2 / 17.0 * 5) / (1 + 5 / 6.0 + 5 / 6.0 + 2 / 17.0),
                predict(similarities, 6, 40), EPSILON);
        assertEquals(4.0, predict(similarities, 7, 1), EPSILON);
        assertEquals((1 * 4 + 2 / 17.0 * 5 + 1 / 9.0 * 1) / (1 + 2 / 17.0 + 1 / 9.0), predict(similarities, 7, 3),
                EPSILON);
        assertEquals(2.0, predict(similarities, 8, 40), EPSILON, "user 4 alone rated movie 8");
    }

    /** An ad-hoc 4.5 for movie 9 is half a star from users 2 and 3 (4 stars): msd 1/4, similarity 0.8. */
    @Test
    void anAdHocProfileCountsHalfStarsAndGetsNothingWhenNoSimilarUserRatedTheMovie() {
        double[] similarities = knn.similarities(Profile.of(dataset, List.of(new MovieRating(9, 4.5))));

        assertArrayEquals(new double[] {0, 0.8, 0.8, 0, 0, 0}, similarities, EPSILON);
        assertEquals(5.0, predict(similarities, 6, 1), EPSILON, "user 2 wins the tie with user 3");
        assertEquals((0.8 * 5 + 0.8 * 3) / 1.6, predict(similarities, 6, 2), EPSILON);
        assertTrue(knn.predict(similarities, movie(8), 40).isEmpty(), "only user 4, similarity 0, rated movie 8");
    }

    @Test
    void scratchSpaceIsClearedBetweenProfiles() {
        double[] first = knn.similarities(SmallWorld.user(dataset, 1));
        knn.similarities(SmallWorld.user(dataset, 5));

        assertArrayEquals(first, knn.similarities(SmallWorld.user(dataset, 1)));
    }
}
