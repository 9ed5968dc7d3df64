package io.github.movierecommender.ui.dataset;

import java.net.URL;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/**
 * Shows what the loaded dataset holds in the left panel, or that none is loaded yet. The details
 * (a grid of a dozen figures and the bad lines' text area), unseen until a dataset is loaded, are
 * built once the window has shown ({@link #buildDetails()}), so that it shows sooner.
 */
public final class DatasetSummaryController {

    private static final URL DETAILS_VIEW = DatasetSummaryController.class.getResource(
            "/io/github/movierecommender/ui/dataset/DatasetDetailsController.fxml");

    private final ReadOnlyObjectProperty<LoadedDataset> loaded;
    private final Function<URL, Parent> views;

    @FXML
    private StackPane summary;
    @FXML
    private Node placeholder;

    /** {@code views} builds an FXML view with the app's texts and controllers. */
    public DatasetSummaryController(ReadOnlyObjectProperty<LoadedDataset> loaded, Function<URL, Parent> views) {
        this.loaded = loaded;
        this.views = views;
    }

    @FXML
    private void initialize() {
        placeholder.visibleProperty().bind(loaded.isNull());
        placeholder.managedProperty().bind(placeholder.visibleProperty());
    }

    /** Builds the details, showing the dataset loaded by then if any; the app calls it once, after the window first shows. */
    public void buildDetails() {
        summary.getChildren().add(views.apply(DETAILS_VIEW));
    }
}
