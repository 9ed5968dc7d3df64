package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Dataset;

/** The ratings a method learns from, with their statistics computed once for every method. */
public record Training(Dataset dataset, MovieStats stats, long seed) {

    /** The seed of a method that draws at random when no evaluation seed is given. */
    public static final long DEFAULT_SEED = 42;

    public Training(Dataset dataset, MovieStats stats) {
        this(dataset, stats, DEFAULT_SEED);
    }

    public static Training of(Dataset dataset) {
        return of(dataset, DEFAULT_SEED);
    }

    /** {@code seed} drives every random draw of the training (inner splits, initial factors). */
    public static Training of(Dataset dataset, long seed) {
        return new Training(dataset, new MovieStats(dataset), seed);
    }
}
