package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Dataset;

/** The ratings a method learns from, with their statistics computed once for every method. */
public record Training(Dataset dataset, MovieStats stats) {

    public static Training of(Dataset dataset) {
        return new Training(dataset, new MovieStats(dataset));
    }
}
