package io.github.movierecommender.recommend;

/** A predicted rating in stars with where it comes from. */
public record RatingEstimate(double stars, Explanation explanation) {
}
