package io.github.movierecommender.ui.recommend.results;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.ui.i18n.GenreNames;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.profile.ProfileModel;
import io.github.movierecommender.ui.profile.RatingCells;
import io.github.movierecommender.ui.recommend.MovieSelection;
import io.github.movierecommender.ui.recommend.OwnRatings;
import io.github.movierecommender.ui.recommend.PickedFrom;
import io.github.movierecommender.ui.recommend.RatedMovie;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import io.github.movierecommender.ui.table.Cells;
import java.time.LocalDate;
import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The picked user's own ratings, newest first until the user sorts by another column. For the
 * person's own profile each rating can be changed or removed, and a note tells how many ratings
 * are for movies the dataset lacks.
 */
public final class UserRatingsController {

    private static final double RATING_WIDTH = 72;
    private static final double OWN_RATING_WIDTH = 190;

    private final RecommendationModel model;
    private final ProfileModel profiles;
    private final Messages messages;

    @FXML
    private Label unknownMovies;
    @FXML
    private TableView<RatedMovie> table;
    @FXML
    private TableColumn<RatedMovie, String> titleColumn;
    @FXML
    private TableColumn<RatedMovie, Integer> yearColumn;
    @FXML
    private TableColumn<RatedMovie, String> genresColumn;
    @FXML
    private TableColumn<RatedMovie, RatedMovie> ratingColumn;
    @FXML
    private TableColumn<RatedMovie, LocalDate> dateColumn;

    public UserRatingsController(RecommendationModel model, ProfileModel profiles, Messages messages) {
        this.model = model;
        this.profiles = profiles;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        Cells.show(titleColumn, RatedMovie::title);
        Cells.show(yearColumn, RatedMovie::year, year -> year == Movie.NO_YEAR ? "" : String.valueOf(year));
        Cells.show(genresColumn, RatedMovie::genres, new GenreNames(messages)::list);
        showRatings(model.ownPickedProperty().get());
        model.ownPickedProperty().addListener((property, before, own) -> showRatings(own));
        unknownMovies.textProperty().bind(Bindings.createStringBinding(this::unknown, model.ownProperty(),
                model.ownPickedProperty()));
        unknownMovies.visibleProperty().bind(unknownMovies.textProperty().isNotEmpty());
        unknownMovies.managedProperty().bind(unknownMovies.visibleProperty());
        Cells.show(dateColumn, RatedMovie::date, messages::date);
        SortedList<RatedMovie> sorted = new SortedList<>(model.userRatings());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        dateColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(dateColumn);
        table.getSelectionModel().selectedItemProperty().addListener((property, before, rated) -> {
            if (rated != null) {
                model.select(new MovieSelection(PickedFrom.USER_RATINGS, rated.movieIndex(), null));
            }
        });
    }

    /** Sorts by stars either way; the own profile's are stars to change, anyone else's are text. */
    private void showRatings(boolean own) {
        Cells.show(ratingColumn, rated -> rated, rated -> messages.format("results.ratingValue", rated.rating()));
        ratingColumn.setComparator(Comparator.comparingDouble(RatedMovie::rating));
        if (own) {
            ratingColumn.setCellFactory(column -> RatingCells.ratingCell(profiles, messages));
        }
        // The own profile's five stars and remove button need the room; anyone else's rating is a number.
        ratingColumn.setMinWidth(own ? OWN_RATING_WIDTH : RATING_WIDTH);
        ratingColumn.setPrefWidth(own ? OWN_RATING_WIDTH : RATING_WIDTH);
        ratingColumn.setMaxWidth(own ? OWN_RATING_WIDTH : RATING_WIDTH);
    }

    private String unknown() {
        OwnRatings own = model.ownProperty().get();
        return !model.ownPickedProperty().get() || own == null || own.unknownMovies() == 0 ? ""
                : messages.format("profile.unknownMovies", own.unknownMovies());
    }
}
