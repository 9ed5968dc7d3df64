package io.github.movierecommender.ui.profile;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.search.MovieMatch;
import io.github.movierecommender.ui.i18n.GenreNames;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.recommend.MovieRows;
import io.github.movierecommender.ui.recommend.RatedMovie;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Cells that rate movies of the profile in use: each shows the profile's rating of its movie,
 * again after every change tried, so a rating that could not be saved goes back to what it was.
 */
public final class RatingCells {

    private RatingCells() {
    }

    /** A movie found to rate: its title, year, genres and votes, with the stars. */
    public static ListCell<MovieMatch> movieCell(ProfileModel profiles, Messages messages) {
        return new MovieCell(profiles, messages);
    }

    /** A rating of the profile's own ratings table, to change or remove. */
    public static TableCell<RatedMovie, RatedMovie> ratingCell(ProfileModel profiles, Messages messages) {
        return new OwnRatingCell(profiles, messages);
    }

    private static final class MovieCell extends ListCell<MovieMatch> {
        private final ProfileModel profiles;
        private final Messages messages;
        private final Label title = new Label();
        private final Label about = new Label();
        private final StarRating stars;
        private final HBox row;

        MovieCell(ProfileModel profiles, Messages messages) {
            this.profiles = profiles;
            this.messages = messages;
            this.stars = new StarRating(messages, value -> {
                if (getItem() != null) {
                    profiles.rate(getItem().movie().id(), value);
                }
            });
            title.getStyleClass().add("movie-title");
            about.getStyleClass().add("caption");
            VBox text = new VBox(title, about);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            row = new HBox(12, text, stars);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("rate-row");
            profiles.revisionProperty().addListener((property, before, now) -> showRating());
        }

        @Override
        protected void updateItem(MovieMatch match, boolean empty) {
            super.updateItem(match, empty);
            setText(null);
            if (empty || match == null) {
                setGraphic(null);
                return;
            }
            Movie movie = match.movie();
            title.setText(movie.displayTitle());
            String year = movie.hasYear() ? movie.year() + " · " : "";
            about.setText(year + new GenreNames(messages).list(MovieRows.genres(movie)) + " · "
                    + messages.format("profile.votes", match.ratingCount()));
            stars.stars().setAccessibleHelp(movie.displayTitle());
            showRating();
            setGraphic(row);
        }

        private void showRating() {
            if (getItem() != null) {
                stars.show(profiles.ratingOf(getItem().movie().id()));
            }
        }
    }

    private static final class OwnRatingCell extends TableCell<RatedMovie, RatedMovie> {
        private final ProfileModel profiles;
        private final StarRating stars;

        OwnRatingCell(ProfileModel profiles, Messages messages) {
            this.profiles = profiles;
            this.stars = new StarRating(messages, value -> {
                if (getItem() != null) {
                    profiles.rate(getItem().movieId(), value);
                }
            });
            profiles.revisionProperty().addListener((property, before, now) -> showRating());
        }

        @Override
        protected void updateItem(RatedMovie rated, boolean empty) {
            super.updateItem(rated, empty);
            setText(null);
            if (empty || rated == null) {
                setGraphic(null);
                return;
            }
            stars.stars().setAccessibleHelp(rated.title());
            showRating();
            setGraphic(stars);
        }

        private void showRating() {
            if (getItem() != null) {
                stars.show(profiles.ratingOf(getItem().movieId()));
            }
        }
    }
}
