package io.github.movierecommender.ui.recommend.results;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.ui.act.MovieActions;
import io.github.movierecommender.ui.act.RowActions;
import io.github.movierecommender.ui.i18n.GenreNames;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.i18n.ReasonText;
import io.github.movierecommender.ui.posters.PosterGrid;
import io.github.movierecommender.ui.posters.PosterViews;
import io.github.movierecommender.ui.recommend.BuildState;
import io.github.movierecommender.ui.recommend.MovieSelection;
import io.github.movierecommender.ui.recommend.PickedFrom;
import io.github.movierecommender.ui.recommend.RankedList;
import io.github.movierecommender.ui.recommend.RecommendationRow;
import io.github.movierecommender.ui.recommend.ScoreKind;
import io.github.movierecommender.ui.table.Cells;
import io.github.movierecommender.ui.table.HeaderTips;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * One ranked list as a table, its explanation as each row's tooltip. An empty list shows why in
 * the table's place; a short one says why under it; a note under it can say how the list is
 * made. The score column is named for what the list's score is (votes, a mean, a genre match …),
 * its header's tooltip says more; a Predicted column shows while the rows carry the user's
 * predicted ratings. While new rows are worked out, the table says so; the movie picked stays
 * picked when the new rows still hold it. A list whose method trains first shows the training
 * above it.
 */
public final class RankedListController {

    private static final int PERCENT = 100;

    private static final double NOTE_TIP_WIDTH = 480;
    private static final Duration COMPUTING_SHOWN_AFTER = Duration.millis(300);

    private final Messages messages;
    private final MovieActions actions;
    private final ReasonText reasons;
    private final Tooltip scoreTip = new Tooltip();
    private final PauseTransition computingDelay = new PauseTransition(COMPUTING_SHOWN_AFTER);
    private ObservableValue<Boolean> computing = new SimpleBooleanProperty(false);
    private ObservableValue<BuildState> build = new SimpleObjectProperty<>();
    private RankedList shown;
    private boolean restoringPick;

    @FXML
    private TableView<RecommendationRow> table;
    @FXML
    private StackPane posterPlace;
    @FXML
    private Label emptyReason;
    @FXML
    private Label shortNote;
    @FXML
    private Label listNote;
    @FXML
    private Label computingNote;
    @FXML
    private HBox buildBar;
    @FXML
    private Label buildText;
    @FXML
    private ProgressBar buildProgress;
    @FXML
    private Button cancelBuild;
    @FXML
    private Button retryBuild;
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
    private TableColumn<RecommendationRow, OptionalDouble> predictedColumn;
    @FXML
    private TableColumn<RecommendationRow, Integer> votesColumn;
    @FXML
    private TableColumn<RecommendationRow, Double> meanColumn;

    /** {@code actions} rate, hide or put on the watchlist the picked row's movie. */
    public RankedListController(Messages messages, MovieActions actions) {
        this.messages = messages;
        this.actions = actions;
        this.reasons = new ReasonText(messages);
    }

    @FXML
    private void initialize() {
        Cells.show(rankColumn, RecommendationRow::rank, String::valueOf);
        Cells.show(titleColumn, RecommendationRow::title);
        Cells.show(yearColumn, RecommendationRow::year, year -> year == Movie.NO_YEAR ? "" : String.valueOf(year));
        Cells.show(genresColumn, RecommendationRow::genres, new GenreNames(messages)::list);
        Cells.show(scoreColumn, row -> row, this::score);
        Cells.show(predictedColumn, RecommendationRow::predicted, predicted -> predicted.isPresent()
                ? messages.format("results.predictedValue", predicted.getAsDouble()) : "");
        predictedColumn.setVisible(false);
        Cells.show(votesColumn, RecommendationRow::votes, votes -> messages.number(votes));
        Cells.show(meanColumn, RecommendationRow::meanRating, mean -> messages.format("results.ratingValue", mean));
        table.setRowFactory(any -> new ExplainedRow());
        RowActions.install(table, actions, messages);
        shortNote.managedProperty().bind(shortNote.visibleProperty());
        listNote.managedProperty().bind(listNote.visibleProperty());
        listNote.visibleProperty().bind(listNote.textProperty().isNotEmpty());
        Tooltip noteTip = new Tooltip();
        noteTip.setWrapText(true);
        noteTip.setMaxWidth(NOTE_TIP_WIDTH);
        noteTip.textProperty().bind(listNote.textProperty());
        listNote.setTooltip(noteTip);
        computingNote.managedProperty().bind(computingNote.visibleProperty());
        computingNote.setVisible(false);
        HeaderTips.install(table, scoreColumn, "scoreColumn", scoreTip);
        HeaderTips.install(table, predictedColumn, "predictedColumn", new Tooltip(messages.text("results.predictedTip")));
        buildBar.managedProperty().bind(buildBar.visibleProperty());
        buildProgress.managedProperty().bind(buildProgress.visibleProperty());
        cancelBuild.managedProperty().bind(cancelBuild.visibleProperty());
        retryBuild.managedProperty().bind(retryBuild.visibleProperty());
        showBuild(null);
    }

    /**
     * For a list whose method trains first: shows how far the training is, with a button that
     * cancels it, or that it failed or was cancelled, with a button that trains again.
     */
    public void followBuild(ObservableValue<BuildState> state, Runnable cancel, Runnable retry) {
        build = state;
        cancelBuild.setOnAction(event -> cancel.run());
        retryBuild.setOnAction(event -> retry.run());
        state.addListener((property, before, now) -> {
            showBuild(now);
            showPlaceholder();
        });
        showBuild(state.getValue());
    }

