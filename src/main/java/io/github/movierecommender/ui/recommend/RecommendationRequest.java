package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.GenreParams;
import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.NeighbourParams;
import io.github.movierecommender.recommend.PopularParams;
import io.github.movierecommender.recommend.PopularRanking;
import io.github.movierecommender.recommend.Profile;

/**
 * What the left panel asks for at one moment: whose lists, and with which settings. {@code own} is
 * the person's own profile as of its latest rating, or null for a user of the dataset; as it is
 * compared by identity, every new rating makes a new request.
 */
public record RecommendationRequest(int userId, int k, int n, int minVotes, Measure measure, NeighbourMode mode,
                                   PopularRanking ranking, Profile own) {

    public RecommendationRequest(int userId, int k, int n, int minVotes, Measure measure, NeighbourMode mode,
                                 PopularRanking ranking) {
        this(userId, k, n, minVotes, measure, mode, ranking, null);
    }

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
