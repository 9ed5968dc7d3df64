package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.movierecommender.data.Dataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemKnnTest {

    @TempDir
    Path folder;

    /**
     * Users: 1 rates movies 1 and 2, user 2 movies 1, 2 and 3, user 3 movie 3. From movie 1 (2 raters),
     * the walks reach movie 2 through both users, (1/2 + 1/3) / 2 = 5/12, and movie 3 through user 2,
     * (1/3) / 2 = 1/6; each divided by the neighbour's 2 raters to the power β = 0.5.
     */
    @Test
    void similaritiesAreTheHandComputedRandomWalks() throws Exception {
        Dataset dataset = TasteWorld.load(folder, "1,1,4\n1,2,4\n2,1,4\n2,2,4\n2,3,4\n3,3,4");
        ItemKnn knn = ItemKnn.train(dataset, new ItemKnnParams(10, 0.5, 40), BuildMonitor.NONE);

        RecommendationList similar = knn.moreLikeThis(index(dataset, 1), Profile.of(dataset, List.of()), 5);

        assertThat(similar.items()).extracting(r -> r.movie().id()).containsExactly(2, 3);
        assertEquals(5 / 12.0 / Math.sqrt(2), similar.items().get(0).score(), 1e-6);
        assertEquals(1 / 6.0 / Math.sqrt(2), similar.items().get(1).score(), 1e-6);
        assertThat(EnglishText.of(similar.shortfall())).isEqualTo("only 2 movies you have not rated share raters with Movie 1");
    }

    @Test
    void listsTheUnseenMovieOfTheLikedSideBecauseOfTheLikedMovies() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        ItemKnn knn = ItemKnn.train(dataset, ItemKnnParams.defaults(), BuildMonitor.NONE);
        Profile user1 = Profile.ofUser(dataset, 1).orElseThrow();

        RecommendationList list = knn.recommend(user1, 3);

        assertEquals(4, list.items().get(0).movie().id());
        assertThat(list.items()).allSatisfy(item -> assertThat(user1.hasRated(item.movieIndex())).isFalse());
        assertThat(EnglishText.of(list.items().get(0).explanation())).matches("Because you liked Movie [123] and Movie [123]");
    }

    @Test
    void anAdHocProfileGetsAListAndAnEmptyOneIsToldWhy() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        ItemKnn knn = ItemKnn.train(dataset, ItemKnnParams.defaults(), BuildMonitor.NONE);

        Profile adHoc = Profile.of(dataset, List.of(new MovieRating(5, 5), new MovieRating(6, 4.5),
                new MovieRating(1, 1)));
        RecommendationList list = knn.recommend(adHoc, 2);
        RecommendationList empty = knn.recommend(Profile.of(dataset, List.of()), 2);

        assertThat(list.items()).extracting(r -> r.movie().id()).containsExactlyInAnyOrder(7, 8);
        assertThat(empty.items()).isEmpty();
        assertThat(EnglishText.of(empty.shortfall())).startsWith("no ratings yet");
    }

    /**
     * Movies 1 and 2: raters' deviations from a baseline agree only with two or more co-raters, so a
     * single co-rater gives no neighbour and no prediction; the baseline is the global mean 4 plus the
     * biases, movie 2's (3 − 4) / (10 + 1) and the profile's (5 − 4 − 1/12) / (15 + 1).
     */
    @Test
    void aPredictionNeedsCorrelatedNeighboursAndTheBaselineIsHandComputed() throws Exception {
        Dataset dataset = TasteWorld.load(folder, "1,1,5\n1,2,3\n2,1,4");
        ItemKnn knn = ItemKnn.train(dataset, ItemKnnParams.defaults(), BuildMonitor.NONE);
        Profile profile = Profile.of(dataset, List.of(new MovieRating(1, 5)));

        assertThat(knn.predict(profile, index(dataset, 2))).isEmpty();
        assertEquals(4 + (11 / 12.0) / 16 - 1 / 11.0, knn.baseline(profile, index(dataset, 2)), 1e-9);
    }

    @Test
    void aProfileThatLovesOneSidePredictsItsOtherMoviesAboveTheirBaseline() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        ItemKnn knn = ItemKnn.train(dataset, ItemKnnParams.defaults(), BuildMonitor.NONE);
        Profile profile = Profile.of(dataset, List.of(new MovieRating(1, 5), new MovieRating(2, 5),
                new MovieRating(5, 1), new MovieRating(6, 1)));

        OptionalDouble loved = knn.predict(profile, index(dataset, 3));
        OptionalDouble shunned = knn.predict(profile, index(dataset, 7));

        assertThat(loved).isPresent();
        assertThat(loved.getAsDouble()).isGreaterThan(knn.baseline(profile, index(dataset, 3))).isLessThanOrEqualTo(5);
        assertThat(shunned).isPresent();
        assertThat(shunned.getAsDouble()).isLessThan(knn.baseline(profile, index(dataset, 7))).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void keepsAtMostTheGivenNumberOfNeighboursPerMovie() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        ItemKnn knn = ItemKnn.train(dataset, new ItemKnnParams(2, 0.3, 40), BuildMonitor.NONE);

        assertThat(knn.moreLikeThis(0, Profile.of(dataset, List.of()), 10).items()).hasSize(2);
    }

    @Test
    void oneThreadAndTwoGiveTheSameNeighbours() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        ItemKnn single = new ForkJoinPool(1).submit(() -> ItemKnn.train(dataset, ItemKnnParams.defaults(),
                BuildMonitor.NONE)).get();
        ItemKnn two = new ForkJoinPool(2).submit(() -> ItemKnn.train(dataset, ItemKnnParams.defaults(),
                BuildMonitor.NONE)).get();

        Profile none = Profile.of(dataset, List.of());
        for (int m = 0; m < dataset.movies().size(); m++) {
            assertEquals(single.moreLikeThis(m, none, 8), two.moreLikeThis(m, none, 8));
        }
        for (int user = 1; user <= 12; user++) {
            Profile profile = Profile.ofUser(dataset, user).orElseThrow();
            assertEquals(single.recommend(profile, 5), two.recommend(profile, 5));
        }
    }

    /**
     * User 1 rates movies 1, 2 and 3 but only 2 of them are kept: those two are each other's only
     * neighbour, a walk of 1 (their one rater) · 1/2 (the rater's 2 kept ratings) / 1^β; the third
     * movie, kept for nobody, has none.
     */
    @Test
    void aUserOverTheCapLinksOnlyTheMoviesOfTheirSample() throws Exception {
        Dataset dataset = TasteWorld.load(folder, "1,1,4\n1,2,3\n1,3,5");
        ItemKnn knn = ItemKnn.train(dataset, new ItemKnnParams(10, 0.5, 40, 2), 3, BuildMonitor.NONE);
        Profile none = Profile.of(dataset, List.of());

        List<List<Integer>> similar = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            similar.add(knn.moreLikeThis(m, none, 5).items().stream().map(Recommendation::movieIndex).toList());
        }

        assertThat(similar).filteredOn(List::isEmpty).hasSize(1);
        int alone = similar.indexOf(List.of());
        for (int m = 0; m < 3; m++) {
            if (m != alone) {
                RecommendationList list = knn.moreLikeThis(m, none, 5);
                assertThat(list.items()).hasSize(1);
                assertThat(list.items().get(0).movieIndex()).isNotIn(m, alone);
                assertEquals(0.5, list.items().get(0).score(), 1e-6);
            }
        }
    }

    @Test
    void aCappedBuildRepeatsForASeedOnOneThreadAndTwo() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        ItemKnnParams capped = new ItemKnnParams(100, 0.3, 40, 3);
        ItemKnn single = new ForkJoinPool(1).submit(() -> ItemKnn.train(dataset, capped, 5, BuildMonitor.NONE)).get();
        ItemKnn two = new ForkJoinPool(2).submit(() -> ItemKnn.train(dataset, capped, 5, BuildMonitor.NONE)).get();
        ItemKnn uncapped = ItemKnn.train(dataset, ItemKnnParams.defaults(), BuildMonitor.NONE);

        Profile none = Profile.of(dataset, List.of());
        boolean differsFromUncapped = false;
        for (int m = 0; m < dataset.movies().size(); m++) {
            assertEquals(single.moreLikeThis(m, none, 8), two.moreLikeThis(m, none, 8));
            differsFromUncapped |= !single.moreLikeThis(m, none, 8).equals(uncapped.moreLikeThis(m, none, 8));
        }
        for (int user = 1; user <= 12; user++) {
            Profile profile = Profile.ofUser(dataset, user).orElseThrow();
            assertEquals(single.recommend(profile, 5), two.recommend(profile, 5));
            assertEquals(single.predict(profile, 0), two.predict(profile, 0));
        }
        assertThat(differsFromUncapped).isTrue();
    }

    @Test
    void trainingStopsWhenCancelledAndReportsProgressToTheEnd() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        AtomicInteger reports = new AtomicInteger();
        double[] last = {0};

        assertThrows(BuildCancelledException.class, () -> ItemKnn.train(dataset, ItemKnnParams.defaults(),
                TestMonitor.of(fraction -> { }, () -> true)));
        ItemKnn.train(dataset, ItemKnnParams.defaults(), TestMonitor.of(fraction -> {
            reports.incrementAndGet();
            last[0] = fraction;
        }, () -> false));

        assertThat(reports.get()).isPositive();
        assertEquals(1, last[0]);
    }

    private static int index(Dataset dataset, int movieId) {
        return dataset.movies().indexOf(movieId);
    }
}
