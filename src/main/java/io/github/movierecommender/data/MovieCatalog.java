package io.github.movierecommender.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The movies of a dataset, addressed by the same dense index as the per-movie rating rows. */
public final class MovieCatalog {

    private final Movie[] movies;
    private final IdIndex ids;

    /** {@code movies} must be in ascending id order, without repeated ids. */
    MovieCatalog(Movie[] movies) {
        this.movies = movies;
        this.ids = IdIndex.of(ids(movies));
    }

    /** The ids of the movies, in their order. */
    static int[] ids(Movie[] movies) {
        int[] ids = new int[movies.length];
        for (int i = 0; i < movies.length; i++) {
            ids[i] = movies[i].id();
        }
        return ids;
    }

    public int size() {
        return movies.length;
    }

    public Movie at(int index) {
        return movies[index];
    }

    /** Dense index of a MovieLens movie id, or -1. */
    public int indexOf(int movieId) {
        return ids.indexOf(movieId);
    }

    public Optional<Movie> byId(int movieId) {
        int index = ids.indexOf(movieId);
        return index < 0 ? Optional.empty() : Optional.of(movies[index]);
    }

    public List<Movie> all() {
        return Collections.unmodifiableList(Arrays.asList(movies));
    }
}
