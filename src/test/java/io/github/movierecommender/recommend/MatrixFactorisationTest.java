package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixFactorisationTest {

    private static final MfParams FITTING = new MfParams(4, 0.02, 0.01, 400, 11);

    @TempDir
    static Path folder;

    static Dataset dataset;

    @BeforeAll
    static void load() throws Exception {
        dataset = SmallWorld.load(folder);
    }

    private static double trainingRmse(MatrixFactorisation model) {
        Ratings ratings = dataset.ratings();
        double squares = 0;
        for (int u = 0; u < ratings.userCount(); u++) {
            for (int i = ratings.userStart(u); i < ratings.userEnd(u); i++) {
                double error = model.predict(u, ratings.userMovieAt(i)) - ratings.userRatingAt(i);
                squares += error * error;
            }
        }
        return Math.sqrt(squares / ratings.size());
    }

    private static double[] predictions(MatrixFactorisation model) {
        return predictions(dataset, model);
    }

    private static double[] predictions(Dataset dataset, MatrixFactorisation model) {
        Ratings ratings = dataset.ratings();
        double[] all = new double[ratings.userCount() * ratings.movieCount()];
        for (int u = 0; u < ratings.userCount(); u++) {
            for (int m = 0; m < ratings.movieCount(); m++) {
                all[u * ratings.movieCount() + m] = model.predict(u, m);
            }
        }
        return all;
    }

    @Test
    void fitsTheTrainingRatingsCloselyWithLittleRegularisation() {
        MatrixFactorisation model = MatrixFactorisation.train(dataset, FITTING, BuildMonitor.NONE);

        assertThat(trainingRmse(model)).isLessThan(0.25);
    }

    @Test
    void theSameSeedGivesTheSameModelAndAnotherSeedAnother() {
        double[] first = predictions(MatrixFactorisation.train(dataset, FITTING, BuildMonitor.NONE));
        double[] again = predictions(MatrixFactorisation.train(dataset, FITTING, BuildMonitor.NONE));
        double[] other = predictions(MatrixFactorisation.train(dataset,
                new MfParams(4, 0.02, 0.01, 400, 12), BuildMonitor.NONE));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    /** Blocks of users and movies are fitted in a fixed schedule, so the threads only change the speed. */
    @Test
    void oneAndTwoThreadsGiveTheSameModel() throws Exception {
        Path randomFolder = Files.createDirectories(folder.resolve("random"));
        Dataset random = TasteWorld.load(randomFolder, randomRatings(80, 60, 3));
        MfParams params = new MfParams(8, 0.02, 0.05, 30, 4);

        double[] oneThread = predictions(random, MatrixFactorisation.train(random, params, BuildMonitor.NONE, 1));
        double[] twoThreads = predictions(random, MatrixFactorisation.train(random, params, BuildMonitor.NONE, 2));
        MatrixFactorisation tunedOnOne = MatrixFactorisation.trainTuned(random, 9, BuildMonitor.NONE, 1);
        MatrixFactorisation tunedOnTwo = MatrixFactorisation.trainTuned(random, 9, BuildMonitor.NONE, 2);

        assertThat(twoThreads).isEqualTo(oneThread);
        assertThat(tunedOnTwo.params()).isEqualTo(tunedOnOne.params());
        assertThat(predictions(random, tunedOnTwo)).isEqualTo(predictions(random, tunedOnOne));
    }

    /** "user,movie,stars" lines: each user rates each movie with probability 0.4, in half stars. */
    static String randomRatings(int users, int movies, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder lines = new StringBuilder();
        for (int user = 1; user <= users; user++) {
            for (int movie = 1; movie <= movies; movie++) {
                if (random.nextDouble() < 0.4) {
                    lines.append(user).append(',').append(movie).append(',').append((1 + random.nextInt(10)) / 2.0)
                            .append('\n');
                }
            }
        }
        return lines.toString();
    }

    @Test
    void anAdHocProfileIsFoldedInAndPredictedFromItsOwnRatings() {
        MatrixFactorisation model = MatrixFactorisation.train(dataset, FITTING, BuildMonitor.NONE);
        Profile lovesComedies = Profile.of(dataset, List.of(new MovieRating(1, 5), new MovieRating(2, 5),
                new MovieRating(3, 1), new MovieRating(4, 1)));
        Profile hatesComedies = Profile.of(dataset, List.of(new MovieRating(1, 1), new MovieRating(2, 1),
                new MovieRating(3, 5), new MovieRating(4, 5)));
        int comedy = dataset.movies().indexOf(1);

        double lover = model.predict(model.taste(lovesComedies), comedy);
        double hater = model.predict(model.taste(hatesComedies), comedy);

        assertThat(lover).isGreaterThan(hater + 1);
        assertThat(lover).isBetween(0.5, 5.0);
    }

    @Test
    void explainsByTheRatedMoviesThatPullAPredictionUpOrSaysItIsALatentFactorModel() {
        MatrixFactorisation model = MatrixFactorisation.train(dataset, FITTING, BuildMonitor.NONE);

        RecommendationList list = model.recommend(SmallWorld.user(dataset, 1), 3);

        assertThat(list.items()).hasSize(3);
        assertThat(list.items()).extracting(item -> item.movie().id()).doesNotContain(1, 2, 3, 4, 5);
        assertThat(list.items()).allSatisfy(item -> assertThat(EnglishText.of(item.explanation())).containsIgnoringCase("latent factors"));
        assertThat(list.items()).anySatisfy(item -> assertThat(EnglishText.of(item.explanation())).startsWith("Because you rated"));
    }

    @Test
    void tuningOnAnInnerSplitIsRepeatableAndKeepsToItsGrid() {
        MatrixFactorisation first = MatrixFactorisation.trainTuned(dataset, 5, BuildMonitor.NONE);
        MatrixFactorisation second = MatrixFactorisation.trainTuned(dataset, 5, BuildMonitor.NONE);

        assertThat(second.params()).isEqualTo(first.params());
        assertThat(MatrixFactorisation.REGULARISATIONS).contains(first.params().regularisation());
        assertThat(first.params().epochs()).isBetween(1, MatrixFactorisation.MAX_EPOCHS);
        assertThat(predictions(second)).isEqualTo(predictions(first));
    }

    @Test
    void reportsProgressUpToOneAndStopsWhenCancelled() {
        List<Double> progress = new ArrayList<>();
        MatrixFactorisation.trainTuned(dataset, 5, TestMonitor.of(progress::add, () -> false));

        assertThat(progress).isSorted().endsWith(1.0);
        assertThatThrownBy(() -> MatrixFactorisation.train(dataset, FITTING, TestMonitor.of(done -> { }, () -> true)))
                .isInstanceOf(BuildCancelledException.class);
    }
}
