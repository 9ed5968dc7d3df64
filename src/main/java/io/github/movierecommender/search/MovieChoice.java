package io.github.movierecommender.search;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.recommend.MovieFilter;

/**
 * The movies a list filter lets through: of {@code genre} (null for any), released from
 * {@code fromYear} to {@code toYear} (either {@link #OPEN} for no bound; a movie without a year
 * passes no bound), with {@code titleQuery} in the title (a {@link MovieTitles#query}, empty for
 * any). A value: an equal choice over the same titles is an equal filter.
 */
public record MovieChoice(MovieTitles titles, String genre, int fromYear, int toYear, String titleQuery)
        implements MovieFilter {

    public static final int OPEN = 0;

    public MovieChoice {
        if (fromYear < 0 || toYear < 0) {
            throw new IllegalArgumentException("a year bound is a year or " + OPEN + ", not " + fromYear + " or "
                    + toYear);
        }
    }

    /**
     * The choice as typed: the title text made a {@link MovieTitles#query}, and years given the
     * wrong way round read as the range they span.
     */
    public static MovieChoice of(MovieTitles titles, String genre, int fromYear, int toYear, String typedTitle) {
        boolean swapped = fromYear != OPEN && toYear != OPEN && fromYear > toYear;
        return new MovieChoice(titles, genre, swapped ? toYear : fromYear, swapped ? fromYear : toYear,
                MovieTitles.query(typedTitle));
    }

    /** Whether it lets every movie through. */
    public boolean isOpen() {
        return genre == null && fromYear == OPEN && toYear == OPEN && titleQuery.isEmpty();
    }

    @Override
    public boolean mayList(int movieIndex) {
        Movie movie = titles.movie(movieIndex);
        if (genre != null && !movie.genres().contains(genre)) {
            return false;
        }
        if ((fromYear != OPEN || toYear != OPEN) && (!movie.hasYear() || fromYear != OPEN && movie.year() < fromYear
                || toYear != OPEN && movie.year() > toYear)) {
            return false;
        }
        return titleQuery.isEmpty() || titles.contains(movieIndex, titleQuery);
    }
}
