package io.github.movierecommender.search;

import io.github.movierecommender.data.Movie;

/** A movie found by title: its dense index in the dataset, the movie, and how many ratings it has. */
public record MovieMatch(int index, Movie movie, int ratingCount) {
}
