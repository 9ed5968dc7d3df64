package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * knn-baseline's list, made from the similar users' ratings, against the definition: every unrated
 * movie scored from its own k most similar raters, found by scanning all of its raters.
 */
class KnnBaselineListTest {

    private static final int USERS = 60;
    private static final int MOVIES = 45;

    @TempDir
    static Path folder;

    static Dataset dataset;
    static KnnBaseline knn;

    /** Seeded ratings; users 2 and 3 copy user 1, so some similarities are equal and ties are ranked. */
    @BeforeAll
    static void load() throws Exception {
        SplittableRandom random = new SplittableRandom(12);
        StringBuilder lines = new StringBuilder();
        List<String> firstUser = new ArrayList<>();
        for (int user = 1; user <= USERS; user++) {
            for (int movie = 1; movie <= MOVIES; movie++) {
                if (user <= 3 ? false : random.nextDouble() < 0.35) {
                    lines.append(user).append(',').append(movie).append(',').append((1 + random.nextInt(10)) / 2.0)
                            .append('\n');
                }
            }
            if (user == 1) {
                for (int movie = 1; movie <= MOVIES; movie += 2) {
                    firstUser.add(movie + "," + (1 + random.nextInt(10)) / 2.0);
                }
            }
            if (user <= 3) {
                for (String rating : firstUser) {
                    lines.append(user).append(',').append(rating).append('\n');
                }
            }
        }
        dataset = TasteWorld.load(folder, lines.toString());
        Baseline baseline = Baseline.train(dataset.ratings(), BaselineParams.DEFAULTS, BuildMonitor.NONE);
        knn = KnnBaseline.train(dataset, baseline, new KnnBaselineParams(5, 0.5), BuildMonitor.NONE);
    }

    @Test
    void theListFromSimilarUsersEqualsScanningEveryMoviesRaters() {
        for (int userId : new int[] {4, 5, 17, 33, 60}) {
            Profile profile = Profile.ofUser(dataset, userId).orElseThrow();
            KnnBaseline.Neighbours neighbours = knn.neighbours(profile);
            assertThat(IntStream.range(0, USERS).filter(v -> neighbours.similarity(v) > 0).count())
                    .as("user %d has similar users", userId).isGreaterThan(5);
            for (int k : new int[] {1, 3, 40}) {
                for (int n : new int[] {5, MOVIES}) {
                    assertThat(knn.recommend(neighbours, k, n).items()).as("user %d, k %d, n %d", userId, k, n)
                            .isNotEmpty().isEqualTo(byScanningEveryMovie(neighbours, k, n));
                }
            }
        }
    }

    @Test
    void equallySimilarUsersAreTakenInTheOrderOfTheirIndexes() {
        Profile profile = Profile.ofUser(dataset, 10).orElseThrow();
        KnnBaseline.Neighbours neighbours = knn.neighbours(profile);
        assertThat(neighbours.similarity(1)).isEqualTo(neighbours.similarity(2)).isEqualTo(neighbours.similarity(0));

        for (int k = 1; k <= 3; k++) {
            assertThat(knn.recommend(neighbours, k, MOVIES).items()).as("k %d", k)
                    .isEqualTo(byScanningEveryMovie(neighbours, k, MOVIES));
        }
    }

    /** The definition: per unrated movie, its k raters most similar to the profile (ties by user index). */
    private static List<Recommendation> byScanningEveryMovie(KnnBaseline.Neighbours neighbours, int k, int n) {
        Ratings ratings = dataset.ratings();
        Profile profile = neighbours.profile();
        double[] score = new double[ratings.movieCount()];
        int[][] nearest = new int[ratings.movieCount()][];
        for (int m = 0; m < ratings.movieCount(); m++) {
            if (profile.hasRated(m)) {
                nearest[m] = new int[0];
                continue;
            }
            nearest[m] = IntStream.range(ratings.movieStart(m), ratings.movieEnd(m))
                    .filter(j -> neighbours.similarity(ratings.movieUserAt(j)) > 0).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(j -> -neighbours.similarity(ratings.movieUserAt(j)))
                            .thenComparingInt(j -> j))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            for (int j : nearest[m]) {
                score[m] += neighbours.similarity(ratings.movieUserAt(j)) * ratings.movieRatingAt(j);
            }
        }
        List<Recommendation> expected = new ArrayList<>();
        IntStream.range(0, ratings.movieCount()).filter(m -> nearest[m].length > 0).boxed()
                .sorted(Comparator.<Integer>comparingDouble(m -> -score[m]).thenComparingInt(m -> m)).limit(n)
                .forEach(m -> {
                    double stars = 0;
                    for (int j : nearest[m]) {
                        stars += ratings.movieRatingAt(j);
                    }
                    Explanation reason = new Explanation.SimilarRaters(nearest[m].length, stars / nearest[m].length,
                            knn.predict(neighbours, m, k).orElseThrow());
                    expected.add(new Recommendation(m, dataset.movies().at(m), score[m], nearest[m].length, reason));
                });
        return expected;
    }
}
