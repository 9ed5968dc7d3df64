package io.github.movierecommender.data;

import java.util.Optional;
import java.util.Set;

/**
 * One catalogue entry. {@code year} is {@link #NO_YEAR} when the title carries none; the IMDb and
 * TMDB ids are {@link #NO_LINK} when {@code links.csv} does not give them.
 */
public record Movie(int id, String title, String displayTitle, int year, Set<String> genres,
                    int imdbId, int tmdbId, boolean placeholder) {

    public static final int NO_YEAR = 0;
    public static final int NO_LINK = 0;

    public Movie {
        genres = Set.copyOf(genres);
    }

    public static Movie of(int id, String title, Set<String> genres) {
        MovieTitle parsed = MovieTitle.parse(title);
        return new Movie(id, title, parsed.displayTitle(), parsed.year(), genres, NO_LINK, NO_LINK, false);
    }

    /** A movie that is rated but missing from the catalogue file. */
    public static Movie placeholder(int id) {
        String title = "Unknown movie #" + id;
        return new Movie(id, title, title, NO_YEAR, Set.of(), NO_LINK, NO_LINK, true);
    }

    public Movie withLinks(int imdb, int tmdb) {
        return new Movie(id, title, displayTitle, year, genres, imdb, tmdb, placeholder);
    }

    public boolean hasYear() {
        return year != NO_YEAR;
    }

    public Optional<String> movieLensUrl() {
        return placeholder ? Optional.empty() : Optional.of("https://movielens.org/movies/" + id);
    }

    public Optional<String> imdbUrl() {
        return imdbId == NO_LINK ? Optional.empty()
                : Optional.of(String.format("https://www.imdb.com/title/tt%07d/", imdbId));
    }

    public Optional<String> tmdbUrl() {
        return tmdbId == NO_LINK ? Optional.empty()
                : Optional.of("https://www.themoviedb.org/movie/" + tmdbId);
    }
}
