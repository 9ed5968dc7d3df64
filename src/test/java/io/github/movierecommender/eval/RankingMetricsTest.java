package io.github.movierecommender.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    private static final double EPSILON = 1e-12;

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void hitsAtRanksOneAndThreeOfFiveWithFourRelevant() {
        boolean[] hits = {true, false, true, false, false};

        assertEquals(2, RankingMetrics.hitCount(hits));
        assertEquals(2 / 5.0, RankingMetrics.precision(hits, 5), EPSILON);
        assertEquals(2 / 4.0, RankingMetrics.recall(hits, 4), EPSILON);
        assertEquals((1 + 1 / log2(4)) / (1 + 1 / log2(3) + 1 / log2(4) + 1 / log2(5)),
                RankingMetrics.ndcg(hits, 4, 5), EPSILON);
    }

    @Test
    void aShortListIsNotExcusedInPrecisionButTheIdealListIsBoundedByTheRelevantMovies() {
        boolean[] hits = {false, true};

        assertEquals(1 / 5.0, RankingMetrics.precision(hits, 5), EPSILON);
        assertEquals(1.0, RankingMetrics.recall(hits, 1), EPSILON);
        assertEquals(1 / log2(3), RankingMetrics.ndcg(hits, 1, 5), EPSILON);
    }

    @Test
    void theIdealListIsBoundedByNWhenMoreMoviesAreRelevant() {
        boolean[] hits = {true, true, true};

        assertEquals(1.0, RankingMetrics.precision(hits, 3), EPSILON);
        assertEquals(3 / 10.0, RankingMetrics.recall(hits, 10), EPSILON);
        assertEquals(1.0, RankingMetrics.ndcg(hits, 10, 3), EPSILON);
    }

    @Test
    void aListWithoutHitsScoresZero() {
        for (boolean[] hits : new boolean[][] {{}, {false, false, false}}) {
            assertEquals(0, RankingMetrics.hitCount(hits));
            assertEquals(0.0, RankingMetrics.precision(hits, 3));
            assertEquals(0.0, RankingMetrics.recall(hits, 2));
            assertEquals(0.0, RankingMetrics.ndcg(hits, 2, 3));
        }
    }

    @Test
    void aLaterHitIsWorthLessThanAnEarlierOne() {
        double first = RankingMetrics.ndcg(new boolean[] {true, false, false}, 1, 3);
        double third = RankingMetrics.ndcg(new boolean[] {false, false, true}, 1, 3);

        assertEquals(1.0, first, EPSILON);
        assertEquals(1 / log2(4), third, EPSILON);
    }
}
