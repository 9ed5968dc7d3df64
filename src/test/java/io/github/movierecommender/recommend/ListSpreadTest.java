package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListSpreadTest {

    /**
     * Users 0–3 like movie 0 best by a hair over a movie of their own (1–4); user 4 likes movie 0 by
     * far more than any price. Movie 5 is nobody's candidate.
     */
    private static final ListSpread.Candidates CANDIDATES = new ListSpread.Candidates(
            new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 1}},
            new double[][] {{1.0, 0.99}, {1.0, 0.99}, {1.0, 0.99}, {1.0, 0.99}, {3.0, 0.5}});
    private static final int MOVIES = 6;

    @Test
    void withoutPricesEveryoneGetsTheSameTopMovie() {
        double[] prices = ListSpread.prices(CANDIDATES, MOVIES, 0, 1, BuildMonitor.NONE);

        assertArrayEquals(new double[MOVIES], prices);
        for (int u = 0; u < 5; u++) {
            assertArrayEquals(new int[] {0}, ListSpread.list(CANDIDATES, u, prices, 1));
        }
        assertThat(ListSpread.coverage(CANDIDATES, prices, 1, MOVIES)).isEqualTo(1.0 / MOVIES);
    }

    @Test
    void pricesSpreadTheListsButKeepAMovieSomeoneLikesByFar() {
        double[] prices = ListSpread.prices(CANDIDATES, MOVIES, 0.1, 1, BuildMonitor.NONE);

        assertThat(prices[0]).isPositive();
        assertThat(prices[5]).as("a movie in no list costs nothing").isZero();
        assertArrayEquals(new int[] {0}, ListSpread.list(CANDIDATES, 4, prices, 1));
        assertThat(ListSpread.coverage(CANDIDATES, prices, 1, MOVIES)).isGreaterThan(2.0 / MOVIES);
        assertThat(ListSpread.list(CANDIDATES, 0, prices, 2)).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void aPricedListIsTheBestOfAllTheCandidatesByScoreMinusPrice() {
        SplittableRandom random = new SplittableRandom(3);
        int movies = 300;
        int[] candidates = IntStream.range(0, movies).toArray();
        double[] scores = IntStream.range(0, movies).mapToDouble(m -> random.nextInt(50) / 10.0)
                .boxed().sorted(Comparator.reverseOrder()).mapToDouble(Double::doubleValue).toArray();
        double[] prices = IntStream.range(0, movies).mapToDouble(m -> random.nextInt(30) / 10.0).toArray();
        ListSpread.Candidates one = new ListSpread.Candidates(new int[][] {candidates}, new double[][] {scores});

        int[] expected = IntStream.range(0, movies).boxed()
                .sorted(Comparator.<Integer>comparingDouble(m -> -(scores[m] - prices[m])).thenComparingInt(m -> m))
                .mapToInt(Integer::intValue).limit(10).toArray();
        assertArrayEquals(expected, ListSpread.list(one, 0, prices, 10));
    }

    @Test
    void theSamePricesOnOneThreadOrTwo() throws Exception {
        double[] single = new ForkJoinPool(1).submit(() -> ListSpread.prices(CANDIDATES, MOVIES, 0.1, 1,
                BuildMonitor.NONE)).get();
        double[] two = new ForkJoinPool(2).submit(() -> ListSpread.prices(CANDIDATES, MOVIES, 0.1, 1,
                BuildMonitor.NONE)).get();

        assertArrayEquals(single, two);
    }

    @Test
    void stopsWhenCancelled() {
        assertThrows(BuildCancelledException.class, () -> ListSpread.prices(CANDIDATES, MOVIES, 0.1, 1,
                TestMonitor.of(fraction -> { }, () -> true)));
    }
}
