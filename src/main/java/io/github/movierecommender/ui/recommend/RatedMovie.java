package io.github.movierecommender.ui.recommend;

import java.time.LocalDate;
import java.util.Comparator;

/** One of the selected user's own ratings, in stars, on the day (UTC) it was given. */
public record RatedMovie(int movieIndex, int movieId, String title, int year, String genres, double rating, LocalDate date) {

    /** Newest first; ratings of one day by title, then movie id, so the order never changes by itself. */
    public static final Comparator<RatedMovie> NEWEST_FIRST = Comparator.comparing(RatedMovie::date).reversed()
            .thenComparing(RatedMovie::title).thenComparingInt(RatedMovie::movieId);
}
