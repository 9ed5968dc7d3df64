package io.github.movierecommender.ui.act;

import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.profile.StarRating;
import io.github.movierecommender.ui.recommend.details.MovieDetails;
import io.github.movierecommender.ui.recommend.details.MovieDetailsModel;
import java.util.OptionalInt;
import javafx.beans.Observable;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/**
 * In the details of the picked movie: the own profile's stars for it, "Not interested" (or "Show
 * again" for a hidden one) and the watchlist button, all acting through {@link MovieActions}.
 */
public final class MovieActionsBarController {

    private final MovieActions actions;
    private final MovieDetailsModel details;
    private final Messages messages;
    private StarRating stars;

    @FXML
    private Label ownRatingLabel;
    @FXML
    private Pane starsPlace;
    @FXML
    private Button notInterestedButton;
    @FXML
    private Button watchlistButton;

    public MovieActionsBarController(MovieActions actions, MovieDetailsModel details, Messages messages) {
        this.actions = actions;
        this.details = details;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        stars = new StarRating(messages, value -> shownIndex().ifPresent(m -> actions.rate(m, value)));
        stars.setId("detailsStars");
        starsPlace.getChildren().add(stars);
        ownRatingLabel.setLabelFor(stars.stars());
        notInterestedButton.setOnAction(event -> shownIndex().ifPresent(m -> {
            int movieId = actions.movieId(m);
            if (actions.isHidden(movieId)) {
                actions.unhide(movieId);
            } else {
                actions.hide(m);
            }
        }));
        watchlistButton.setOnAction(event -> shownIndex().ifPresent(actions::toggleWatchlist));
        for (Observable change : new Observable[] {details.detailsProperty(), actions.profiles().revisionProperty(),
                actions.profiles().currentNameProperty(), actions.profiles().hiddenProperty(),
                actions.profiles().watchlistProperty()}) {
            change.addListener(any -> refresh());
        }
        refresh();
    }

    private OptionalInt shownIndex() {
        MovieDetails shown = details.detailsProperty().get();
        return shown == null ? OptionalInt.empty() : OptionalInt.of(shown.movieIndex());
    }

    private void refresh() {
        ownRatingLabel.setText(messages.format("act.ownRating", actions.profileName()));
        MovieDetails shown = details.detailsProperty().get();
        if (shown == null) {
            return;
        }
        int movieId = shown.movie().id();
        stars.show(actions.ownRating(shown.movieIndex()));
        notInterestedButton.setText(messages.text(actions.isHidden(movieId) ? "act.showAgain" : "act.notInterested"));
        watchlistButton.setText(messages.text(actions.isOnWatchlist(movieId) ? "act.watchRemove" : "act.watchAdd"));
    }
}
