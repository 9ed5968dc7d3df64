package io.github.movierecommender.recommend;

/** A user close to the profile: distance and similarity under the chosen measure, and co-rated movies. */
public record Neighbour(int userId, int userIndex, double distance, double similarity, int common) {
}
