package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.MovieLensSmall;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked numbers of the neighbour comparison and of a suggestion, on {@link SmallWorld} where
 * they are easy to work out by hand: each equals the number the table or the list shows, exactly.
 */
class WorkedNumbersTest {

    private static final double EPSILON = 1e-12;

    @TempDir
    static Path folder;

    static Dataset dataset;
    static NeighbourRecommender recommender;

    @BeforeAll
    static void load() throws Exception {
        dataset = SmallWorld.load(folder);
        recommender = Recommenders.of(dataset).neighbours();
    }

    private static int user(int id) {
        return dataset.ratings().users().indexOf(id);
    }

    private static int movie(int id) {
        return dataset.movies().indexOf(id);
    }

    @Test
    void euclideanIsTheRootOfTheSummedSquaredDifferencesOverTheCoRatedMovies() {
        Profile one = SmallWorld.user(dataset, 1);
        NeighbourParams params = NeighbourParams.tutorial(10, 10);

        NeighbourComparison six = recommender.compare(one, user(6), params);

        assertThat(six.pairs()).extracting(CoRatedPair::title).containsExactly("Comedy One", "Comedy Two",
                "Drama Three", "Drama Four", "Horror Five");
        assertThat(six.pairs()).extracting(CoRatedPair::difference).containsExactly(4.0, 2.0, 0.0, -2.0, -4.0);
        MeasureWorking.Euclidean working = (MeasureWorking.Euclidean) six.working();
        assertEquals(16 + 4 + 0 + 4 + 16, working.squaredDifferences());
        assertEquals(Math.sqrt(40), six.distance(), EPSILON);
        assertThat(six.weighting()).isEqualTo(new Weighting.None());
        assertThat(six.theirFavourites()).as("user 6 rated nothing else at 4 stars or more").isEmpty();
        NeighbourComparison three = recommender.compare(one, user(3), params);
        assertThat(three.theirFavourites()).extracting(RatedTitle::title)
                .containsExactly("Comedy Drama Nine");
    }

    @Test
    void theComparisonGivesEveryNeighbourExactlyTheTablesDistanceAndSimilarity() {
        Profile one = SmallWorld.user(dataset, 1);
        for (Measure measure : Measure.values()) {
            for (boolean significance : new boolean[] {false, true}) {
                NeighbourParams params = new NeighbourParams(10, 10, 4, measure, NeighbourMode.DEFAULT, 1, significance);
                for (Neighbour neighbour : recommender.recommend(one, params).neighbours()) {
                    NeighbourComparison compared = recommender.compare(one, neighbour.userIndex(), params);

                    assertThat(compared.distance()).as(measure + " " + neighbour).isEqualTo(neighbour.distance());
                    assertThat(compared.similarity()).as(measure + " " + neighbour).isEqualTo(neighbour.similarity());
                    assertThat(compared.pairs()).hasSize(neighbour.common());
                }
            }
        }
    }

    /**
     * User 1 rated 5, 4, 3, 2, 1 (mean 3); user 6 rated the same movies 1, 2, 3, 4, 5 and one more 1
     * (mean 8/3). Centred: 2, 1, 0, −1, −2 and −5/3, −2/3, 1/3, 4/3, 7/3, so the covariance is −10,
     * the spreads 10 and 95/9, the correlation −10 / √(10 · 95/9); 5 in common weigh 5/50.
     */
    @Test
    void pearsonShowsTheCentredSumsAndTheSignificanceWeight() {
        NeighbourParams params = NeighbourParams.defaults(10, 10);

        NeighbourComparison six = recommender.compare(SmallWorld.user(dataset, 1), user(6), params);

        MeasureWorking.Pearson working = (MeasureWorking.Pearson) six.working();
        assertEquals(3, working.yourMean(), EPSILON);
        assertEquals(8 / 3.0, working.theirMean(), EPSILON);
        assertEquals(-10, working.covariance(), EPSILON);
        assertEquals(10, working.yourSpread(), EPSILON);
        assertEquals(95 / 9.0, working.theirSpread(), EPSILON);
        assertEquals(-10 / Math.sqrt(10 * 95 / 9.0), working.correlation(), EPSILON);
        assertThat(six.weighting()).isEqualTo(new Weighting.Significance(5, 50));
        assertEquals(working.correlation() * 0.1, six.similarity(), EPSILON);
        assertEquals(working.correlation(), six.unweighted(), EPSILON);
    }

