package io.github.movierecommender.ui.recommend.details;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.recommend.Explanation;
import io.github.movierecommender.ui.recommend.RankedList;
import java.util.List;

/**
 * Everything the details pane shows about one movie. {@code userRating} is the selected user's
 * rating in stars, 0 when they have not rated it; {@code explanation} is null when the movie was
 * not suggested; {@code moreLikeThis} are movies the user has not rated that the same people rated
 * alike ({@code coRated}) or, before the item-based method is trained, that share its genres.
 */
public record MovieDetails(int movieIndex, Movie movie, String genres, double meanRating, int votes,
                           double userRating, Explanation explanation, List<String> tags, RankedList moreLikeThis,
                           boolean coRated) {

    public MovieDetails {
        tags = List.copyOf(tags);
    }

    public boolean isRatedByUser() {
        return userRating > 0;
    }
}
