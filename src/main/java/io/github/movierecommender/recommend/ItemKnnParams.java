package io.github.movierecommender.recommend;

/**
 * Settings of item-based neighbours: {@code neighbours} most similar movies kept per movie (this
 * bounds memory), the {@code popularityDamping} β that divides a neighbour's similarity by its
 * rater count to the power β, and the {@code k} most similar rated movies a predicted rating is
 * made from.
 */
public record ItemKnnParams(int neighbours, double popularityDamping, int k) {

    public ItemKnnParams {
        if (neighbours < 1 || k < 1 || !(popularityDamping >= 0)) {
            throw new IllegalArgumentException("item neighbours need neighbours ≥ 1, k ≥ 1 and a damping ≥ 0");
        }
    }

    /** 100 neighbours, β 0.3 and k 40: chosen on an inner split of a training part of ml-latest-small. */
    public static ItemKnnParams defaults() {
        return new ItemKnnParams(100, 0.3, 40);
    }
}
