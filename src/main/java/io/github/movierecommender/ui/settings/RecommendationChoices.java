package io.github.movierecommender.ui.settings;

import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.PopularRanking;

/**
 * The recommendation settings kept across restarts: k, n, the minimum votes, the neighbour
 * measure and mode, and how the popular list ranks.
 */
public record RecommendationChoices(int k, int n, int minVotes, Measure measure, NeighbourMode mode,
                                    PopularRanking ranking) {

    public RecommendationChoices {
        if (k < 1 || n < 1 || minVotes < 0 || measure == null || mode == null || ranking == null) {
            throw new IllegalArgumentException("k and n must be at least 1, the minimum votes 0 or more, and the "
                    + "measure, mode and ranking given: " + k + ", " + n + ", " + minVotes + ", " + measure + ", "
                    + mode + ", " + ranking);
        }
    }
}