    /** The 3 nearest of user 1 are users 2, 3 and 4; they rated movie 6 at 5, 3 and 4 stars. */
    @Test
    void theTutorialsScoreIsTheMeanOfTheNearestRatersWithTheHalfKRule() {
        Profile one = SmallWorld.user(dataset, 1);
        NeighbourParams params = NeighbourParams.tutorial(3, 10);
        NeighbourResult result = recommender.recommend(one, params);
        Recommendation first = result.list().items().get(0);
        assertThat(first.movie().id()).isEqualTo(6);

        WorkedPrediction.TutorialMean worked = (WorkedPrediction.TutorialMean)
                recommender.work(one, result.neighbours(), params, first.movieIndex());

        assertThat(worked.raters()).extracting(WorkedPrediction.Rater::userId).containsExactly(2, 3, 4);
        assertThat(worked.raters()).extracting(WorkedPrediction.Rater::stars).containsExactly(5.0, 3.0, 4.0);
        assertThat(worked.needed()).isEqualTo(1.5);
        assertThat(worked.meetsRule()).isTrue();
        assertThat(worked.mean()).isEqualTo(4.0).isEqualTo(first.score());
        for (Recommendation item : result.list().items()) {
            assertThat(((WorkedPrediction.TutorialMean) recommender.work(one, result.neighbours(), params,
                    item.movieIndex())).mean()).isEqualTo(item.score());
        }
    }

    @Test
    void theMeanCentredPredictionEqualsEveryScoreOfTheDefaultList() {
        Profile one = SmallWorld.user(dataset, 1);
        for (Measure measure : Measure.values()) {
            NeighbourParams params = new NeighbourParams(2, 10, 4, measure, NeighbourMode.DEFAULT, 1, true);
            NeighbourResult result = recommender.recommend(one, params);
            assertThat(result.list().items()).isNotEmpty();
            for (Recommendation item : result.list().items()) {
                WorkedPrediction.MeanCentred worked = (WorkedPrediction.MeanCentred)
                        recommender.work(one, result.neighbours(), params, item.movieIndex());

                assertThat(worked.prediction()).as(measure + " " + item.movie()).isEqualTo(item.score());
                double deviations = worked.raters().stream()
                        .mapToDouble(rater -> rater.similarity() * rater.deviation()).sum();
                assertEquals(Math.max(0.5, Math.min(5, 3 + deviations / (worked.similaritySum() + 5))),
                        worked.prediction(), EPSILON);
            }
        }
    }

    @Test
    void knnBaselineWorksOutTheTablesSimilarityAndTheListsScoreAndPrediction() {
        Baseline baseline = Baseline.train(dataset.ratings(), BaselineParams.DEFAULTS, BuildMonitor.NONE);
        KnnBaseline knn = KnnBaseline.train(dataset, baseline, new KnnBaselineParams(2, 0.5), BuildMonitor.NONE);
        KnnBaseline.Neighbours neighbours = knn.neighbours(SmallWorld.user(dataset, 1));

        for (Neighbour neighbour : knn.nearest(neighbours, 10)) {
            NeighbourComparison compared = knn.compare(neighbours, neighbour.userIndex());
            MeasureWorking.BaselinePearson working = (MeasureWorking.BaselinePearson) compared.working();

            assertThat(compared.similarity()).isEqualTo(neighbour.similarity());
            assertThat(compared.distance()).isEqualTo(neighbour.distance());
            int n = compared.pairs().size();
            assertEquals(working.correlation() * (n - 1) / (n - 1 + 2.0), compared.similarity(), EPSILON);
            assertThat(compared.weighting()).isEqualTo(new Weighting.Shrinkage(n, 2));
        }
        RecommendationList list = knn.recommend(neighbours, 3, 10);
        assertThat(list.items()).isNotEmpty();
        for (Recommendation item : list.items()) {
            WorkedPrediction.BaselineDeviations worked = knn.work(neighbours, item.movieIndex(), 3);

            assertThat(worked.listScore()).isEqualTo(item.score());
            assertThat(worked.prediction()).isEqualTo(knn.predict(neighbours, item.movieIndex(), 3).getAsDouble());
            double shift = worked.raters().stream().mapToDouble(r -> r.similarity() * r.deviation()).sum()
                    / (worked.raters().stream().mapToDouble(WorkedPrediction.DeviationRater::similarity).sum() + 0.5);
            assertThat(worked.prediction()).isCloseTo(Math.max(0.5, Math.min(5, worked.baseline() + shift)),
                    within(1e-6));
            assertThat(worked.raters()).hasSize(item.support());
        }
    }

