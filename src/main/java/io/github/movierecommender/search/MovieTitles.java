package io.github.movierecommender.search;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.data.MovieCatalog;

/**
 * A catalogue's titles as a title filter compares them (see {@link #query}); the titles are read
 * once, when first asked for, on the thread that asks (a list's background thread). Thread-safe.
 */
public final class MovieTitles {

    private final MovieCatalog movies;
    private volatile String[] compared;

    public MovieTitles(MovieCatalog movies) {
        this.movies = movies;
    }

    /**
     * What a typed text looks for: case, accents, punctuation and apostrophes do not matter
     * ("amelie" finds "Amélie", "dont" finds "Don't Look Now"); empty when it has no letter or digit.
     */
    public static String query(String typed) {
        return TitleText.filterForm(typed == null ? "" : typed);
    }

    public Movie movie(int movieIndex) {
        return movies.at(movieIndex);
    }

    /**
     * Whether the movie's title, as displayed, holds {@code query} (made by {@link #query}); a
     * placeholder movie, which has no title, holds none.
     */
    public boolean contains(int movieIndex, String query) {
        return !movies.at(movieIndex).placeholder() && compared()[movieIndex].contains(query);
    }

    private String[] compared() {
        String[] titles = compared;
        if (titles == null) {
            synchronized (this) {
                titles = compared;
                if (titles == null) {
                    titles = new String[movies.size()];
                    for (int m = 0; m < titles.length; m++) {
                        titles[m] = TitleText.filterForm(movies.at(m).displayTitle());
                    }
                    compared = titles;
                }
            }
        }
        return titles;
    }
}
