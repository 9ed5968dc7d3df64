package io.github.movierecommender.recommend;

/**
 * A recommendation method, as {@link Methods} lists it: built from training ratings, it recommends
 * movies for a profile and, where it can, predicts ratings. To add one, implement this (a small
 * adapter over the algorithm) and add it to {@link Methods}.
 */
public interface Method {

    /** The name {@code --method} accepts and the evaluation's rows carry, such as {@code knn-cosine}. */
    String name();

    Abilities abilities();

    /** Learns from {@code training}; long training reports to {@code monitor} and stops when it asks. */
    Recommender build(Training training, BuildMonitor monitor);
}
