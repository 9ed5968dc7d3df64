package io.github.movierecommender.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Gathers (movie id, tag) pairs compactly: each distinct tag text is stored once. */
final class TagCollector {

    private final Map<String, Integer> numbers = new HashMap<>();
    private String[] texts = new String[256];
    private int[] movieIds = new int[1024];
    private int[] tagNumbers = new int[1024];
    private int size;

    void add(int movieId, String tag) {
        Integer number = numbers.get(tag);
        if (number == null) {
            number = numbers.size();
            numbers.put(tag, number);
            if (number == texts.length) {
                texts = Arrays.copyOf(texts, number * 2);
            }
            texts[number] = tag;
        }
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
     * tags of unknown movies are dropped.
     */
    MovieTags build(MovieCatalog catalog) {
        long[] pairs = new long[size];
        int kept = 0;
        for (int i = 0; i < size; i++) {
            int movie = catalog.indexOf(movieIds[i]);
            if (movie >= 0) {
                pairs[kept++] = ((long) movie << 32) | tagNumbers[i];
            }
        }
        Arrays.sort(pairs, 0, kept);
        int[] offsets = new int[catalog.size() + 1];
        long[] ranked = new long[kept];
        int distinct = 0;
        for (int i = 0; i < kept; ) {
            int end = i;
            while (end < kept && pairs[end] == pairs[i]) {
                end++;
            }
            int movie = (int) (pairs[i] >>> 32);
            offsets[movie + 1]++;
            ranked[distinct++] = rankKey(movie, end - i, (int) pairs[i]);
            i = end;
        }
        for (int m = 0; m < catalog.size(); m++) {
            offsets[m + 1] += offsets[m];
        }
        Arrays.sort(ranked, 0, distinct);
        int[] ordered = new int[distinct];
        for (int i = 0; i < distinct; i++) {
            ordered[i] = (int) (ranked[i] & TAG_MASK);
        }
        return new MovieTags(offsets, ordered, Arrays.copyOf(texts, numbers.size()), size);
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
