package io.github.movierecommender.ui.recommend.details;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.ui.i18n.GenreNames;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.i18n.ReasonText;
import io.github.movierecommender.ui.posters.PosterViews;
import io.github.movierecommender.ui.recommend.MovieSelection;
import io.github.movierecommender.ui.recommend.PickedFrom;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import io.github.movierecommender.ui.recommend.RecommendationRow;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;

/**
 * The picked movie: its facts, the user's rating, why it was suggested, its tags, links to the
 * movie sites, and more like it. Double-click or Enter on a movie in "more like this" shows it.
 */
public final class MovieDetailsController {

    private final RecommendationModel model;
    private final MovieDetailsModel details;
    private final LinkOpener links;
    private final Messages messages;
    private final ReasonText reasons;
    private final PosterViews posters;

    @FXML
    private Node noMovie;
    @FXML
    private Node detailsContent;
    @FXML
    private StackPane posterPlace;
    @FXML
    private Label posterNotice;
    @FXML
    private Label detailsTitle;
    @FXML
    private Label detailsFacts;
    @FXML
    private Label detailsRatings;
    @FXML
    private Label detailsUserRating;
    @FXML
    private Label detailsExplanation;
    @FXML
    private Label detailsTags;
    @FXML
    private Label detailsFailure;
    @FXML
    private Hyperlink movieLensLink;
    @FXML
    private Hyperlink imdbLink;
    @FXML
    private Hyperlink tmdbLink;
    @FXML
    private Label moreLikeThisLabel;
    @FXML
    private ListView<RecommendationRow> moreLikeThis;
    @FXML
    private Label moreLikeThisReason;

    /**
     * {@code model} is told of a movie picked in "more like this"; {@code details} is what is shown;
     * {@code posters} shows the movie's poster.
     */
    public MovieDetailsController(RecommendationModel model, MovieDetailsModel details, LinkOpener links,
                                  Messages messages, PosterViews posters) {
        this.model = model;
        this.details = details;
        this.links = links;
        this.messages = messages;
        this.reasons = new ReasonText(messages);
        this.posters = posters;
    }

    @FXML
    private void initialize() {
        noMovie.visibleProperty().bind(details.detailsProperty().isNull());
        detailsContent.visibleProperty().bind(details.detailsProperty().isNotNull());
        detailsFailure.textProperty().bind(details.failureProperty());
        detailsFailure.visibleProperty().bind(details.failureProperty().isNotNull());
        detailsFailure.managedProperty().bind(detailsFailure.visibleProperty());
        detailsExplanation.managedProperty().bind(detailsExplanation.visibleProperty());
        moreLikeThisReason.managedProperty().bind(moreLikeThisReason.visibleProperty());
        moreLikeThisLabel.setLabelFor(moreLikeThis);
        moreLikeThis.setCellFactory(any -> new MoreLikeThisCell());
        moreLikeThis.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                showPickedSimilarMovie();
            }
        });
        moreLikeThis.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                showPickedSimilarMovie();
            }
        });
        details.detailsProperty().addListener((property, before, now) -> show(now));
        posters.showPoster(posterPlace, posterNotice, Bindings.createObjectBinding(
                () -> details.detailsProperty().get() == null ? null : details.detailsProperty().get().movie(),
                details.detailsProperty()));
    }

    private void show(MovieDetails shown) {
        if (shown == null) {
            moreLikeThis.getItems().clear();
            return;
        }
        Movie movie = shown.movie();
        detailsTitle.setText(movie.displayTitle());
        String genres = new GenreNames(messages).list(shown.genres());
        detailsFacts.setText(movie.hasYear()
                ? messages.format("details.facts", String.valueOf(movie.year()), genres) : genres);
        detailsRatings.setText(messages.format("details.ratings", shown.meanRating(), shown.votes()));
        detailsUserRating.setText(shown.isRatedByUser() ? messages.format("details.userRating", shown.userRating())
                : messages.text("details.notRated"));
        detailsExplanation.setVisible(shown.explanation() != null);
        detailsExplanation.setText(shown.explanation() == null ? ""
                : messages.format("details.why", reasons.of(shown.explanation())));
        detailsTags.setText(shown.tags().isEmpty() ? messages.text("details.noTags")
                : messages.format("details.tags", String.join(", ", shown.tags())));
        link(movieLensLink, movie.movieLensUrl());
        link(imdbLink, movie.imdbUrl());
        link(tmdbLink, movie.tmdbUrl());
        List<RecommendationRow> similar = shown.moreLikeThis().rows();
        moreLikeThis.getItems().setAll(similar);
        moreLikeThis.setAccessibleText(messages.text(shown.coRated() ? "details.moreLikeThisCoRated"
                : "details.moreLikeThisList"));
        moreLikeThisReason.setVisible(similar.isEmpty());
        moreLikeThisReason.setText(shown.moreLikeThis().isShort()
                ? messages.format("details.noMoreLikeThis", reasons.of(shown.moreLikeThis().shortfall()))
                : "");
    }

    private void link(Hyperlink link, Optional<String> url) {
        link.setDisable(url.isEmpty());
        link.setVisited(false);
        link.setOnAction(event -> url.ifPresent(links::open));
        link.setTooltip(url.map(Tooltip::new).orElse(null));
    }

    private void showPickedSimilarMovie() {
        RecommendationRow picked = moreLikeThis.getSelectionModel().getSelectedItem();
        if (picked != null) {
            model.select(new MovieSelection(PickedFrom.MORE_LIKE_THIS, picked.movieIndex(), picked.explanation()));
        }
    }

    /** As wide as the list and no wider, so a long title ends in an ellipsis instead of a scroll bar. */
    private final class MoreLikeThisCell extends ListCell<RecommendationRow> {
        MoreLikeThisCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(RecommendationRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
            } else {
                setText(row.year() == Movie.NO_YEAR ? row.title()
                        : messages.format("details.titleAndYear", row.title(), String.valueOf(row.year())));
                setTooltip(new Tooltip(reasons.of(row.explanation())));
            }
        }
    }
}
