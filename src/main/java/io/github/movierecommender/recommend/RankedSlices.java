package io.github.movierecommender.recommend;

import java.util.function.IntFunction;

/**
 * Keeps one profile's ranked list at the longest length asked for, so that a shorter list is the
 * first n of it rather than a new ranking: moving n or k does not rank again for a method whose
 * list depends on neither. A longer list than kept is ranked at twice the kept length at least,
 * so that n moving up one step at a time ranks only now and then. Not thread-safe, as a
 * {@link ProfileRecommender}.
 */
final class RankedSlices {

    private final IntFunction<RecommendationList> rank;
    private RecommendationList longest;
    private int longestAsked;
    private int rankings;

    /** {@code rank} ranks the best n; its shortfall must not depend on n beyond being there or not. */
    RankedSlices(IntFunction<RecommendationList> rank) {
        this.rank = rank;
    }

    RecommendationList first(int n) {
        if (longest == null || n > longestAsked) {
            longestAsked = longest == null ? n : Math.max(n, 2 * longestAsked);
            longest = rank.apply(longestAsked);
            rankings++;
        }
        return longest.first(n);
    }

    /** How many times the list was ranked from scratch. */
    int rankings() {
        return rankings;
    }
}
