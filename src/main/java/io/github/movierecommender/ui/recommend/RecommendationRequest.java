package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.GenreParams;
import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.MethodSettings;
import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.recommend.PopularRanking;
import io.github.movierecommender.recommend.Profile;

/**
 * What the left panel asks for at one moment: whose lists, and with which settings. {@code own} is
 * the person's own profile as of its latest rating, or null for a user of the dataset; as it is
 * compared by identity, every new rating makes a new request. {@code exclusions} are the movies no
 * list shows (hidden ones, the filter's choice).
 */
public record RecommendationRequest(int userId, int k, int n, int minVotes, Measure measure, NeighbourMode mode,
                                   PopularRanking ranking, Profile own, ListExclusions exclusions) {

    public RecommendationRequest(int userId, int k, int n, int minVotes, Measure measure, NeighbourMode mode,
                                 PopularRanking ranking) {
        this(userId, k, n, minVotes, measure, mode, ranking, null);
    }

    public RecommendationRequest(int userId, int k, int n, int minVotes, Measure measure, NeighbourMode mode,
                                 PopularRanking ranking, Profile own) {
        this(userId, k, n, minVotes, measure, mode, ranking, own, ListExclusions.NONE);
    }

    /** The settings every list reads: the popular ranking over all genres, the neighbours' k and measure. */
    public MethodSettings settings() {
        return MethodSettings.defaults(k, n).withMinVotes(minVotes).withRanking(ranking, null).withMeasure(measure);
    }

    /**
     * The neighbour method of the chosen mode: the tutorial's rules (with the measure), or the
     * default mode, {@value Methods#DEFAULT_NEIGHBOUR_METHOD}.
     */
    public Method neighbourMethod() {
        return Methods.neighbours(mode, null);
    }

    /** This request with another n. */
    public RecommendationRequest withN(int otherN) {
        return new RecommendationRequest(userId, k, otherN, minVotes, measure, mode, ranking, own, exclusions);
    }

    /** This request with another k. */
    public RecommendationRequest withK(int otherK) {
        return new RecommendationRequest(userId, otherK, n, minVotes, measure, mode, ranking, own, exclusions);
    }

    public GenreParams genreParams() {
        return new GenreParams(minVotes, n);
    }
}
