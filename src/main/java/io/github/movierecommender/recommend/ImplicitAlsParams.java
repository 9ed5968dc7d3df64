package io.github.movierecommender.recommend;

/**
 * Settings of implicit-feedback ALS: {@code factors} per user and movie, regularisation
 * {@code lambda}, confidence 1 + {@code alpha} · |2 · stars − 5| for a rated movie (1 for the rest),
 * {@code iterations} alternating passes, and the {@code seed} of the initial factors.
 */
public record ImplicitAlsParams(int factors, double lambda, double alpha, int iterations, long seed) {

    public ImplicitAlsParams {
        if (factors < 1 || iterations < 0 || !(lambda > 0) || !(alpha >= 0)) {
            throw new IllegalArgumentException("ALS needs factors ≥ 1, lambda > 0, alpha ≥ 0 and iterations ≥ 0");
        }
    }

    public ImplicitAlsParams withIterations(int count) {
        return new ImplicitAlsParams(factors, lambda, alpha, count, seed);
    }
}
