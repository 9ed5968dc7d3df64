package io.github.movierecommender.ui.recommend.results;

import io.github.movierecommender.recommend.Neighbour;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.i18n.ReasonText;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import io.github.movierecommender.ui.recommend.Recommendations;
import io.github.movierecommender.ui.table.Cells;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The neighbours the neighbour-based list came from, nearest first; when there are none, why. */
public final class NeighboursController {

    private final RecommendationModel model;
    private final Messages messages;
    private final ReasonText reasons;

    @FXML
    private TableView<Neighbour> table;
    @FXML
    private Label emptyReason;
    @FXML
    private TableColumn<Neighbour, Integer> userColumn;
    @FXML
    private TableColumn<Neighbour, Double> distanceColumn;
    @FXML
    private TableColumn<Neighbour, Double> similarityColumn;
    @FXML
    private TableColumn<Neighbour, Integer> commonColumn;

    public NeighboursController(RecommendationModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.reasons = new ReasonText(messages);
    }

    @FXML
    private void initialize() {
        Cells.show(userColumn, Neighbour::userId, String::valueOf);
        Cells.show(distanceColumn, Neighbour::distance, this::measure);
        Cells.show(similarityColumn, Neighbour::similarity, this::measure);
        Cells.show(commonColumn, Neighbour::common, common -> messages.number(common));
        model.recommendationsProperty().addListener((property, before, now) -> show(now));
        show(model.recommendationsProperty().get());
    }

    private String measure(double value) {
        return messages.format("results.measureValue", value);
    }

    private void show(Recommendations recommendations) {
        table.getItems().setAll(recommendations == null ? List.of() : recommendations.neighbours());
        emptyReason.setText(recommendations == null ? messages.text("results.pickUser")
                : messages.format("results.noNeighbours", reasons.of(recommendations.neighbour().shortfall())));
    }
}
