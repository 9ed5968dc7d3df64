package io.github.movierecommender.recommend;

/**
 * Regularisation of the movie and user biases (as a number of ratings at the global mean added to
 * each) and the number of alternating passes; the defaults are Surprise's BaselineOnly (ALS).
 */
public record BaselineParams(double movieRegularisation, double userRegularisation, int epochs) {

    public static final BaselineParams DEFAULTS = new BaselineParams(10, 15, 10);

    public BaselineParams {
        if (movieRegularisation < 0 || userRegularisation < 0 || epochs < 1) {
            throw new IllegalArgumentException("regularisation must be at least 0 and epochs at least 1");
        }
    }
}
