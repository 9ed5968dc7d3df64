package io.github.movierecommender.recommend;

/** A movie with a rating in stars and how many ratings it has in the dataset. */
public record RatedTitle(int movieIndex, String title, double stars, int votes) {
}
