package io.github.movierecommender.ui.inspector;

import io.github.movierecommender.recommend.CoRatedPair;
import io.github.movierecommender.recommend.NeighbourComparison;
import io.github.movierecommender.recommend.RatedTitle;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.table.Cells;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * The neighbour inspector: the movies both users rated side by side, the measure worked out with
 * those ratings, a scatter chart of the pairs, and what the neighbour rated highly that the picked
 * user has not rated. It only shows what {@link NeighbourInspection} worked out.
 */
public final class NeighbourInspectorController {

    /** The width of a point that one movie makes. */
    private static final double POINT_SIZE = 10;

    private final NeighbourInspection inspection;
    private final Messages messages;
    private final WorkedText written;

    @FXML
    private Label inspectorHeading;
    @FXML
    private Label inspectorStatus;
    @FXML
    private TableView<CoRatedPair> coRatedTable;
    @FXML
    private TableColumn<CoRatedPair, String> movieColumn;
    @FXML
    private TableColumn<CoRatedPair, Double> yoursColumn;
    @FXML
    private TableColumn<CoRatedPair, Double> theirsColumn;
    @FXML
    private TableColumn<CoRatedPair, Double> differenceColumn;
    @FXML
    private Label measureWorking;
    @FXML
    private Label comparisonResult;
    @FXML
    private ScatterChart<Number, Number> coRatedChart;
    @FXML
    private Label favouritesLabel;
    @FXML
    private ListView<RatedTitle> favourites;
    @FXML
    private Button closeButton;

    public NeighbourInspectorController(NeighbourInspection inspection, Messages messages) {
        this.inspection = inspection;
        this.messages = messages;
        this.written = new WorkedText(messages);
    }

    @FXML
    private void initialize() {
        Cells.show(movieColumn, CoRatedPair::title);
        Cells.show(yoursColumn, CoRatedPair::yours, this::stars);
        Cells.show(theirsColumn, CoRatedPair::theirs, this::stars);
        Cells.show(differenceColumn, CoRatedPair::difference, this::stars);
        favouritesLabel.setLabelFor(favourites);
        favourites.setCellFactory(any -> new FavouriteCell());
        inspectorStatus.textProperty().bind(inspection.statusProperty());
        inspectorStatus.visibleProperty().bind(inspection.statusProperty().isNotNull());
        inspectorStatus.managedProperty().bind(inspectorStatus.visibleProperty());
        closeButton.setOnAction(event -> closeButton.getScene().getWindow().hide());
        inspection.inspectedProperty().addListener((property, before, now) -> show(now));
        show(inspection.inspectedProperty().get());
    }

    private String stars(double stars) {
        return messages.format("inspector.starsValue", stars);
    }

    private void show(NeighbourInspection.Inspected inspected) {
        coRatedChart.getData().clear();
        if (inspected == null) {
            inspectorHeading.setText("");
            coRatedTable.getItems().clear();
            measureWorking.setText("");
            comparisonResult.setText("");
            favourites.getItems().clear();
            return;
        }
        NeighbourComparison compared = inspected.comparison();
        inspectorHeading.setText(messages.format("inspector.heading", inspected.who(), compared.userId(),
                compared.pairs().size()));
        coRatedTable.getItems().setAll(compared.pairs());
        WorkedText.Written text = written.comparison(compared);
        measureWorking.setText(text.terms());
        comparisonResult.setText(text.result());
        coRatedChart.getData().add(points(compared));
        favourites.getItems().setAll(compared.theirFavourites());
    }

    /**
     * One point per pair of ratings, larger the more movies share it (their titles in its tooltip),
     * so that movies rated alike by both do not hide behind one another.
     */
    private XYChart.Series<Number, Number> points(NeighbourComparison compared) {
        Map<List<Double>, List<String>> titles = new LinkedHashMap<>();
        compared.pairs().forEach(pair -> titles.computeIfAbsent(List.of(pair.yours(), pair.theirs()),
                any -> new ArrayList<>()).add(pair.title()));
        XYChart.Series<Number, Number> points = new XYChart.Series<>();
        titles.forEach((ratings, movies) -> {
            XYChart.Data<Number, Number> point = new XYChart.Data<>(ratings.get(0), ratings.get(1));
            StackPane dot = new StackPane();
            double size = POINT_SIZE * Math.sqrt(movies.size());
            dot.setPrefSize(size, size);
            dot.setStyle("-fx-background-radius: " + size / 2 + ";");
            Tooltip.install(dot, new Tooltip(stars(ratings.get(0)) + " / " + stars(ratings.get(1)) + "\n"
                    + String.join("\n", movies)));
            point.setNode(dot);
            points.getData().add(point);
        });
        return points;
    }

    /** As wide as the list and no wider, so a long title ends in an ellipsis instead of a scroll bar. */
    private final class FavouriteCell extends ListCell<RatedTitle> {
        FavouriteCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(RatedTitle movie, boolean empty) {
            super.updateItem(movie, empty);
            setText(empty || movie == null ? null : messages.format("inspector.favourite", movie.title(), movie.stars()));
        }
    }
}
