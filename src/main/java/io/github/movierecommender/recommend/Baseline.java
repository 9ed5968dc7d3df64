package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;

/**
 * The baseline estimate b_ui = μ + b_u + b_i: the global mean, how far a user rates above it and
 * how far a movie is rated above it, fitted by alternating regularised least squares as Surprise's
 * BaselineOnly does (movie biases, then user biases, each pass). A user's bias is solved from the
 * profile's own ratings, so an ad-hoc profile gets one as a dataset user does. Immutable.
 */
public final class Baseline {

    static final double MIN_STARS = 0.5;
    static final double MAX_STARS = 5;

    private final BaselineParams params;
    private final double mean;
    private final double[] movieBias;
    private final double[] userBias;

    private Baseline(BaselineParams params, double mean, double[] movieBias, double[] userBias) {
        this.params = params;
        this.mean = mean;
        this.movieBias = movieBias;
        this.userBias = userBias;
    }

    public static Baseline train(Ratings ratings, BaselineParams params, BuildMonitor training) {
        double sum = 0;
        for (int i = 0; i < ratings.size(); i++) {
            sum += ratings.userHalfStarsAt(i);
        }
        double mean = ratings.size() == 0 ? 0 : sum / 2 / ratings.size();
        double[] movieBias = new double[ratings.movieCount()];
        double[] userBias = new double[ratings.userCount()];
        for (int epoch = 0; epoch < params.epochs(); epoch++) {
            training.step((double) epoch / params.epochs());
            for (int m = 0; m < ratings.movieCount(); m++) {
                double deviation = 0;
                for (int j = ratings.movieStart(m); j < ratings.movieEnd(m); j++) {
                    deviation += ratings.movieRatingAt(j) - mean - userBias[ratings.movieUserAt(j)];
                }
                movieBias[m] = deviation / (params.movieRegularisation() + ratings.movieRatingCount(m));
            }
            for (int u = 0; u < ratings.userCount(); u++) {
                double deviation = 0;
                for (int i = ratings.userStart(u); i < ratings.userEnd(u); i++) {
                    deviation += ratings.userRatingAt(i) - mean - movieBias[ratings.userMovieAt(i)];
                }
                userBias[u] = deviation / (params.userRegularisation() + ratings.userRatingCount(u));
            }
        }
        training.step(1);
        return new Baseline(params, mean, movieBias, userBias);
    }

    public double mean() {
        return mean;
    }

    public double movieBias(int movie) {
        return movieBias[movie];
    }

    /** The trained bias of dataset user {@code u}; equal to {@link #userBias(Profile)} of its training profile. */
    public double userBias(int u) {
        return userBias[u];
    }

    /** The user bias that the profile's ratings give against the trained movie biases; 0 for no ratings. */
    public double userBias(Profile profile) {
        double deviation = 0;
        for (int i = 0; i < profile.size(); i++) {
            deviation += profile.halfStarsAt(i) / 2.0 - mean - movieBias[profile.movieAt(i)];
        }
        return deviation / (params.userRegularisation() + profile.size());
    }

    /** μ + b_u + b_i without clipping. */
    public double estimate(double userBias, int movie) {
        return mean + userBias + movieBias[movie];
    }

    /** The baseline predicts every movie, one nobody rated at μ + b_u; kept within 0.5 to 5 stars. */
    public double predict(double userBias, int movie) {
        return clip(estimate(userBias, movie));
    }

    public RatingEstimate predict(Profile profile, int movie) {
        double bias = userBias(profile);
        return new RatingEstimate(predict(bias, movie), explain(bias, movie));
    }

    /** A movie nobody rated has a bias of exactly 0. */
    Explanation explain(double userBias, int movie) {
        return new Explanation.BaselineEstimate(mean, userBias, movieBias[movie], movieBias[movie] != 0);
    }

    static double clip(double stars) {
        return Math.max(MIN_STARS, Math.min(MAX_STARS, stars));
    }
}
