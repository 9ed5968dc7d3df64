package io.github.movierecommender.recommend;

/**
 * A measure worked out over the co-rated movies, as the sums it is made of, in stars. A renderer
 * is a {@link Visitor}, so a new measure cannot be left unwritten.
 */
public sealed interface MeasureWorking {

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R euclidean(Euclidean working);

        R meanSquared(MeanSquared working);

        R cosine(Cosine working);

        R pearson(Pearson working);

        R baselinePearson(BaselinePearson working);
    }

    /** Σd², the squared differences summed, and the distance √(Σd²); similarity 1 / (1 + distance). */
    record Euclidean(double squaredDifferences, double distance) implements MeasureWorking {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.euclidean(this);
        }
    }

    /** Σd² over the {@code common} movies and their mean, the distance; similarity 1 / (1 + distance). */
    record MeanSquared(double squaredDifferences, int common, double distance) implements MeasureWorking {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.meanSquared(this);
        }
    }

    /** Σpv / √(Σp² · Σv²) = {@code cosine}. */
    record Cosine(double products, double yourSquares, double theirSquares, double cosine) implements MeasureWorking {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.cosine(this);
        }
    }

    /**
     * The ratings centred on each user's mean over all their ratings ({@code yourMean},
     * {@code theirMean}): Σ(p − p̄)(v − v̄) / √(Σ(p − p̄)² · Σ(v − v̄)²) = {@code correlation}.
     */
    record Pearson(double yourMean, double theirMean, double covariance, double yourSpread, double theirSpread,
                   double correlation) implements MeasureWorking {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.pearson(this);
        }
    }

    /**
     * The ratings less their baselines b_ui (μ + b_u + b_i): Σ(deviation products) /
     * √(Σ your deviations² · Σ their deviations²) = {@code correlation}.
     */
    record BaselinePearson(double products, double yourSquares, double theirSquares, double correlation)
            implements MeasureWorking {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.baselinePearson(this);
        }
    }
}
