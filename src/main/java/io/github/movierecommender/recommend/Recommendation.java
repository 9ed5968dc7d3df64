package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Movie;

/**
 * One suggested movie: its score (stars for rating-based methods, a match or count otherwise),
 * how many ratings back it, and why.
 */
public record Recommendation(int movieIndex, Movie movie, double score, int support, Explanation explanation) {
}
