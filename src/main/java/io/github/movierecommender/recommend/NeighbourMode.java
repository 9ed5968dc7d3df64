package io.github.movierecommender.recommend;

/** How the neighbours' ratings become a list. */
public enum NeighbourMode {
    /**
     * The teaching tutorial's rules, exactly: a movie needs ratings from at least k/2 of the k
     * nearest neighbours (k/2 not rounded), scores are the plain mean of those ratings, and ties
     * go to more support, then the smaller movie id.
     */
    TUTORIAL,
    /**
     * A similarity-weighted, mean-centred prediction μ_u + Σ sim·(r_v − μ_v) / Σ |sim| over the
     * neighbours who rated the movie, with a minimum support; the neighbourhood widens (doubling
     * k) until the list is full or every candidate neighbour is used.
     */
    DEFAULT
}
