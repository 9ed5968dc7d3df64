package io.github.movierecommender.recommend;

/**
 * How alike two users are, computed over the movies both rated from sums in half stars: the
 * count {@code n}, Σp, Σv, Σp², Σv², Σpv (p the profile's ratings, v the other user's).
 */
public enum Measure {
    /** sqrt(Σ(p − v)²) in stars; similarity 1 / (1 + distance). Neighbours: smallest distance. */
    EUCLIDEAN,
    /** Mean squared difference in stars²; similarity 1 / (1 + msd). */
    MSD,
    /** Σpv / sqrt(Σp² Σv²); distance 1 − similarity. */
    COSINE,
    /** Correlation of the ratings centred on each user's mean over all their ratings; distance 1 − similarity. */
    PEARSON;

    /** Σ(p − v)² in half stars², exact. */
    static long squaredDifference(long pp, long vv, long pv) {
        return pp - 2 * pv + vv;
    }

    double distance(int n, long p, long v, long pp, long vv, long pv, double meanP, double meanV) {
        long squared = squaredDifference(pp, vv, pv);
        return switch (this) {
            case EUCLIDEAN -> Math.sqrt(squared) / 2;
            case MSD -> squared / 4.0 / n;
            case COSINE, PEARSON -> 1 - similarity(n, p, v, pp, vv, pv, meanP, meanV);
        };
    }

    /** {@code meanP} and {@code meanV} are the users' overall means in half stars. */
    double similarity(int n, long p, long v, long pp, long vv, long pv, double meanP, double meanV) {
        return switch (this) {
            case EUCLIDEAN, MSD -> 1 / (1 + distance(n, p, v, pp, vv, pv, meanP, meanV));
            case COSINE -> pp == 0 || vv == 0 ? 0 : pv / Math.sqrt((double) pp * vv);
            case PEARSON -> {
                double covariance = pv - meanV * p - meanP * v + n * meanP * meanV;
                double spreadP = pp - 2 * meanP * p + n * meanP * meanP;
                double spreadV = vv - 2 * meanV * v + n * meanV * meanV;
                yield spreadP <= 1e-9 || spreadV <= 1e-9 ? 0 : covariance / Math.sqrt(spreadP * spreadV);
            }
        };
    }

    /** The sums {@link #similarity} is made of, in stars; {@code unweighted} is its value. */
    MeasureWorking working(int n, long p, long v, long pp, long vv, long pv, double meanP, double meanV,
                           double unweighted) {
        double squared = squaredDifference(pp, vv, pv) / 4.0;
        return switch (this) {
            case EUCLIDEAN -> new MeasureWorking.Euclidean(squared, distance(n, p, v, pp, vv, pv, meanP, meanV));
            case MSD -> new MeasureWorking.MeanSquared(squared, n, distance(n, p, v, pp, vv, pv, meanP, meanV));
            case COSINE -> new MeasureWorking.Cosine(pv / 4.0, pp / 4.0, vv / 4.0, unweighted);
            case PEARSON -> new MeasureWorking.Pearson(meanP / 2, meanV / 2,
                    (pv - meanV * p - meanP * v + n * meanP * meanV) / 4,
                    (pp - 2 * meanP * p + n * meanP * meanP) / 4,
                    (vv - 2 * meanV * v + n * meanV * meanV) / 4, unweighted);
        };
    }
}
