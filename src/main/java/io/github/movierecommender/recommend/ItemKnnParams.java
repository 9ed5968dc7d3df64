package io.github.movierecommender.recommend;

/**
 * Settings of item-based neighbours: {@code neighbours} most similar movies kept per movie (this
 * bounds memory), the {@code shrinkage} that damps similarities resting on few co-ratings, and the
 * {@code k} most similar rated movies a predicted rating is made from.
 */
public record ItemKnnParams(int neighbours, double shrinkage, int k) {

    public ItemKnnParams {
        if (neighbours < 1 || k < 1 || !(shrinkage >= 0)) {
            throw new IllegalArgumentException("item neighbours need neighbours ≥ 1, k ≥ 1 and shrinkage ≥ 0");
        }
    }

    public static ItemKnnParams defaults() {
        return new ItemKnnParams(100, 10, 40);
    }
}
