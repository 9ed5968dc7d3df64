package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ForkJoinPool;
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
