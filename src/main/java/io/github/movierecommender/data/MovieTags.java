package io.github.movierecommender.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The free-text tags users gave movies, by movie index: each movie's distinct tags, most used
 * first. Held as one array of tag numbers per movie over a shared dictionary of tag texts.
 */
public final class MovieTags {

    private final int[] offsets;
    private final int[] tagNumbers;
    private final String[] dictionary;
    private final long count;

    MovieTags(int[] offsets, int[] tagNumbers, String[] dictionary, long count) {
        this.offsets = offsets;
        this.tagNumbers = tagNumbers;
        this.dictionary = dictionary;
        this.count = count;
    }

    public static MovieTags none() {
        return new MovieTags(new int[1], new int[0], new String[0], 0);
    }

    /** Number of tag applications in the file (one user tagging one movie once). */
    public long count() {
        return count;
    }

    int[] offsets() {
        return offsets;
    }

    int[] tagNumbers() {
        return tagNumbers;
    }

    String[] dictionary() {
        return dictionary;
    }

    public List<String> of(int movieIndex) {
        if (movieIndex < 0 || movieIndex + 1 >= offsets.length) {
            return List.of();
        }
        List<String> tags = new ArrayList<>(offsets[movieIndex + 1] - offsets[movieIndex]);
        for (int i = offsets[movieIndex]; i < offsets[movieIndex + 1]; i++) {
            tags.add(dictionary[tagNumbers[i]]);
        }
        return List.copyOf(tags);
    }
}
