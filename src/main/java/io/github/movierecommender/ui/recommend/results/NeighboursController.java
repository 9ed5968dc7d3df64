package io.github.movierecommender.ui.recommend.results;

import io.github.movierecommender.recommend.Neighbour;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.i18n.ReasonText;
import io.github.movierecommender.ui.recommend.RankedList;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import io.github.movierecommender.ui.recommend.Recommendations;
import io.github.movierecommender.ui.table.Cells;
import io.github.movierecommender.ui.table.HeaderTips;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * The neighbours the neighbour-based list came from, nearest first, and a line saying what that
 * order is; when there are none, why. Where similarities are weighted for having few movies in
 * common (the default mode), the unweighted correlation and the weight show beside the similarity.
 * Enter, a double-click or the Inspect button opens the picked neighbour in the inspector.
 */
public final class NeighboursController {

    private final RecommendationModel model;
    private final Messages messages;
    private final ReasonText reasons;
    private final Consumer<Neighbour> inspector;

    @FXML
    private TableView<Neighbour> table;
    @FXML
    private Label emptyReason;
    @FXML
    private Label orderNote;
    @FXML
    private TableColumn<Neighbour, Integer> userColumn;
    @FXML
    private TableColumn<Neighbour, Double> unweightedColumn;
    @FXML
    private TableColumn<Neighbour, Double> weightColumn;
    @FXML
    private TableColumn<Neighbour, Double> similarityColumn;
    @FXML
    private TableColumn<Neighbour, Double> distanceColumn;
    @FXML
    private TableColumn<Neighbour, Integer> commonColumn;
    @FXML
    private Button inspectButton;

    /** {@code inspector} opens a neighbour in the inspector. */
    public NeighboursController(RecommendationModel model, Messages messages, Consumer<Neighbour> inspector) {
        this.model = model;
        this.messages = messages;
        this.reasons = new ReasonText(messages);
        this.inspector = inspector;
    }

    @FXML
    private void initialize() {
        Cells.show(userColumn, Neighbour::userId, String::valueOf);
        Cells.show(unweightedColumn, Neighbour::unweighted, this::measure);
        Cells.show(weightColumn, Neighbour::weight, this::measure);
        Cells.show(similarityColumn, Neighbour::similarity, this::measure);
        Cells.show(distanceColumn, Neighbour::distance, this::measure);
        Cells.show(commonColumn, Neighbour::common, common -> messages.number(common));
        header(unweightedColumn, "results.unweighted", "unweightedColumn");
        header(weightColumn, "results.weight", "weightColumn");
        header(similarityColumn, "results.similarity", "similarityColumn");
        header(distanceColumn, "results.distance", "distanceColumn");
        orderNote.managedProperty().bind(orderNote.visibleProperty());
        inspectButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        inspectButton.setTooltip(new Tooltip(messages.text("inspector.open.tip")));
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                inspectPicked();
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                inspectPicked();
            }
        });
        model.recommendationsProperty().addListener((property, before, now) -> show(now));
        model.computingProperty().addListener((property, before, now) -> show(model.recommendationsProperty().get()));
        show(model.recommendationsProperty().get());
    }

    @FXML
    private void inspectPicked() {
        Neighbour picked = table.getSelectionModel().getSelectedItem();
        if (picked != null) {
            inspector.accept(picked);
        }
    }

    /** A header that says what its number is when pointed at. */
    private void header(TableColumn<Neighbour, ?> column, String key, String id) {
        column.setText(messages.text(key));
        HeaderTips.install(table, column, id, new Tooltip(messages.text(key + ".tip")));
    }

    private String measure(double value) {
        return messages.format("results.measureValue", value);
    }

    private void show(Recommendations recommendations) {
        List<Neighbour> neighbours = recommendations == null ? List.of() : recommendations.neighbours();
        if (!table.getItems().equals(neighbours)) {
            table.getItems().setAll(neighbours);
        }
        boolean weighted = neighbours.stream().anyMatch(neighbour -> neighbour.weight() != 1);
        unweightedColumn.setVisible(weighted);
        weightColumn.setVisible(weighted);
        RankedList list = recommendations == null ? null : recommendations.neighbour();
        emptyReason.setText(recommendations == null
                ? messages.text(model.computingProperty().get() ? "results.computing" : "results.pickUser")
                : list == null ? messages.text("results.waitsForTraining")
                : list.shortfall() == null ? messages.text("results.nothing")
                : messages.format("results.noNeighbours", reasons.of(list.shortfall())));
        orderNote.setVisible(!neighbours.isEmpty());
        orderNote.setText(recommendations == null ? "" : messages.text(
                recommendations.request().mode() == NeighbourMode.TUTORIAL ? "results.neighboursOrder.tutorial"
                        : "results.neighboursOrder.default"));
    }
}
