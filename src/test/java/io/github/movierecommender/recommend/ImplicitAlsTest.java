package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.movierecommender.data.Dataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImplicitAlsTest {

    private static final ImplicitAlsParams PARAMS = new ImplicitAlsParams(4, 0.1, 2, 15, 7);

    @TempDir
    Path folder;

    @Test
    void listsTheUnseenMovieOfTheLikedSideFirst() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        ImplicitAls als = ImplicitAls.train(dataset, PARAMS, BuildMonitor.NONE);

        for (int user : new int[] {1, 7}) {
            Profile profile = Profile.ofUser(dataset, user).orElseThrow();
            RecommendationList list = als.recommend(profile, 3);

            assertEquals(user == 1 ? 4 : 8, list.items().get(0).movie().id(), "user " + user);
            assertThat(list.items()).allSatisfy(item -> assertThat(profile.hasRated(item.movieIndex())).isFalse());
        }
    }

    /** The folded-in factors x solve (YᵀY + Σ (c − 1) y yᵀ + λ I) x = Σ c p y over the profile's movies. */
    @Test
    void anAdHocProfileIsFoldedInByTheExactSolution() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        ImplicitAls als = ImplicitAls.train(dataset, PARAMS, BuildMonitor.NONE);
        Profile profile = Profile.of(dataset, List.of(new MovieRating(5, 5), new MovieRating(6, 4),
                new MovieRating(1, 1)));

        double[] x = als.userFactors(profile);

        int f = PARAMS.factors();
        double[] residual = new double[f];
        for (int a = 0; a < f; a++) {
            residual[a] = -PARAMS.lambda() * x[a];
        }
        for (int m = 0; m < dataset.movies().size(); m++) {
            double[] y = als.movieFactors(m);
            double dot = dot(y, x);
            int at = indexIn(profile, m);
            double confidence = at < 0 ? 1 : 1 + PARAMS.alpha() * Math.abs(profile.halfStarsAt(at) - 5);
            double preference = at >= 0 && profile.halfStarsAt(at) >= 6 ? 1 : 0;
            for (int a = 0; a < f; a++) {
                residual[a] += (confidence * preference - confidence * dot) * y[a];
            }
        }
        assertArrayEquals(new double[f], residual, 1e-9);
        assertThat(als.recommend(profile, 2).items()).extracting(r -> r.movie().id()).containsExactlyInAnyOrder(7, 8);
    }

    @Test
    void explainsByRatedMoviesAndAnEmptyProfileIsToldWhy() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        ImplicitAls als = ImplicitAls.train(dataset, PARAMS, BuildMonitor.NONE);

        Recommendation first = als.recommend(Profile.ofUser(dataset, 1).orElseThrow(), 1).items().get(0);
        RecommendationList empty = als.recommend(Profile.of(dataset, List.of()), 5);

        assertThat(EnglishText.of(first.explanation())).matches("Because you rated Movie [1-3] and Movie [1-3] "
                + "\\(latent factors; rated by 7 users\\)");
        assertThat(empty.items()).isEmpty();
        assertThat(EnglishText.of(empty.shortfall())).startsWith("no ratings yet");
    }

    @Test
    void theSameSeedGivesTheSameModelOnOneThreadOrTwoAndAnotherSeedAnother() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        ImplicitAls single = new ForkJoinPool(1).submit(() -> ImplicitAls.train(dataset, PARAMS,
                BuildMonitor.NONE)).get();
        ImplicitAls two = new ForkJoinPool(2).submit(() -> ImplicitAls.train(dataset, PARAMS,
                BuildMonitor.NONE)).get();
        ImplicitAls otherSeed = ImplicitAls.train(dataset, new ImplicitAlsParams(4, 0.1, 2, 15, 8),
                BuildMonitor.NONE);

        for (int m = 0; m < dataset.movies().size(); m++) {
            assertArrayEquals(single.movieFactors(m), two.movieFactors(m));
        }
        assertThat(otherSeed.movieFactors(0)).isNotEqualTo(single.movieFactors(0));
    }

    @Test
    void trainingStopsWhenCancelledAndReportsRisingProgressToTheEnd() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        List<Double> reports = new ArrayList<>();

        assertThrows(BuildCancelledException.class, () -> ImplicitAls.train(dataset, PARAMS,
                TestMonitor.of(reports::add, () -> !reports.isEmpty())));
        reports.clear();
        ImplicitAls.train(dataset, PARAMS, TestMonitor.of(reports::add, () -> false));

        assertThat(reports).isSorted().hasSize(PARAMS.iterations()).last().isEqualTo(1.0);
    }

    @Test
    void spreadListsSubtractEachMoviesPriceAndStillNameTheRatedMoviesThatPullItUp() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        ImplicitAls plain = ImplicitAls.train(dataset, PARAMS, BuildMonitor.NONE);
        ImplicitAls spread = ImplicitAls.train(dataset, PARAMS, 0.05, BuildMonitor.NONE);
        Profile profile = Profile.ofUser(dataset, 1).orElseThrow();

        RecommendationList plainList = plain.recommend(profile, 4);
        RecommendationList spreadList = spread.recommend(profile, 4);

        assertEquals("als", spreadList.method());
        assertEquals("als-plain", plainList.method());
        assertThat(spreadList.items()).allSatisfy(item -> {
            double plainScore = plainList.items().stream().filter(p -> p.movieIndex() == item.movieIndex())
                    .findFirst().orElseThrow().score();
            assertEquals(plainScore - spread.price(item.movieIndex()), item.score(), 1e-12);
            assertThat(EnglishText.of(item.explanation())).startsWith("Because you rated Movie ");
        });
        assertThat(IntStream.range(0, dataset.movies().size()).mapToDouble(spread::price))
                .allSatisfy(price -> assertThat(price).isNotNegative()).anySatisfy(price -> assertThat(price)
                .isPositive());
    }

    @Test
    void spreadPricesAreTheSameForASeedOnOneThreadOrTwo() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        ImplicitAls single = new ForkJoinPool(1).submit(() -> ImplicitAls.train(dataset, PARAMS, 0.05,
                BuildMonitor.NONE)).get();
        ImplicitAls two = new ForkJoinPool(2).submit(() -> ImplicitAls.train(dataset, PARAMS, 0.05,
                BuildMonitor.NONE)).get();

        for (int m = 0; m < dataset.movies().size(); m++) {
            assertEquals(single.price(m), two.price(m), "movie " + m);
        }
    }

    @Test
    void pricingStopsWhenCancelledAfterTheFactorsAreTrained() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        List<Double> reports = new ArrayList<>();

        assertThrows(BuildCancelledException.class, () -> ImplicitAls.train(dataset, PARAMS, 0.05,
                TestMonitor.of(reports::add, () -> !reports.isEmpty() && reports.get(reports.size() - 1) >= 0.9)));
        assertThat(reports).isSorted().doesNotContain(1.0);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static int indexIn(Profile profile, int movie) {
        for (int i = 0; i < profile.size(); i++) {
            if (profile.movieAt(i) == movie) {
                return i;
            }
        }
        return -1;
    }
}
