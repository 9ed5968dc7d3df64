package io.github.movierecommender.recommend;

/**
 * Settings of {@link KnnBaseline}: the similarity shrinkage (as a number of movies in common) and
 * the prior weight that pulls a prediction backed by few or weakly similar neighbours towards the
 * baseline (added to the sum of their similarities).
 */
public record KnnBaselineParams(double shrinkage, double prior) {

    /** Surprise's pearson_baseline shrinkage. */
    public static final double DEFAULT_SHRINKAGE = 100;

    public KnnBaselineParams {
        if (shrinkage < 0 || prior < 0) {
            throw new IllegalArgumentException("shrinkage and prior must be at least 0");
        }
    }
}
