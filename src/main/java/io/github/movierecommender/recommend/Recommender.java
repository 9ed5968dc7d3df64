package io.github.movierecommender.recommend;

/** A method built on one training set. Thread-safe: profiles may be served on several threads at once. */
public interface Recommender {

    Method method();

    /**
     * The work for one profile, kept so that later calls with other k, n or minimum votes reuse it
     * (the neighbour scan, the genre taste); use one per profile and thread.
     */
    ProfileRecommender forProfile(Profile profile);
}
