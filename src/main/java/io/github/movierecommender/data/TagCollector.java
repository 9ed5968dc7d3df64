package io.github.movierecommender.data;

import java.util.Arrays;

/**
 * Gathers (movie id, tag) pairs compactly: each distinct tag text is stored once, in a
 * {@link TextDictionary}, and each pair holds its number.
 */
final class TagCollector {

    private final TextDictionary texts = new TextDictionary();
    private int[] movieIds = new int[1024];
    private int[] tagNumbers = new int[1024];
    private int size;

    void add(int movieId, String tag) {
        add(movieId, texts.numberOf(tag));
    }

    /** Adds the tag written in {@code bytes} from {@code start} to {@code end}, which must all be ASCII. */
    void addAscii(int movieId, byte[] bytes, int start, int end) {
        add(movieId, texts.numberOfAscii(bytes, start, end));
    }

    private void add(int movieId, int number) {
        if (size == movieIds.length) {
            movieIds = Arrays.copyOf(movieIds, size * 2);
            tagNumbers = Arrays.copyOf(tagNumbers, size * 2);
        }
        movieIds[size] = movieId;
        tagNumbers[size] = number;
        size++;
    }

    /**
     * The tags by the catalogue's movie indexes, most used first (ties in order of first use);
     * tags of unknown movies are dropped. The pairs are put in movie order by counting, then each
     * movie's distinct tags are counted and sorted on their own. The collector is spent
     * afterwards: its arrays are reused for the work, as memory the process has not touched yet is
     * slow to get. Each pass is a method of its own, so that the JIT compiles each loop once.
     */
    MovieTags build(MovieCatalog catalog) {
        int[] starts = countByMovie(catalog);
        int[] byMovie = inMovieOrder(starts);
        int[] offsets = new int[catalog.size() + 1];
        int written = rankPerMovie(starts, byMovie, offsets);
        MovieTags tags = new MovieTags(offsets, Arrays.copyOf(tagNumbers, written), texts.texts(), size);
        movieIds = null;
        tagNumbers = null;
        return tags;
    }

    /** Turns the pairs' movie ids into indexes, -1 for unknown movies; returns where each movie's pairs will start. */
    private int[] countByMovie(MovieCatalog catalog) {
        int[] movies = movieIds;
        int[] starts = new int[catalog.size() + 1];
        for (int i = 0; i < size; i++) {
            int movie = catalog.indexOf(movies[i]);
            movies[i] = movie;
            if (movie >= 0) {
                starts[movie + 1]++;
            }
        }
        for (int m = 1; m < starts.length; m++) {
            starts[m] += starts[m - 1];
        }
        return starts;
    }

    /** The pairs' tag numbers in movie order. */
    private int[] inMovieOrder(int[] starts) {
        int[] byMovie = new int[starts[starts.length - 1]];
        int[] next = Arrays.copyOf(starts, starts.length - 1);
        for (int i = 0; i < size; i++) {
            if (movieIds[i] >= 0) {
                byMovie[next[movieIds[i]]++] = tagNumbers[i];
            }
        }
        return byMovie;
    }

    /** Writes each movie's distinct tags, most used first, into the tag numbers' array; returns how many. */
    private int rankPerMovie(int[] starts, int[] byMovie, int[] offsets) {
        int[] ordered = tagNumbers;
        int[] lastMovie = new int[texts.size()];
        Arrays.fill(lastMovie, -1);
        int[] uses = new int[texts.size()];
        long[] ranked = new long[0];
        int written = 0;
        for (int m = 0; m + 1 < starts.length; m++) {
            int kept = 0;
            for (int i = starts[m]; i < starts[m + 1]; i++) {
                int tag = byMovie[i];
                if (lastMovie[tag] != m) {
                    lastMovie[tag] = m;
                    uses[tag] = 0;
                    byMovie[starts[m] + kept++] = tag;
                }
                uses[tag]++;
            }
            ranked = kept > ranked.length ? new long[Math.max(kept, ranked.length * 2)] : ranked;
            for (int k = 0; k < kept; k++) {
                int tag = byMovie[starts[m] + k];
                ranked[k] = rankKey(m, uses[tag], tag);
            }
            Arrays.sort(ranked, 0, kept);
            for (int k = 0; k < kept; k++) {
                ordered[written++] = (int) (ranked[k] & TAG_MASK);
            }
            offsets[m + 1] = written;
        }
        return written;
    }

    private static final int TAG_BITS = 24;
    private static final int USE_BITS = 16;
    private static final long TAG_MASK = (1L << TAG_BITS) - 1;
    private static final long MAX_USES = (1L << USE_BITS) - 1;

    /** Orders by movie, then by uses (more first), then by tag number. */
    private static long rankKey(int movie, int uses, int tag) {
        if (tag > TAG_MASK || movie >= 1 << (64 - TAG_BITS - USE_BITS - 1)) {
            throw new IllegalStateException("too many distinct tags or movies for the tag index");
        }
        long fewerUses = MAX_USES - Math.min(uses, MAX_USES);
        return ((long) movie << (TAG_BITS + USE_BITS)) | (fewerUses << TAG_BITS) | tag;
    }
}
