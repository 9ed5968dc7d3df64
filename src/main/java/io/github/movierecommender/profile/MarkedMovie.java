package io.github.movierecommender.profile;

/**
 * A movie a person put on one of a profile's lists ({@link MovieListKind}): a MovieLens movie id,
 * and when, in seconds since the epoch.
 */
public record MarkedMovie(int movieId, long timestamp) {

    public MarkedMovie {
        if (movieId < 0) {
            throw new IllegalArgumentException("movie id " + movieId + " is negative");
        }
        if (timestamp < 0) {
            throw new IllegalArgumentException("timestamp " + timestamp + " of movie " + movieId + " is negative");
        }
    }
}
