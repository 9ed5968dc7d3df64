package io.github.movierecommender.recommend;

/**
 * Settings of item-based neighbours: {@code neighbours} most similar movies kept per movie (this
 * bounds memory), the {@code popularityDamping} β that divides a neighbour's similarity by its
 * rater count to the power β, the {@code k} most similar rated movies a predicted rating is made
 * from, and {@code ratingsPerUser}, the most ratings of one user that movies are compared by (a
 * seeded sample of a heavier user's, see {@link CappedRatings}; this bounds training time).
 */
public record ItemKnnParams(int neighbours, double popularityDamping, int k, int ratingsPerUser) {

    /**
     * Bounds training on the ml-32m-sized synthetic set to 7 · 10^9 pairs of ratings (10^11 uncapped);
     * on ml-latest-small it samples the 12 users above it, and 5-fold RMSE moves by 0.0001 while the
     * lists gain a little.
     */
    public static final int DEFAULT_RATINGS_PER_USER = 1000;

    public ItemKnnParams {
        if (neighbours < 1 || k < 1 || ratingsPerUser < 1 || !(popularityDamping >= 0)) {
            throw new IllegalArgumentException(
                    "item neighbours need neighbours ≥ 1, k ≥ 1, ratings per user ≥ 1 and a damping ≥ 0");
        }
    }

    public ItemKnnParams(int neighbours, double popularityDamping, int k) {
        this(neighbours, popularityDamping, k, DEFAULT_RATINGS_PER_USER);
    }

    /** 100 neighbours, β 0.3 and k 40: chosen on an inner split of a training part of ml-latest-small. */
    public static ItemKnnParams defaults() {
        return new ItemKnnParams(100, 0.3, 40);
    }
}
