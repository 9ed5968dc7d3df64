package io.github.movierecommender.recommend;

/**
 * What the candidate pass of a neighbour scan may leave unworked: with significance weighting a
 * candidate's key is −(similarity × min(n, {@value NeighbourParams#SIGNIFICANCE_COMMON}) / 50),
 * and no similarity exceeds 1, so a candidate of n movies in common can rank no better than
 * −min(n, 50) / 50. Once the nearest kept all rank better than that, no candidate with n or fewer
 * in common can get in, whatever its ratings, and is left out unworked: the result is the same.
 * Candidates are sorted into levels: their count in common up to 50, or {@link #ALWAYS} for those
 * whose Pearson similarity the bound cannot vouch for.
 *
 * <p>Pearson's covariance and spreads are worked out from sums of terms of at most 400n (half stars
 * are at most 10), each off by at most about 10⁻¹² n after rounding. A spread is exactly 0 or at
 * least 1 when the user's mean in half stars is an integer (then every term is an exact integer),
 * and at least n × 10⁻⁶ when the mean is 10⁻³ or more from every integer; either way the rounded
 * similarity exceeds 1 by less than 10⁻⁶, well inside {@link #MARGIN}. A mean closer to an integer
 * than that (only a user with over a thousand ratings can have one) gets no such guarantee: a
 * profile with one is scanned without leaving anyone out, another user with one is always worked out.
 */
final class CommonCountBound {

    /** The level of the candidates that count in full: 50 movies in common or more. */
    static final int FULL_WEIGHT = NeighbourParams.SIGNIFICANCE_COMMON;
    /** The level of the candidates always worked out, above every count. */
    static final int ALWAYS = FULL_WEIGHT + 1;
    /** One more than the highest level. */
    static final int LEVELS = ALWAYS + 1;
    private static final double MARGIN = 1.01;
    private static final double ROUNDING_PRONE = 1e-3;

    private final long[] boundRanks = new long[ALWAYS];
    private final boolean prunes;

    /**
     * The bound for a scan with {@code params} of a profile whose mean is {@code meanP} half stars,
     * keeping the nearest {@code kept} of at most {@code users} candidates (none is left out when
     * they all fit).
     */
    CommonCountBound(NeighbourParams params, double meanP, int kept, int users) {
        prunes = users > kept && params.measure() != Measure.EUCLIDEAN && params.significanceWeighting()
                && !(params.measure() == Measure.PEARSON && roundingProne(meanP));
        for (int level = 0; level < ALWAYS; level++) {
            boundRanks[level] = prunes ? BestFirst.rankOf(-(NeighbourScan.weight(level, params) * MARGIN))
                    : Long.MIN_VALUE;
        }
    }

    /** Whether a mean of {@code halfStars} is so near an integer, without being one, that the bound cannot vouch for it. */
    static boolean roundingProne(double halfStars) {
        double off = Math.abs(halfStars - Math.rint(halfStars));
        return off > 0 && off < ROUNDING_PRONE;
    }

    /** Whether any candidate may be left out. */
    boolean prunes() {
        return prunes;
    }

    /** The level of a candidate with {@code n} movies in common, {@code prone} if its mean is rounding-prone. */
    static int level(int n, boolean prone) {
        return prone ? ALWAYS : Math.min(n, FULL_WEIGHT);
    }

    /** Whether no candidate of {@code level} can get into {@code nearest} any more. */
    boolean excludes(int level, BestFirst nearest) {
        return level < ALWAYS && boundRanks[level] > nearest.worstRank();
    }

    /** The lowest level whose candidates may still get into {@code nearest}. */
    int lowestOpen(BestFirst nearest) {
        long worst = nearest.worstRank();
        int level = 0;
        while (level < ALWAYS && boundRanks[level] > worst) {
            level++;
        }
        return level;
    }
}
