package io.github.movierecommender.ui.compare;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.eval.UserHoldout.MethodHits;
import io.github.movierecommender.ui.i18n.GenreNames;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.recommend.MovieSelection;
import io.github.movierecommender.ui.recommend.PickedFrom;
import io.github.movierecommender.ui.recommend.RecommendationRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The lists side by side: a column per list, in tab order, each movie that several lists hold
 * in bold with a badge saying how many; above them, the button that checks each list against the
 * user's held-out ratings, and under each column's name its hits. Picking a movie shows its details.
 */
public final class CompareController {

    private static final PseudoClass AGREED = PseudoClass.getPseudoClass("agreed");
    private static final int PERCENT = 100;

    private final CompareModel model;
    private final Messages messages;
    private final GenreNames genreNames;
    private final Map<String, Label> hitLabels = new HashMap<>();

    @FXML
    private HBox columns;
    @FXML
    private Label noColumns;
    @FXML
    private Button checkHits;
    @FXML
    private ProgressBar checkProgress;
    @FXML
    private Button cancelCheck;
    @FXML
    private Label checkText;

    public CompareController(CompareModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.genreNames = new GenreNames(messages);
    }

    @FXML
    private void initialize() {
        noColumns.managedProperty().bind(noColumns.visibleProperty());
        checkProgress.managedProperty().bind(checkProgress.visibleProperty());
        cancelCheck.managedProperty().bind(cancelCheck.visibleProperty());
        checkHits.setOnAction(event -> model.checkHits());
        cancelCheck.setOnAction(event -> model.cancelCheck());
        model.sideBySideProperty().addListener((property, before, now) -> show(now));
        model.checkProperty().addListener((property, before, now) -> showCheck(now));
        show(model.sideBySideProperty().getValue());
        showCheck(model.checkProperty().get());
    }

    private void show(SideBySide shown) {
        List<SideBySide.Column> lists = shown == null ? List.of() : shown.columns();
        noColumns.setVisible(lists.isEmpty());
        hitLabels.clear();
        columns.getChildren().setAll(lists.stream().map(column -> column(shown, column)).toList());
        enableCheck();
    }

    private void enableCheck() {
        checkHits.setDisable(columns.getChildren().isEmpty() || model.checkProperty().get() instanceof HitCheck.Running);
    }

    private VBox column(SideBySide shown, SideBySide.Column column) {
        Label title = new Label(messages.text(column.list().titleKey()));
        title.getStyleClass().add("column-title");
        title.setWrapText(true);
        Label method = new Label(column.method());
        method.getStyleClass().add("caption");
        Label hits = new Label();
        hits.getStyleClass().add("hits");
        hits.setId("hits-" + column.list().id());
        hits.setWrapText(true);
        hits.managedProperty().bind(hits.visibleProperty());
        hitLabels.put(column.list().id(), hits);
        showHits(column.list().id(), hits);
        ListView<RecommendationRow> rows = new ListView<>();
        rows.getStyleClass().add("dense");
        rows.setAccessibleText(messages.text(column.list().descriptionKey()));
        rows.setCellFactory(any -> new MovieCell(shown));
        rows.getItems().setAll(column.rows().rows());
        rows.setPlaceholder(new Label(messages.text("results.nothing")));
        rows.getSelectionModel().selectedItemProperty().addListener((property, before, row) -> {
            if (row != null) {
                model.select(new MovieSelection(PickedFrom.list(column.list()), row.movieIndex(), row.explanation()));
            }
        });
        VBox.setVgrow(rows, Priority.ALWAYS);
        VBox box = new VBox(title, method, hits, rows);
        box.getStyleClass().add("compare-column");
        box.setId("compare-" + column.list().id());
        return box;
    }

    /** A column's hits, once counted; a list that joined after the check says it was not checked. */
    private void showHits(String listId, Label label) {
        String text = "";
        if (model.checkProperty().get() instanceof HitCheck.Done done) {
            MethodHits hits = done.hits().get(listId);
            text = hits == null ? messages.text("compare.notChecked")
                    : messages.format("compare.hits", done.n(), hits.hits(), hits.relevant());
        }
        label.setText(text);
        label.setVisible(!text.isEmpty());
    }

    private void showCheck(HitCheck state) {
        hitLabels.forEach(this::showHits);
        enableCheck();
        boolean runs = state instanceof HitCheck.Running;
        checkProgress.setVisible(runs);
        cancelCheck.setVisible(runs);
        if (state instanceof HitCheck.Running running) {
            checkProgress.setProgress(running.fraction());
        }
        checkText.setText(describe(state));
    }

    private String describe(HitCheck state) {
        if (state instanceof HitCheck.Running running) {
            return messages.format("compare.checking", Math.round(running.fraction() * PERCENT));
        }
        if (state instanceof HitCheck.Done done) {
            return done.heldOut() == 0 ? messages.format("compare.tooFewRated", done.rated())
                    : messages.format("compare.checked", done.heldOut(), done.rated(), done.relevant(), CompareModel.SEED);
        }
        if (state instanceof HitCheck.Failed failed) {
            return messages.format("compare.failed", failed.problem());
        }
        return state instanceof HitCheck.Cancelled ? messages.text("compare.cancelled") : messages.text("compare.intro");
    }

    /** A movie of a column: its rank and title, in bold with a badge when other lists hold it too. */
    private final class MovieCell extends ListCell<RecommendationRow> {
        private final SideBySide shown;
        private final Label badge = new Label();

        MovieCell(SideBySide shown) {
            this.shown = shown;
            badge.getStyleClass().add("agreement-badge");
            badge.setMinWidth(Label.USE_PREF_SIZE);
            setContentDisplay(ContentDisplay.RIGHT);
            // As wide as the column, not as its longest title: a long title is cut short, in full in the tooltip.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(RecommendationRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                pseudoClassStateChanged(AGREED, false);
                return;
            }
            int lists = shown.listsHolding(row.movieIndex());
            setText(messages.format("compare.row", row.rank(), row.title()));
            badge.setText(messages.format("compare.badge", lists));
            setGraphic(lists > 1 ? badge : null);
            pseudoClassStateChanged(AGREED, lists > 1);
            setTooltip(new Tooltip(tip(row, lists)));
        }

        private String tip(RecommendationRow row, int lists) {
            StringBuilder tip = new StringBuilder(row.year() == Movie.NO_YEAR ? row.title()
                    : messages.format("details.titleAndYear", row.title(), row.year()));
            if (!row.genres().isEmpty()) {
                tip.append('\n').append(genreNames.list(row.genres()));
            }
            row.predicted().ifPresent(predicted -> tip.append('\n')
                    .append(messages.format("compare.predicted", predicted)));
            return tip.append('\n').append(messages.format("compare.inLists", lists, shown.columns().size())).toString();
        }
    }
}
