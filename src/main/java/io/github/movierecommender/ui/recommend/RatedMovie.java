package io.github.movierecommender.ui.recommend;

import java.time.LocalDate;

/** One of the selected user's own ratings, in stars, on the day (UTC) it was given. */
public record RatedMovie(int movieIndex, int movieId, String title, int year, String genres, double rating, LocalDate date) {
}
