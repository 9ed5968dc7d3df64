package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pearson-baseline neighbours on {@link SmallWorld}, checked against the formulas written out directly. */
class KnnBaselineTest {

    private static final double EPSILON = 1e-6;
    private static final double SHRINKAGE = 2;
    private static final double PRIOR = 0.5;

    @TempDir
    static Path folder;

    static Dataset dataset;
    static Baseline baseline;
    static KnnBaseline knn;

    @BeforeAll
    static void load() throws Exception {
        dataset = SmallWorld.load(folder);
        baseline = Baseline.train(dataset.ratings(), BaselineParams.DEFAULTS, BuildMonitor.NONE);
        knn = KnnBaseline.train(dataset, baseline, new KnnBaselineParams(SHRINKAGE, PRIOR), BuildMonitor.NONE);
    }

    private static int movie(int id) {
        return dataset.movies().indexOf(id);
    }

    /** r_um − b_um in stars. */
    private static double deviation(int u, int m) {
        return dataset.ratings().halfStars(u, m) / 2.0 - baseline.predict(baseline.userBias(u), m);
    }

    private static double expectedSimilarity(int u, int v) {
        Ratings ratings = dataset.ratings();
        double product = 0;
        double ownSquares = 0;
        double theirSquares = 0;
        int common = 0;
        for (int m = 0; m < ratings.movieCount(); m++) {
            if (ratings.halfStars(u, m) > 0 && ratings.halfStars(v, m) > 0) {
                product += deviation(u, m) * deviation(v, m);
                ownSquares += deviation(u, m) * deviation(u, m);
                theirSquares += deviation(v, m) * deviation(v, m);
                common++;
            }
        }
        return common < 2 ? 0 : product / Math.sqrt(ownSquares * theirSquares) * (common - 1) / (common - 1 + SHRINKAGE);
    }

    @Test
    void similarityIsTheShrunkPearsonCorrelationOfBaselineDeviationsOnCoRatedMovies() {
        KnnBaseline.Neighbours neighbours = knn.neighbours(SmallWorld.user(dataset, 1));

        assertThat(neighbours.similarity(0)).as("the user itself").isZero();
        for (int v = 1; v < dataset.ratings().userCount(); v++) {
            assertThat(neighbours.similarity(v)).as("user index " + v).isCloseTo(expectedSimilarity(0, v),
                    within(EPSILON));
        }
        assertThat(neighbours.similarity(5)).as("user 6 rates in reverse").isNegative();
    }

    @Test
    void predictsTheBaselinePlusTheKNearestRatersWeightedDeviationsDampedByThePrior() {
        KnnBaseline.Neighbours neighbours = knn.neighbours(SmallWorld.user(dataset, 1));
        int m = movie(6);
        int[] raters = IntStream.range(1, 6).filter(v -> dataset.ratings().halfStars(v, m) > 0)
                .filter(v -> neighbours.similarity(v) > 0)
                .boxed().sorted(Comparator.comparingDouble(v -> -neighbours.similarity(v)))
                .mapToInt(Integer::intValue).toArray();

        for (int k : new int[] {1, 2, 40}) {
            int[] nearest = Arrays.copyOf(raters, Math.min(k, raters.length));
            double weighted = Arrays.stream(nearest).mapToDouble(v -> neighbours.similarity(v) * deviation(v, m)).sum();
            double weights = Arrays.stream(nearest).mapToDouble(neighbours::similarity).sum();
            double expected = baseline.predict(baseline.userBias(0), m) + weighted / (weights + PRIOR);

            assertThat(knn.predict(neighbours, m, k).orElseThrow()).as("k = " + k)
                    .isCloseTo(Baseline.clip(expected), within(EPSILON));
        }
    }

    @Test
    void aMovieNoSimilarUserRatedHasNoPredictionAndItsEstimateIsTheBaselines() {
        KnnBaseline.Neighbours neighbours = knn.neighbours(SmallWorld.user(dataset, 6));
        int onlyRatedByUser4 = movie(8);

        assertThat(neighbours.similarity(3)).as("users 6 and 4 disagree").isNotPositive();
        assertThat(knn.predict(neighbours, onlyRatedByUser4, 40)).isEmpty();
        RatingEstimate estimate = knn.estimate(neighbours, onlyRatedByUser4, 40);
        assertThat(estimate.stars()).isEqualTo(baseline.predict(baseline.userBias(5), onlyRatedByUser4));
        assertThat(EnglishText.of(estimate.explanation())).startsWith("average ");
    }

