package io.github.movierecommender.data;

import java.util.List;
import java.util.Map;

/** The free-text tags users gave movies, by movie index: distinct tags, most used first. */
public final class MovieTags {

    private final Map<Integer, List<String>> tagsByMovie;
    private final long count;

    MovieTags(Map<Integer, List<String>> tagsByMovie, long count) {
        this.tagsByMovie = Map.copyOf(tagsByMovie);
        this.count = count;
    }

    public static MovieTags none() {
        return new MovieTags(Map.of(), 0);
    }

    /** Number of tag applications in the file (one user tagging one movie once). */
    public long count() {
        return count;
    }

    public List<String> of(int movieIndex) {
        return tagsByMovie.getOrDefault(movieIndex, List.of());
    }
}
