package io.github.movierecommender.recommend;

/** How the popular list ranks movies. */
public enum PopularRanking {
    /** Most ratings first; ties by mean rating, then movie id. */
    MOST_VOTED,
    /** Highest plain mean among movies with at least the minimum votes; ties by votes, then movie id. */
    BEST_RATED,
    /** Highest Bayesian average (the minimum votes added as imaginary votes at the global mean). */
    DAMPED_MEAN
}
