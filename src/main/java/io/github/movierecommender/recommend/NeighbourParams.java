package io.github.movierecommender.recommend;

/**
 * Parameters of the neighbour-based list. {@code minCommon} is the least number of co-rated
 * movies for a user to count as a candidate neighbour; {@code minSupport} the least number of
 * neighbours who rated a movie (default mode only); {@code significanceWeighting} scales a
 * similarity from fewer than {@value #SIGNIFICANCE_COMMON} co-rated movies by n / 50.
 */
public record NeighbourParams(int k, int n, int minCommon, Measure measure, NeighbourMode mode, int minSupport,
                              boolean significanceWeighting) {

    public static final int DEFAULT_K = 20;
    public static final int DEFAULT_N = 10;
    public static final int DEFAULT_MIN_COMMON = 5;
    public static final int DEFAULT_MIN_SUPPORT = 2;
    public static final int SIGNIFICANCE_COMMON = 50;
    /** Default mode: similarity weight added at the user's mean when predicting (see NeighbourRecommender). */
    public static final double SHRINKAGE = 5;

    public NeighbourParams {
        if (k < 1 || n < 1 || minCommon < 1 || minSupport < 1) {
            throw new IllegalArgumentException("k, n, the minimum in common and the minimum support must be at least 1");
        }
    }

    /** The tutorial: Euclidean distance, at least 5 movies in common, k/2 neighbours per movie. */
    public static NeighbourParams tutorial(int k, int n) {
        return new NeighbourParams(k, n, DEFAULT_MIN_COMMON, Measure.EUCLIDEAN, NeighbourMode.TUTORIAL, 1, false);
    }

    /** The default: Pearson with significance weighting, mean-centred weighted prediction. */
    public static NeighbourParams defaults(int k, int n) {
        return new NeighbourParams(k, n, DEFAULT_MIN_COMMON, Measure.PEARSON, NeighbourMode.DEFAULT,
                DEFAULT_MIN_SUPPORT, true);
    }

    public NeighbourParams withK(int newK) {
        return new NeighbourParams(newK, n, minCommon, measure, mode, minSupport, significanceWeighting);
    }

    public NeighbourParams withN(int newN) {
        return new NeighbourParams(k, newN, minCommon, measure, mode, minSupport, significanceWeighting);
    }

    /** Whether two parameter sets find the same neighbours, so one scan serves both. */
    boolean sameScan(NeighbourParams other) {
        return minCommon == other.minCommon && measure == other.measure
                && significanceWeighting == other.significanceWeighting;
    }
}
