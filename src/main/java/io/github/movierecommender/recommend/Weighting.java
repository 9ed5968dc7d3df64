package io.github.movierecommender.recommend;

/**
 * What a measure's value was multiplied by for having few movies in common; {@link #value()} is
 * that factor.
 */
public sealed interface Weighting {

    double value();

    /** Nothing weighted: the factor is 1. */
    record None() implements Weighting {
        @Override
        public double value() {
            return 1;
        }
    }

    /** Significance weighting: min(common, full) / full. */
    record Significance(int common, int full) implements Weighting {
        @Override
        public double value() {
            return Math.min(common, full) / (double) full;
        }
    }

    /** Shrinkage: (common − 1) / (common − 1 + shrinkage). */
    record Shrinkage(int common, double shrinkage) implements Weighting {
        @Override
        public double value() {
            return (common - 1) / (common - 1 + shrinkage);
        }
    }
}
