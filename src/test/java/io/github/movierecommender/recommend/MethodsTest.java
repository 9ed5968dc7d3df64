package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.movierecommender.data.Dataset;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry and the one contract every method keeps. */
class MethodsTest {

    @TempDir
    static Path folder;

    static Dataset dataset;
    static Training training;
    static Recommenders direct;

    @BeforeAll
    static void load() throws Exception {
        dataset = SmallWorld.load(folder);
        training = Training.of(dataset);
        direct = Recommenders.of(dataset);
    }

    private static ProfileRecommender forUser(String method, int userId) {
        return Methods.named(method).build(training, BuildMonitor.NONE).forProfile(SmallWorld.user(dataset, userId));
    }

    @Test
    void everyMethodIsListedOnceByTheNameItIsReadBackBy() {
        List<String> names = Methods.all().stream().map(Method::name).toList();

        assertThat(names).doesNotHaveDuplicates().contains("popular", "genre", "knn-tutorial", "knn-pearson",
                "knn-cosine", "knn-msd", "knn-euclidean", "knn-basic", "baseline", "knn-baseline", "mf", "blend",
                "item-knn", "als", "als-plain");
        for (String name : names) {
            assertEquals(name, Methods.parse(" " + name.toUpperCase(java.util.Locale.ROOT) + " ", Measure.MSD).name());
        }
        assertEquals("knn-msd", Methods.parse("knn", Measure.MSD).name());
        assertEquals("knn-baseline", Methods.parse("knn", null).name(), "the default neighbour mode");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Methods.parse("magic", Measure.PEARSON))
                .getMessage()).contains("unknown method 'magic'", Methods.names());
    }

    @Test
    void theTutorialThroughTheContractIsTheTutorialBitForBit() {
        for (int k : List.of(1, 2, 3, 4, 10)) {
            MethodSettings settings = MethodSettings.defaults(k, 10);

            assertEquals(direct.neighbours().recommend(SmallWorld.user(dataset, 1), NeighbourParams.tutorial(k, 10))
                    .list(), forUser("knn-tutorial", 1).recommend(settings), "k " + k);
        }
    }

    @Test
    void theDefaultNeighboursReadTheirRulesFromTheSettings() {
        MethodSettings settings = MethodSettings.defaults(3, 4).withNeighbourRules(4, 1, false);
        NeighbourParams params = new NeighbourParams(3, 4, 4, Measure.COSINE, NeighbourMode.DEFAULT, 1, false);

        assertEquals(direct.neighbours().recommend(SmallWorld.user(dataset, 2), params).list(),
                forUser("knn-cosine", 2).recommend(settings));
    }

    @Test
    void popularAndGenreListAsTheirRecommendersDo() {
        MethodSettings settings = MethodSettings.defaults(5, 3).withMinVotes(1)
                .withRanking(PopularRanking.DAMPED_MEAN, "Drama");

        assertEquals(direct.popular().recommend(SmallWorld.user(dataset, 1),
                        new PopularParams(PopularRanking.DAMPED_MEAN, 1, 3, "Drama")),
                forUser("popular", 1).recommend(settings));
        assertEquals(direct.genre().recommend(SmallWorld.user(dataset, 1), new GenreParams(1, 3)),
                forUser("genre", 1).recommend(settings));
    }

    @Test
    void aProfileKeepsItsNeighbourScanAcrossChangesOfKAndN() {
        ProfileRecommender user1 = forUser("knn-pearson", 1);

        user1.recommend(MethodSettings.defaults(20, 10));
        user1.recommend(MethodSettings.defaults(3, 5));
        user1.predict(dataset.movies().indexOf(6), MethodSettings.defaults(2, 5));

        assertEquals(1, user1.scans());
        user1.recommend(MethodSettings.defaults(3, 5).withNeighbourRules(4, 2, null));
        assertEquals(2, user1.scans(), "a new minimum in common finds other neighbours");
    }

    @Test
    void eachMethodDoesWhatItSaysItCan() {
        int movie = dataset.movies().indexOf(6);
        MethodSettings settings = MethodSettings.defaults(3, 10).withMinVotes(1);
        for (Method method : Methods.all()) {
            ProfileRecommender user1 = method.build(training, BuildMonitor.NONE)
                    .forProfile(SmallWorld.user(dataset, 1));
            RecommendationList list = user1.recommend(settings);
            OptionalDouble prediction = user1.predict(movie, settings);

            assertEquals(method.abilities().lists(), !list.items().isEmpty(), method.name() + " lists");
            boolean baselineStandsIn = method.abilities().fallback() == Abilities.Fallback.BASELINE
                    && user1.baseline(movie).isPresent();
            assertEquals(method.abilities().predicts(), prediction.isPresent() || baselineStandsIn,
                    method.name() + " predicts");
            if (!method.abilities().lists()) {
                assertEquals(new Shortfall.PredictsOnly(method.name()), list.shortfall());
            }
        }
    }

    @Test
    void everyListLeavesOutTheMoviesItsProfileFilterHoldsBackAndStillFillsUp() {
        MethodSettings settings = MethodSettings.defaults(3, 2).withMinVotes(1);
        for (Method method : Methods.all()) {
            if (!method.abilities().lists()) {
                continue;
            }
            Recommender built = method.build(training, BuildMonitor.NONE);
            Profile user1 = SmallWorld.user(dataset, 1);
            List<Recommendation> unfiltered = built.forProfile(user1).recommend(settings).items();
            int first = unfiltered.get(0).movieIndex();

            List<Recommendation> filtered = built.forProfile(user1.withListFilter(movie -> movie != first))
                    .recommend(settings).items();

            assertThat(filtered).as(method.name()).extracting(Recommendation::movieIndex).doesNotContain(first);
            if (unfiltered.size() == 2) {
                assertThat(filtered).as(method.name() + " lists the next movie in its place")
                        .extracting(Recommendation::movieIndex).contains(unfiltered.get(1).movieIndex());
            }
        }
    }

    @Test
    void aCancelledMonitorStopsWithItsOwnException() {
        BuildMonitor cancelled = new BuildMonitor() {
            @Override
            public void progress(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThrows(BuildCancelledException.class, cancelled::stopIfCancelled);
    }
}
