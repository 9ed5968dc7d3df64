package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.data.Ratings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three users and three movies, solved by hand: user 1 rates movies 1 and 2 with 5 and 3 stars,
 * user 2 movies 1 and 3 with 4 and 2, user 3 movies 2 and 3 with 4 and 1; μ = 19/6.
 */
class BaselineTest {

    private static final double EPSILON = 1e-9;

    @TempDir
    static Path folder;

    static Dataset dataset;

    @BeforeAll
    static void load() throws Exception {
        Files.writeString(folder.resolve("movies.csv"), """
                movieId,title,genres
                1,One (2001),Comedy
                2,Two (2002),Drama
                3,Three (2003),Horror
                """);
        Files.writeString(folder.resolve("ratings.csv"), """
                userId,movieId,rating,timestamp
                1,1,5,100
                1,2,3,100
                2,1,4,100
                2,3,2,100
                3,2,4,100
                3,3,1,100
                """);
        dataset = DatasetLoader.load(folder);
    }

    private static int movie(int id) {
        return dataset.movies().indexOf(id);
    }

    private static int user(int id) {
        return dataset.ratings().users().indexOf(id);
    }

    /**
     * With movie regularisation 1 and user regularisation 2, one pass gives b_1 = (9 − 2μ) / 3 = 8/9,
     * b_2 = 2/9, b_3 = −10/9, then b_u1 = (8 − 2μ − 10/9) / 4 = 5/36, b_u2 = −1/36, b_u3 = −1/9.
     */
    @Test
    void onePassSolvesMovieBiasesThenUserBiasesAsWorkedOutByHand() {
        Baseline baseline = Baseline.train(dataset.ratings(), new BaselineParams(1, 2, 1), BuildMonitor.NONE);

        assertThat(baseline.mean()).isCloseTo(19 / 6.0, within(EPSILON));
        assertThat(baseline.movieBias(movie(1))).isCloseTo(8 / 9.0, within(EPSILON));
        assertThat(baseline.movieBias(movie(2))).isCloseTo(2 / 9.0, within(EPSILON));
        assertThat(baseline.movieBias(movie(3))).isCloseTo(-10 / 9.0, within(EPSILON));
        assertThat(baseline.userBias(user(1))).isCloseTo(5 / 36.0, within(EPSILON));
        assertThat(baseline.userBias(user(2))).isCloseTo(-1 / 36.0, within(EPSILON));
        assertThat(baseline.userBias(user(3))).isCloseTo(-1 / 9.0, within(EPSILON));
        assertThat(baseline.predict(baseline.userBias(user(1)), movie(3)))
                .as("μ + b_u1 + b_3 = 114/36 + 5/36 − 40/36").isCloseTo(79 / 36.0, within(EPSILON));
    }

    @Test
    void manyPassesReachBiasesThatSolveBothSetsOfEquations() {
        Ratings ratings = dataset.ratings();
        Baseline baseline = Baseline.train(ratings, new BaselineParams(1, 2, 500), BuildMonitor.NONE);

        for (int m = 0; m < ratings.movieCount(); m++) {
            double deviation = 0;
            for (int j = ratings.movieStart(m); j < ratings.movieEnd(m); j++) {
                deviation += ratings.movieRatingAt(j) - baseline.mean() - baseline.userBias(ratings.movieUserAt(j));
            }
            assertThat(baseline.movieBias(m)).isCloseTo(deviation / (1 + ratings.movieRatingCount(m)),
                    within(EPSILON));
        }
    }

    @Test
    void anAdHocProfileGetsTheBiasOfTheDatasetUserWithTheSameRatings() {
        Baseline baseline = Baseline.train(dataset.ratings(), BaselineParams.DEFAULTS, BuildMonitor.NONE);
        Profile adHoc = Profile.of(dataset, List.of(new MovieRating(1, 5), new MovieRating(2, 3)));

        assertThat(baseline.userBias(adHoc)).isCloseTo(baseline.userBias(user(1)), within(EPSILON));
        assertThat(baseline.userBias(Profile.of(dataset, List.of()))).isZero();
    }

    @Test
    void predictionsStayOnTheRatingScaleAndSayHowTheyAreMadeUp() {
        Baseline baseline = Baseline.train(dataset.ratings(), new BaselineParams(0, 0, 10), BuildMonitor.NONE);
        Profile harsh = Profile.of(dataset, List.of(new MovieRating(3, 0.5)));

        RatingEstimate estimate = baseline.predict(harsh, movie(3));
        RatingEstimate liked = baseline.predict(Profile.ofUser(dataset, 1).orElseThrow(), movie(1));

        assertThat(estimate.stars()).isBetween(0.5, 5.0);
        assertThat(EnglishText.of(estimate.explanation())).contains("average 3.17", "you rate", "below",
                "this movie is rated", "below it");
        assertThat(EnglishText.of(liked.explanation())).contains("this movie is rated", "above it");
    }

    @Test
    void reportsProgressUpToOneAndStopsWhenCancelled() {
        List<Double> progress = new ArrayList<>();
        Baseline.train(dataset.ratings(), BaselineParams.DEFAULTS, TestMonitor.of(progress::add, () -> false));

        assertThat(progress).isSorted().endsWith(1.0);
        assertThatThrownBy(() -> Baseline.train(dataset.ratings(), BaselineParams.DEFAULTS,
                TestMonitor.of(done -> { }, () -> true)))
                .isInstanceOf(BuildCancelledException.class);
    }
}
