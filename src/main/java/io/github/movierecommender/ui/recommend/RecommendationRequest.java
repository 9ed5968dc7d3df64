package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.GenreParams;
import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.NeighbourParams;
import io.github.movierecommender.recommend.PopularParams;
import io.github.movierecommender.recommend.PopularRanking;

/** What the left panel asks for at one moment: whose lists, and with which settings. */
public record RecommendationRequest(int userId, int k, int n, int minVotes, Measure measure, NeighbourMode mode,
                                   PopularRanking ranking) {

    public PopularParams popularParams() {
        return new PopularParams(ranking, minVotes, n, null);
    }

    public GenreParams genreParams() {
        return new GenreParams(minVotes, n);
    }

    /** The mode's own rules (the tutorial's, or the default's) with the chosen measure. */
    public NeighbourParams neighbourParams() {
        NeighbourParams base = mode == NeighbourMode.TUTORIAL ? NeighbourParams.tutorial(k, n)
                : NeighbourParams.defaults(k, n);
        return new NeighbourParams(k, n, base.minCommon(), measure, mode, base.minSupport(),
                base.significanceWeighting());
    }
}
