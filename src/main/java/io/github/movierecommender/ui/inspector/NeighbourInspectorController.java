package io.github.movierecommender.ui.inspector;

import io.github.movierecommender.recommend.CoRatedPair;
import io.github.movierecommender.recommend.NeighbourComparison;
import io.github.movierecommender.recommend.RatedTitle;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.table.Cells;
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

/**
 * The neighbour inspector: the movies both users rated side by side, the measure worked out with
 * those ratings, a scatter chart of the pairs, and what the neighbour rated highly that the picked
 * user has not rated. It only shows what {@link NeighbourInspection} worked out.
 */
public final class NeighbourInspectorController {

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
        XYChart.Series<Number, Number> pairs = new XYChart.Series<>();
        compared.pairs().forEach(pair -> pairs.getData().add(new XYChart.Data<>(pair.yours(), pair.theirs())));
        coRatedChart.getData().add(pairs);
        for (int i = 0; i < compared.pairs().size(); i++) {
            CoRatedPair pair = compared.pairs().get(i);
            Tooltip.install(pairs.getData().get(i).getNode(), new Tooltip(pair.title() + " — "
                    + stars(pair.yours()) + " / " + stars(pair.theirs())));
        }
        favourites.getItems().setAll(compared.theirFavourites());
        favourites.setPlaceholder(new Label(messages.text("inspector.noFavourites")));
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