    /**
     * While {@code working} is true, new rows are being worked out: an empty table says
     * "Computing…", and a table still showing the earlier rows says so under them once it takes
     * a moment.
     */
    public void followComputing(ObservableValue<Boolean> working) {
        computing = working;
        computingDelay.setOnFinished(event -> computingNote.setVisible(computing.getValue() && shown != null));
        working.addListener((property, before, now) -> {
            computingDelay.stop();
            if (now) {
                computingDelay.playFromStart();
            } else {
                computingNote.setVisible(false);
            }
            showPlaceholder();
        });
        showPlaceholder();
    }

    /** Shows the rows as posters instead of the table while the user chooses posters (see {@link PosterGrid}). */
    public void offerPosters(PosterViews posters) {
        PosterGrid<RecommendationRow> grid = posters.grid(table, RecommendationRow::movieIndex);
        posterPlace.getChildren().setAll(grid);
        posterPlace.visibleProperty().bind(grid.visibleProperty());
        posterPlace.managedProperty().bind(grid.visibleProperty());
        table.visibleProperty().bind(grid.visibleProperty().not());
        table.managedProperty().bind(table.visibleProperty());
    }

    /** A line under the list saying how it is made; none while {@code note} is empty. */
    public void followNote(ObservableValue<String> note) {
        listNote.textProperty().bind(note);
    }

    private void showBuild(BuildState state) {
        buildBar.setVisible(state != null && !(state instanceof BuildState.Built));
        buildProgress.setVisible(state instanceof BuildState.Training);
        cancelBuild.setVisible(state instanceof BuildState.Training);
        retryBuild.setVisible(state instanceof BuildState.Failed || state instanceof BuildState.Cancelled);
        if (state instanceof BuildState.Training training) {
            buildProgress.setProgress(training.fraction());
        }
        buildText.setText(describe(state));
    }

    private String describe(BuildState state) {
        if (state instanceof BuildState.Training training) {
            return messages.format("results.training", Math.round(training.fraction() * PERCENT));
        }
        if (state instanceof BuildState.Failed failed) {
            return messages.format("results.trainingFailed", failed.problem());
        }
        return state instanceof BuildState.Cancelled ? messages.text("results.trainingCancelled") : "";
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
            if (row != null && !restoringPick) {
                picked.accept(new MovieSelection(from, row.movieIndex(), row.explanation()));
            }
        });
    }

    private void show(RankedList list) {
        shown = list;
        RecommendationRow picked = table.getSelectionModel().getSelectedItem();
        showRows(list == null ? List.of() : list.rows());
        if (picked != null) {
            table.getItems().stream().filter(row -> row.movieIndex() == picked.movieIndex()).findFirst()
                    .ifPresent(this::restorePick);
        }
        if (list != null && !list.rows().isEmpty()) {
            ScoreKind kind = list.rows().get(0).scoreKind();
            scoreColumn.setText(messages.text(kind.headerKey()));
            scoreTip.setText(messages.text(kind.tipKey()));
            scoreColumn.setVisible(!kind.repeatsAColumn());
        }
        predictedColumn.setVisible(list != null && list.predicted());
        showPlaceholder();
        shortNote.setVisible(list != null && list.isShort() && !list.rows().isEmpty());
        shortNote.setText(list != null && list.isShort()
                ? messages.format("results.short", reasons.of(list.shortfall())) : "");
        shortNote.setTooltip(shortNote.getText().isEmpty() ? null : new Tooltip(shortNote.getText()));
    }

    /**
     * Changes only the rows that differ when the new rows start with the old ones or the other
     * way round, as a move of n makes them: the rows kept keep their cells.
     */
    private void showRows(List<RecommendationRow> rows) {
        List<RecommendationRow> items = table.getItems();
        int common = Math.min(items.size(), rows.size());
        if (!items.subList(0, common).equals(rows.subList(0, common))) {
            table.getItems().setAll(rows);
        } else if (items.size() > common) {
            table.getItems().remove(common, items.size());
        } else {
            table.getItems().addAll(rows.subList(common, rows.size()));
        }
    }

    /** Picks the row of the movie picked before, without telling the details, which follow the new rows themselves. */
    private void restorePick(RecommendationRow row) {
        restoringPick = true;
        try {
            table.getSelectionModel().select(row);
        } finally {
            restoringPick = false;
        }
    }

    private void showPlaceholder() {
        BuildState state = build.getValue();
        boolean waitsForTraining = state != null && !(state instanceof BuildState.Built);
        emptyReason.setText(shown != null
                ? shown.isShort() ? messages.format("results.empty", reasons.of(shown.shortfall()))
                : messages.text("results.nothing")
                : computing.getValue() ? messages.text("results.computing")
                : waitsForTraining ? messages.text("results.waitsForTraining")
                : messages.text("results.pickUser"));
    }

    private String score(RecommendationRow row) {
        return row.scoreKind() == ScoreKind.VOTES ? messages.number(Math.round(row.score()))
                : messages.format("results.scoreValue", row.score());
    }

    /** Each row keeps one tooltip and only changes its text: a new tooltip is a popup window with a scene of its own. */
    private final class ExplainedRow extends TableRow<RecommendationRow> {
        private final Tooltip explanation = new Tooltip();

        @Override
        protected void updateItem(RecommendationRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setTooltip(null);
            } else {
                explanation.setText(reasons.of(row.explanation()));
                setTooltip(explanation);
            }
        }
    }
}
