package io.github.movierecommender.ui.recommend;

/** An entry of the user picker; {@code label} is written once so filtering stays cheap. */
public record UserChoice(int userId, int ratings, String label) {
}
