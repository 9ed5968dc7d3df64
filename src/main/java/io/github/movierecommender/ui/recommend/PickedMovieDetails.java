package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.GenreParams;
import io.github.movierecommender.recommend.MovieFilter;
import io.github.movierecommender.recommend.Profile;

/**
 * Where the details of the movie picked in a list are shown; the details pane's model, handed to
 * {@link RecommendationModel} by the composition root so that this package does not know the pane.
 */
public interface PickedMovieDetails {

    /**
     * Shows {@code selection} for the person's own profile {@code own}, or, when that is null, for
     * the dataset's user {@code userId}; {@code moreLikeThis} sets the minimum votes and length of
     * the "more like this" list, which leaves out the {@code hidden} movies as every list does.
     */
    void show(RecommendationSession session, int userId, Profile own, MovieSelection selection,
              GenreParams moreLikeThis, MovieFilter hidden);

    /** Shows no movie. */
    void clear();
}