    /** The neighbours pane shows the most similar users, best first, with their co-rated movies. */
    @Test
    void theNearestUsersAreTheMostSimilarOnesWithAPositiveSimilarity() {
        KnnBaseline.Neighbours neighbours = knn.neighbours(SmallWorld.user(dataset, 1));

        List<Neighbour> nearest = knn.nearest(neighbours, 2);

        assertThat(nearest).hasSizeBetween(1, 2).allSatisfy(neighbour -> {
            assertThat(neighbour.similarity()).isPositive().isEqualTo(neighbours.similarity(neighbour.userIndex()));
            assertThat(neighbour.common()).isGreaterThan(1);
            assertThat(neighbour.userId()).isNotEqualTo(1);
        });
        assertThat(nearest).extracting(Neighbour::similarity).isSortedAccordingTo(Comparator.reverseOrder());
        double best = IntStream.range(0, dataset.ratings().userCount()).mapToDouble(neighbours::similarity).max()
                .orElseThrow();
        assertThat(nearest.get(0).similarity()).isEqualTo(best);
    }

    /** The neighbours pane never calls an anti-correlated user a neighbour, and shows the weighting that orders it. */
    @Test
    void anAntiCorrelatedUserIsNoNeighbourAndEachNeighbourCarriesItsWeight() {
        KnnBaseline.Neighbours neighbours = knn.neighbours(SmallWorld.user(dataset, 6));
        assertThat(neighbours.similarity(3)).as("users 6 and 4 disagree").isNotPositive();

        assertThat(knn.nearest(neighbours, dataset.ratings().userCount())).extracting(Neighbour::userId)
                .doesNotContain(4);
        List<Neighbour> nearest = knn.nearest(knn.neighbours(SmallWorld.user(dataset, 1)),
                dataset.ratings().userCount());
        assertThat(nearest).isNotEmpty().allSatisfy(neighbour -> {
            assertThat(neighbour.similarity()).isPositive();
            assertThat(neighbour.weight()).isCloseTo((neighbour.common() - 1) / (neighbour.common() - 1 + SHRINKAGE),
                    within(EPSILON));
            assertThat(neighbour.unweighted() * neighbour.weight()).isCloseTo(neighbour.similarity(), within(EPSILON));
            assertThat(neighbour.distance()).isCloseTo(1 - neighbour.similarity(), within(EPSILON));
        });
        assertThat(nearest).extracting(Neighbour::distance).isSorted();
    }

    @Test
    void explainsAPredictionByHowManyNeighboursRatedTheMovie() {
        RatingEstimate estimate = knn.estimate(knn.neighbours(SmallWorld.user(dataset, 1)), movie(6), 40);

        assertThat(EnglishText.of(estimate.explanation())).matches("\\d of your most similar users rated it, [0-9.]+ stars "
                + "(above|below) what you and the movie's average suggest");
    }

    @Test
    void listsUnratedMoviesBySimilarityTimesStarsOfTheKNearestRaters() {
        KnnBaseline.Neighbours neighbours = knn.neighbours(SmallWorld.user(dataset, 1));

        RecommendationList list = knn.recommend(neighbours, 40, 10);

        assertThat(list.items()).extracting(item -> item.movie().id()).doesNotContain(1, 2, 3, 4, 5);
        for (Recommendation item : list.items()) {
            double expected = IntStream.range(1, 6).filter(v -> neighbours.similarity(v) > 0)
                    .mapToDouble(v -> neighbours.similarity(v) * dataset.ratings().halfStars(v, item.movieIndex()) / 2.0)
                    .sum();
            assertThat(item.score()).isCloseTo(expected, within(EPSILON));
            assertThat(EnglishText.of(item.explanation())).matches("the \\d+ users most like you who rated it gave it [0-9.]+ on average; predicted [0-9.]+ for you");
        }
        assertThat(list.items()).extracting(Recommendation::score).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(EnglishText.of(list.shortfall())).contains("similar to you");
    }

    @Test
    void tuningPicksAPriorFromItsGridTheSameWayForTheSameSeed() {
        KnnBaseline first = KnnBaseline.trainTuned(dataset, BaselineParams.DEFAULTS, 7, BuildMonitor.NONE);
        KnnBaseline second = KnnBaseline.trainTuned(dataset, BaselineParams.DEFAULTS, 7, BuildMonitor.NONE);

        assertThat(KnnBaseline.PRIORS).contains(first.params().prior());
        assertThat(second.params()).isEqualTo(first.params());
        assertThat(first.params().shrinkage()).isEqualTo(KnnBaselineParams.DEFAULT_SHRINKAGE);
    }

    @Test
    void cancellingTrainingThrowsInsteadOfReturningAModel() {
        assertThatThrownBy(() -> KnnBaseline.trainTuned(dataset, BaselineParams.DEFAULTS, 7,
                TestMonitor.of(done -> { }, () -> true)))
                .isInstanceOf(BuildCancelledException.class);
    }
}
