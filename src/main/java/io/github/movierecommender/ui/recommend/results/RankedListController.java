package io.github.movierecommender.ui.recommend.results;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.i18n.ReasonText;
import io.github.movierecommender.ui.recommend.MovieSelection;
import io.github.movierecommender.ui.recommend.PickedFrom;
import io.github.movierecommender.ui.recommend.RankedList;
import io.github.movierecommender.ui.recommend.RecommendationRow;
import io.github.movierecommender.ui.recommend.ScoreKind;
import io.github.movierecommender.ui.table.Cells;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * One ranked list as a table, its explanation as each row's tooltip. An empty list shows why in
 * the table's place; a short one says why under it.
 */
public final class RankedListController {

    private final Messages messages;
    private final ReasonText reasons;

    @FXML
    private TableView<RecommendationRow> table;
    @FXML
    private Label emptyReason;
    @FXML
    private Label shortNote;
    @FXML
    private TableColumn<RecommendationRow, Integer> rankColumn;
    @FXML
    private TableColumn<RecommendationRow, String> titleColumn;
    @FXML
    private TableColumn<RecommendationRow, Integer> yearColumn;
    @FXML
    private TableColumn<RecommendationRow, String> genresColumn;
    @FXML
    private TableColumn<RecommendationRow, RecommendationRow> scoreColumn;
    @FXML
    private TableColumn<RecommendationRow, Integer> votesColumn;
    @FXML
    private TableColumn<RecommendationRow, Double> meanColumn;

    public RankedListController(Messages messages) {
        this.messages = messages;
        this.reasons = new ReasonText(messages);
    }

    @FXML
    private void initialize() {
        Cells.show(rankColumn, RecommendationRow::rank, String::valueOf);
        Cells.show(titleColumn, RecommendationRow::title);
        Cells.show(yearColumn, RecommendationRow::year, year -> year == Movie.NO_YEAR ? "" : String.valueOf(year));
        Cells.show(genresColumn, RecommendationRow::genres);
        Cells.show(scoreColumn, row -> row, this::score);
        Cells.show(votesColumn, RecommendationRow::votes, votes -> messages.number(votes));
        Cells.show(meanColumn, RecommendationRow::meanRating, mean -> messages.format("results.ratingValue", mean));
        table.setRowFactory(any -> new ExplainedRow());
        shortNote.managedProperty().bind(shortNote.visibleProperty());
    }

    /**
     * Shows {@code list} as it changes; picking a row tells {@code picked}, as picked from {@code from}.
     * {@code description} names the table for screen readers, as the table has no label of its own.
     */
    public void show(ObservableValue<RankedList> list, PickedFrom from, Consumer<MovieSelection> picked,
                     String description) {
        table.setAccessibleText(description);
        list.addListener((property, before, now) -> show(now));
        show(list.getValue());
        table.getSelectionModel().selectedItemProperty().addListener((property, before, row) -> {
            if (row != null) {
                picked.accept(new MovieSelection(from, row.movieIndex(), row.explanation()));
            }
        });
    }

    private void show(RankedList list) {
        table.getItems().setAll(list == null ? List.of() : list.rows());
        emptyReason.setText(list == null ? messages.text("results.pickUser")
                : list.isShort() ? messages.format("results.empty", reasons.of(list.shortfall()))
                : messages.text("results.nothing"));
        shortNote.setVisible(list != null && list.isShort() && !list.rows().isEmpty());
        shortNote.setText(list != null && list.isShort()
                ? messages.format("results.short", reasons.of(list.shortfall())) : "");
    }

    private String score(RecommendationRow row) {
        return row.scoreKind() == ScoreKind.VOTES ? messages.number(Math.round(row.score()))
                : messages.format("results.scoreValue", row.score());
    }

    private final class ExplainedRow extends TableRow<RecommendationRow> {
        @Override
        protected void updateItem(RecommendationRow row, boolean empty) {
            super.updateItem(row, empty);
            setTooltip(empty || row == null ? null : new Tooltip(reasons.of(row.explanation())));
        }
    }
}
