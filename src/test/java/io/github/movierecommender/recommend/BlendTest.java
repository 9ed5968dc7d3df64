package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.data.Ratings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release of 80 users and 40 movies whose ratings follow two hidden tastes plus noise. */
class BlendTest {

    @TempDir
    static Path folder;

    static Dataset dataset;

    @BeforeAll
    static void write() throws Exception {
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        for (int m = 1; m <= 40; m++) {
            movies.append(m).append(",Movie ").append(m).append(" (2000),Drama\n");
        }
        Random random = new Random(3);
        double[][] movieTaste = new double[41][2];
        for (int m = 1; m <= 40; m++) {
            movieTaste[m] = new double[] {random.nextGaussian(), random.nextGaussian()};
        }
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (int u = 1; u <= 80; u++) {
            double[] taste = {random.nextGaussian(), random.nextGaussian()};
            for (int m = 1; m <= 40; m++) {
                if (random.nextDouble() < 0.5) {
                    double stars = 3 + 0.8 * (taste[0] * movieTaste[m][0] + taste[1] * movieTaste[m][1])
                            + 0.3 * random.nextGaussian();
                    double halfStars = Math.max(1, Math.min(10, Math.round(stars * 2)));
                    ratings.append(u).append(',').append(m).append(',').append(halfStars / 2).append(",100\n");
                }
            }
        }
        Files.writeString(folder.resolve("movies.csv"), movies);
        Files.writeString(folder.resolve("ratings.csv"), ratings);
        dataset = DatasetLoader.load(folder);
    }

    private static double trainingRmse(Blend blend) {
        Ratings ratings = dataset.ratings();
        double squares = 0;
        for (int u = 0; u < ratings.userCount(); u++) {
            Profile profile = Profile.ofUser(dataset, ratings.users().idAt(u)).orElseThrow();
            KnnBaseline.Neighbours neighbours = blend.neighbours(profile);
            MatrixFactorisation.Taste taste = blend.taste(profile);
            for (int i = ratings.userStart(u); i < ratings.userEnd(u); i++) {
                double error = blend.predict(neighbours, taste, ratings.userMovieAt(i)) - ratings.userRatingAt(i);
                squares += error * error;
            }
        }
        return Math.sqrt(squares / ratings.size());
    }

    @Test
    void weightsBothPartsAndFitsBetterThanTheBaseline() {
        Blend blend = Blend.train(dataset, 9, BuildMonitor.NONE);
        Baseline baseline = Baseline.train(dataset.ratings(), BaselineParams.DEFAULTS, BuildMonitor.NONE);
        double baselineSquares = 0;
        Ratings ratings = dataset.ratings();
        for (int u = 0; u < ratings.userCount(); u++) {
            for (int i = ratings.userStart(u); i < ratings.userEnd(u); i++) {
                double error = baseline.predict(baseline.userBias(u), ratings.userMovieAt(i)) - ratings.userRatingAt(i);
                baselineSquares += error * error;
            }
        }

        assertThat(blend.weights()[1] + blend.weights()[2]).isBetween(0.5, 1.5);
        assertThat(trainingRmse(blend)).isLessThan(Math.sqrt(baselineSquares / ratings.size()));
    }

    @Test
    void theSameSeedGivesTheSameBlend() {
        Blend first = Blend.train(dataset, 9, BuildMonitor.NONE);
        Blend second = Blend.train(dataset, 9, BuildMonitor.NONE);

        assertThat(second.weights()).isEqualTo(first.weights());
        assertThat(trainingRmse(second)).isEqualTo(trainingRmse(first));
    }

    @Test
    void explainsBothPartsOfAPrediction() {
        Blend blend = Blend.train(dataset, 9, BuildMonitor.NONE);

        RatingEstimate estimate = blend.estimate(Profile.ofUser(dataset, 1).orElseThrow(), 0);

        assertThat(estimate.stars()).isBetween(0.5, 5.0);
        assertThat(EnglishText.of(estimate.explanation())).containsPattern("^-?\\d+% neighbours \\(.+\\), -?\\d+% (Because you rated|Latent-factor model)");
    }

    @Test
    void cancellingTrainingThrows() {
        assertThatThrownBy(() -> Blend.train(dataset, 9, TestMonitor.of(done -> { }, () -> true)))
                .isInstanceOf(BuildCancelledException.class);
    }
}