    @Test
    void itemBasedSumsTheLikenessOfTheLikedMoviesToTheScoreAndPredictsFromTheRatedOnes() throws Exception {
        Dataset tastes = TasteWorld.load(Files.createDirectories(folder.resolve("tastes")), TasteWorld.TWO_TASTES);
        ItemKnn knn = ItemKnn.train(tastes, ItemKnnParams.defaults(), BuildMonitor.NONE);
        Profile profile = Profile.ofUser(tastes, tastes.ratings().users().idAt(0)).orElseThrow();

        RecommendationList list = knn.recommend(profile, 10);

        assertThat(list.items()).isNotEmpty();
        for (Recommendation item : list.items()) {
            WorkedPrediction.ItemBased worked = knn.work(profile, item.movieIndex());

            assertThat(worked.score()).isEqualTo(item.score());
            assertThat(worked.liked()).allSatisfy(liked -> assertThat(liked.yourStars()).isGreaterThanOrEqualTo(
                    profile.mean()));
            assertThat(worked.prediction()).isEqualTo(knn.predict(profile, item.movieIndex()));
        }
    }

    /** Every list of user 1 to 30 of ml-latest-small, for the app's two neighbour modes; skipped without the data. */
    @Test
    void onRealDataEveryWorkedNumberEqualsTheListsNumber() throws Exception {
        Dataset real = MovieLensSmall.loadOrSkip();
        Training training = Training.of(real);
        Recommender baseline = Methods.named("knn-baseline").build(training, BuildMonitor.NONE);
        Recommender tutorial = Methods.named("knn-tutorial").build(training, BuildMonitor.NONE);
        MethodSettings settings = MethodSettings.defaults(20, 10).withMinVotes(0);
        for (int id = 1; id <= 30; id++) {
            Profile profile = Profile.ofUser(real, id).orElseThrow();
            ProfileRecommender knn = baseline.forProfile(profile);
            for (Recommendation item : knn.recommend(settings).items()) {
                WorkedPrediction.BaselineDeviations worked = (WorkedPrediction.BaselineDeviations)
                        knn.work(item.movieIndex(), settings).orElseThrow();
                assertThat(worked.listScore()).isEqualTo(item.score());
                assertThat(worked.prediction()).isEqualTo(knn.predict(item.movieIndex(), settings).getAsDouble());
            }
            for (Neighbour neighbour : knn.neighbours(settings)) {
                assertThat(knn.compare(neighbour.userIndex(), settings).orElseThrow().similarity())
                        .isEqualTo(neighbour.similarity());
            }
            ProfileRecommender mean = tutorial.forProfile(profile);
            MethodSettings small3 = settings.withK(4);
            for (Recommendation item : mean.recommend(small3).items()) {
                assertThat(((WorkedPrediction.TutorialMean) mean.work(item.movieIndex(), small3).orElseThrow()).mean())
                        .isEqualTo(item.score());
            }
            for (Neighbour neighbour : mean.neighbours(small3)) {
                assertThat(mean.compare(neighbour.userIndex(), small3).orElseThrow().distance())
                        .isEqualTo(neighbour.distance());
            }
        }
    }
}
