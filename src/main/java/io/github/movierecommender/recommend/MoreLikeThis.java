package io.github.movierecommender.recommend;

/** A built method that also lists the movies most like one movie (item-knn: by co-ratings). */
public interface MoreLikeThis {

    /** The {@code n} movies most like {@code movieIndex} that {@code profile} has not rated, most alike first. */
    RecommendationList moreLikeThis(int movieIndex, Profile profile, int n);
}
