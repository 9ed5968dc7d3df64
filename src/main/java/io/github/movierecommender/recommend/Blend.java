package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Dataset;

/**
 * A linear blend of the neighbour and the matrix-factorisation predictions, r̂ = w0 + w1 · knn + w2 · mf,
 * with weights fitted by least squares on a seeded hold-out of the training ratings: both models
 * are tuned and trained on the rest, predict the held-out ratings (of at most 1,000 users), and
 * the weights that fit those best are kept; then both are retrained on every training rating with
 * the settings chosen.
 * The neighbour part uses k = 40 and, where no similar user rated the movie, the baseline.
 * Predicts only. Thread-safe.
 */
public final class Blend {

    static final int K = 40;
    static final double INNER_SHARE = 0.1;
    /** The weights are fitted on the held-out ratings of at most this many users, a seeded sample. */
    static final int MAX_FITTING_USERS = 1000;
    private static final long SALT = 0xB1E7D;
    private static final int WEIGHTS = 3;

    private final KnnBaseline knn;
    private final MatrixFactorisation mf;
    private final double[] weights;

    private Blend(KnnBaseline knn, MatrixFactorisation mf, double[] weights) {
        this.knn = knn;
        this.mf = mf;
        this.weights = weights;
    }

    public static Blend train(Dataset training, long seed, BuildMonitor progress) {
        InnerSplit inner = InnerSplit.of(training.ratings(), INNER_SHARE, seed ^ SALT);
        Dataset fit = training.withRatings(inner.fit());
        KnnBaseline innerKnn = KnnBaseline.trainTuned(fit, BaselineParams.DEFAULTS, seed, progress.part(0, 0.2));
        MatrixFactorisation innerMf = MatrixFactorisation.trainTuned(fit, seed, progress.part(0.2, 0.5));
        double[][] normal = new double[WEIGHTS][WEIGHTS + 1];
        int[] users = inner.sampleUsers(MAX_FITTING_USERS, seed);
        int from = 0;
        for (int t = 0; t < users.length; t++) {
            progress.step(0.5 + 0.2 * t / users.length);
            int u = users[t];
            from = inner.firstOf(u, from);
            KnnBaseline.Neighbours neighbours = innerKnn.neighbours(
                    Profile.ofUser(fit, fit.ratings().users().idAt(u)).orElseThrow());
            for (int i = from; i < inner.size() && inner.users()[i] == u; i++) {
                int m = inner.movies()[i];
                double[] x = {1, innerKnn.estimate(neighbours, m, K).stars(), innerMf.predict(u, m)};
                for (int r = 0; r < WEIGHTS; r++) {
                    for (int c = 0; c < WEIGHTS; c++) {
                        normal[r][c] += x[r] * x[c];
                    }
                    normal[r][WEIGHTS] += x[r] * inner.stars(i);
                }
            }
        }
        double[] weights = Gauss.solve(normal);
        Baseline baseline = Baseline.train(training.ratings(), BaselineParams.DEFAULTS, progress.part(0.7, 0.75));
        KnnBaseline knn = KnnBaseline.train(training, baseline, innerKnn.params(), progress.part(0.75, 0.8));
        MatrixFactorisation mf = MatrixFactorisation.train(training, innerMf.params(), progress.part(0.8, 1));
        return new Blend(knn, mf, weights);
    }

    /** The prediction from the profile's neighbours and factors. */
    public double predict(KnnBaseline.Neighbours neighbours, MatrixFactorisation.Taste taste, int movie) {
        return combine(knn.estimate(neighbours, movie, K).stars(), mf.predict(taste, movie));
    }

    public KnnBaseline.Neighbours neighbours(Profile profile) {
        return knn.neighbours(profile);
    }

    public MatrixFactorisation.Taste taste(Profile profile) {
        return mf.taste(profile);
    }

    /** The prediction for any profile, with both parts' reasons. */
    public RatingEstimate estimate(Profile profile, int movie) {
        KnnBaseline.Neighbours neighbours = knn.neighbours(profile);
        RatingEstimate near = knn.estimate(neighbours, movie, K);
        RatingEstimate factors = mf.estimate(mf.taste(profile), movie);
        return new RatingEstimate(combine(near.stars(), factors.stars()),
                new Explanation.Blended(share(1), near.explanation(), factors.explanation()));
    }

    private double combine(double near, double factors) {
        return Baseline.clip(weights[0] + weights[1] * near + weights[2] * factors);
    }

    /** The weight of the neighbour part (1) or the factor part (2), relative to their sum. */
    private double share(int part) {
        return weights[part] / (weights[1] + weights[2]);
    }

    double[] weights() {
        return weights.clone();
    }
}
