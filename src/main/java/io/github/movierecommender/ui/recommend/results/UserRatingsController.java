package io.github.movierecommender.ui.recommend.results;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.recommend.RatedMovie;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import io.github.movierecommender.ui.recommend.details.MovieSelection;
import io.github.movierecommender.ui.recommend.details.PickedFrom;
import java.time.LocalDate;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The picked user's own ratings, newest first until the user sorts by another column. */
public final class UserRatingsController {

    private final RecommendationModel model;
    private final Messages messages;

    @FXML
    private TableView<RatedMovie> table;
    @FXML
    private TableColumn<RatedMovie, String> titleColumn;
    @FXML
    private TableColumn<RatedMovie, Integer> yearColumn;
    @FXML
    private TableColumn<RatedMovie, String> genresColumn;
    @FXML
    private TableColumn<RatedMovie, Double> ratingColumn;
    @FXML
    private TableColumn<RatedMovie, LocalDate> dateColumn;

    public UserRatingsController(RecommendationModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        Cells.show(titleColumn, RatedMovie::title);
        Cells.show(yearColumn, RatedMovie::year, year -> year == Movie.NO_YEAR ? "" : String.valueOf(year));
        Cells.show(genresColumn, RatedMovie::genres);
        Cells.show(ratingColumn, RatedMovie::rating, rating -> messages.format("results.ratingValue", rating));
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
}
