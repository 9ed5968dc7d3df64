package io.github.movierecommender.recommend;

/**
 * Every option a method may read, in one value; each method reads the ones it uses and ignores the
 * rest. {@code genre} (popular) is null for every genre; {@code measure} and {@code significance}
 * are null for the method's own default (Euclidean and off for the tutorial, Pearson and on for the
 * default neighbours; a {@code knn-MEASURE} method always uses its measure).
 */
public record MethodSettings(int k, int n, int minVotes, PopularRanking ranking, String genre, Measure measure,
                             int minCommon, int minSupport, Boolean significance) {

    public static final int DEFAULT_K = NeighbourParams.DEFAULT_K;
    public static final int DEFAULT_N = NeighbourParams.DEFAULT_N;
    public static final int DEFAULT_MIN_VOTES = PopularParams.DEFAULT_MIN_VOTES;

    public MethodSettings {
        if (k < 1 || n < 1 || minCommon < 1 || minSupport < 1 || minVotes < 0) {
            throw new IllegalArgumentException("k, n, the minimum in common and the minimum support must be at "
                    + "least 1, the minimum votes at least 0");
        }
        if (ranking == null) {
            throw new IllegalArgumentException("a popular ranking is needed");
        }
    }

    /** Each method's defaults, the most voted popular list, with this k and n. */
    public static MethodSettings defaults(int k, int n) {
        return new MethodSettings(k, n, DEFAULT_MIN_VOTES, PopularRanking.MOST_VOTED, null, null,
                NeighbourParams.DEFAULT_MIN_COMMON, NeighbourParams.DEFAULT_MIN_SUPPORT, null);
    }

    public MethodSettings withK(int newK) {
        return new MethodSettings(newK, n, minVotes, ranking, genre, measure, minCommon, minSupport, significance);
    }

    public MethodSettings withN(int newN) {
        return new MethodSettings(k, newN, minVotes, ranking, genre, measure, minCommon, minSupport, significance);
    }

    public MethodSettings withMinVotes(int votes) {
        return new MethodSettings(k, n, votes, ranking, genre, measure, minCommon, minSupport, significance);
    }

    public MethodSettings withRanking(PopularRanking newRanking, String onlyGenre) {
        return new MethodSettings(k, n, minVotes, newRanking, onlyGenre, measure, minCommon, minSupport, significance);
    }

    public MethodSettings withMeasure(Measure newMeasure) {
        return new MethodSettings(k, n, minVotes, ranking, genre, newMeasure, minCommon, minSupport, significance);
    }

    public MethodSettings withNeighbourRules(int common, int support, Boolean shrinkSmallOverlaps) {
        return new MethodSettings(k, n, minVotes, ranking, genre, measure, common, support, shrinkSmallOverlaps);
    }
}
