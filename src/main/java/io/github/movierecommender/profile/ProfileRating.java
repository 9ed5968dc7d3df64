package io.github.movierecommender.profile;

import io.github.movierecommender.recommend.MovieRating;

/**
 * A rating kept in a profile: a MovieLens movie id, stars from 0.5 to 5 in halves, and when it
 * was given, in seconds since the epoch.
 */
public record ProfileRating(int movieId, double rating, long timestamp) {

    public ProfileRating {
        new MovieRating(movieId, rating);
        if (timestamp < 0) {
            throw new IllegalArgumentException("timestamp " + timestamp + " of movie " + movieId + " is negative");
        }
    }

    public MovieRating toMovieRating() {
        return new MovieRating(movieId, rating);
    }
}
