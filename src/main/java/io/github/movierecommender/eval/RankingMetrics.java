package io.github.movierecommender.eval;

/**
 * Top-n metrics of one list against the movies a user rated 4 stars or more in the test part.
 * {@code hits[i]} tells whether the movie at rank i + 1 is relevant; the list may be shorter than n.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    public static int hitCount(boolean[] hits) {
        int count = 0;
        for (boolean hit : hits) {
            count += hit ? 1 : 0;
        }
        return count;
    }

    /** Relevant movies in the list over n: a short list is not excused. */
    public static double precision(boolean[] hits, int n) {
        return hitCount(hits) / (double) n;
    }

    /** Relevant movies in the list over all relevant movies. */
    public static double recall(boolean[] hits, int relevant) {
        return hitCount(hits) / (double) relevant;
    }

    /** Binary-gain DCG (1 / log2(rank + 1)) over the best possible, min(relevant, n) hits on top. */
    public static double ndcg(boolean[] hits, int relevant, int n) {
        double dcg = 0;
        for (int i = 0; i < hits.length; i++) {
            dcg += hits[i] ? gain(i) : 0;
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(relevant, n); i++) {
            ideal += gain(i);
        }
        return dcg / ideal;
    }

    private static double gain(int rankIndex) {
        return 1 / (Math.log(rankIndex + 2) / Math.log(2));
    }
}
