package io.github.movierecommender.recommend;

import java.util.function.IntFunction;

/**
 * A {@link ProfileRecommender} for a method whose list depends only on n: the ranking is kept at
 * the longest n asked for and shorter lists are its first n ({@link RankedSlices}); {@link #scans()}
 * counts the rankings made from scratch. Subclasses say how the method predicts.
 */
abstract class RankedProfileRecommender implements ProfileRecommender {

    private final RankedSlices ranked;

    /** {@code rank} ranks the profile's best n, as {@link RankedSlices} needs. */
    RankedProfileRecommender(IntFunction<RecommendationList> rank) {
        this.ranked = new RankedSlices(rank);
    }

    @Override
    public final RecommendationList recommend(MethodSettings settings) {
        return ranked.first(settings.n());
    }

    @Override
    public final boolean listsNest() {
        return true;
    }

    @Override
    public final int scans() {
        return ranked.rankings();
    }
}
