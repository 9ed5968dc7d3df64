package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.recommend.Explanation;
import java.util.OptionalDouble;

/**
 * One row of a list as the tables show it. {@code year} is {@link Movie#NO_YEAR} when the title
 * has none; {@code votes} and {@code meanRating} are over the whole dataset; {@code predicted} is
 * the rating the list's method predicts the user would give, where the list shows one.
 */
public record RecommendationRow(int rank, int movieIndex, String title, int year, String genres, double score,
                                ScoreKind scoreKind, int votes, double meanRating, Explanation explanation,
                                OptionalDouble predicted) {

    public RecommendationRow(int rank, int movieIndex, String title, int year, String genres, double score,
                             ScoreKind scoreKind, int votes, double meanRating, Explanation explanation) {
        this(rank, movieIndex, title, year, genres, score, scoreKind, votes, meanRating, explanation,
                OptionalDouble.empty());
    }
}
