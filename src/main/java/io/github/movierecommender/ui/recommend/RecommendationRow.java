package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.recommend.Explanation;

/**
 * One row of a list as the tables show it. {@code year} is {@link Movie#NO_YEAR} when the title
 * has none; {@code votes} and {@code meanRating} are over the whole dataset.
 */
public record RecommendationRow(int rank, int movieIndex, String title, int year, String genres, double score,
                                ScoreKind scoreKind, int votes, double meanRating, Explanation explanation) {
}
