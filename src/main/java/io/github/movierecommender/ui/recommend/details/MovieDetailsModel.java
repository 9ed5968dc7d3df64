package io.github.movierecommender.ui.recommend.details;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.recommend.GenreParams;
import io.github.movierecommender.recommend.CoRatedMovies;
import io.github.movierecommender.recommend.MovieStats;
import io.github.movierecommender.recommend.MovieFilter;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.RecommendationList;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.recommend.MovieRows;
import io.github.movierecommender.ui.recommend.MovieSelection;
import io.github.movierecommender.ui.recommend.PickedMovieDetails;
import io.github.movierecommender.ui.recommend.RecommendationSession;
import io.github.movierecommender.ui.recommend.ScoreKind;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobOutcome;
import io.github.movierecommender.ui.task.LatestJobs;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The details of the movie last picked in any list, worked out on the background thread with
 * its "more like this" list: the movies the people who liked it also liked, with shared genres
 * breaking ties (by genres alone for a movie with few fans); null while nothing is picked.
 */
public final class MovieDetailsModel implements PickedMovieDetails {

    private final LatestJobs<MovieDetails> jobs;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<MovieDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");

    public MovieDetailsModel(BackgroundTasks tasks, Messages messages) {
        this.jobs = tasks.latestOnly();
        this.messages = messages;
    }

    @Override
    public void show(RecommendationSession session, int userId, Profile own, MovieSelection selection,
                     GenreParams moreLikeThis, MovieFilter hidden) {
        jobs.submit(context -> detailsOf(session, (own != null ? own : session.profile(userId)).withListFilter(hidden),
                selection, moreLikeThis), new JobOutcome<>() {
            @Override
            public void succeeded(MovieDetails result) {
                failure.set(null);
                details.set(result);
            }

            @Override
            public void failed(Throwable error) {
                failure.set(messages.format("details.failed", error));
            }

            @Override
            public void cancelled() {
            }
        });
    }

    @Override
    public void clear() {
        jobs.discard();
        details.set(null);
        failure.set(null);
    }

    private static MovieDetails detailsOf(RecommendationSession session, Profile profile, MovieSelection selection,
                                          GenreParams moreLikeThis) {
        MovieStats stats = session.recommenders().stats();
        int m = selection.movieIndex();
        Movie movie = stats.movie(m);
        RecommendationList similar = session.similarMovies().moreLikeThis(m, profile, moreLikeThis);
        return new MovieDetails(m, movie, MovieRows.genres(movie), stats.mean(m), stats.votes(m),
                RecommendationSession.ratingOf(profile, m), selection.explanation(), session.tagsOf(m),
                MovieRows.of(similar, stats, ScoreKind.ALIKE), similar.method().equals(CoRatedMovies.METHOD));
    }

    public ReadOnlyObjectProperty<MovieDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** What went wrong working out the last details, for the user; null when nothing did. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
