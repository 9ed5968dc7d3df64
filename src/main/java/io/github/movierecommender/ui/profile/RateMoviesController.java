package io.github.movierecommender.ui.profile;

import io.github.movierecommender.search.MovieMatch;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.recommend.OwnRatings;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/**
 * Rating movies for the profile in use: a search box whose results follow each keystroke, and
 * while nothing is typed, well-known movies to start with. Above them, how many ratings the
 * profile has and how many are for movies the dataset lacks.
 */
public final class RateMoviesController {

    private final ProfileModel profiles;
    private final MovieFinder finder;
    private final Messages messages;

    @FXML
    private Label profileSummary;
    @FXML
    private Label unknownMovies;
    @FXML
    private Label searchLabel;
    @FXML
    private TextField movieSearch;
    @FXML
    private Label listHeading;
    @FXML
    private ListView<MovieMatch> moviesToRate;
    @FXML
    private Label noMatch;

    public RateMoviesController(ProfileModel profiles, MovieFinder finder, Messages messages) {
        this.profiles = profiles;
        this.finder = finder;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        searchLabel.setLabelFor(movieSearch);
        movieSearch.textProperty().bindBidirectional(finder.queryProperty());
        moviesToRate.setItems(finder.movies());
        moviesToRate.setCellFactory(list -> RatingCells.movieCell(profiles, messages));
        noMatch.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("profile.noMatch", finder.queryProperty().get()), finder.queryProperty()));
        profileSummary.textProperty().bind(Bindings.createStringBinding(this::summary, profiles.ownProperty()));
        unknownMovies.textProperty().bind(Bindings.createStringBinding(this::unknown, profiles.ownProperty()));
        unknownMovies.visibleProperty().bind(unknownMovies.textProperty().isNotEmpty());
        unknownMovies.managedProperty().bind(unknownMovies.visibleProperty());
        listHeading.textProperty().bind(Bindings.createStringBinding(this::heading, finder.queryProperty(),
                profiles.ownProperty()));
    }

    private String summary() {
        OwnRatings own = profiles.ownProperty().get();
        return own == null ? "" : messages.format("profile.summary", own.name(), own.profile().size());
    }

    private String unknown() {
        OwnRatings own = profiles.ownProperty().get();
        return own == null || own.unknownMovies() == 0 ? "" : messages.format("profile.unknownMovies",
                own.unknownMovies());
    }

    private String heading() {
        String query = finder.queryProperty().get();
        if (query != null && !query.isBlank()) {
            return messages.text("profile.searchResults");
        }
        OwnRatings own = profiles.ownProperty().get();
        return messages.text(own == null || own.profile().size() == 0 && own.unknownMovies() == 0
                ? "profile.startHeading" : "profile.startersHeading");
    }
}
