package io.github.movierecommender.recommend;

/** A predicted rating in stars with a sentence saying where it comes from. */
public record RatingEstimate(double stars, String explanation) {
}
