package io.github.movierecommender.ui.main;

import io.github.movierecommender.ui.dataset.DatasetChooser;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.stage.Window;

/** The main window: the File menu and the status bar around the left panel and the results, each its own view. */
public final class MainWindowController {

    private final AppModel model;
    private final DatasetChooser chooser;

    @FXML
    private MenuItem openFolderItem;
    @FXML
    private MenuItem openZipItem;
    @FXML
    private Label statusText;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Button cancelButton;

    public MainWindowController(AppModel model, DatasetChooser chooser) {
        this.model = model;
        this.chooser = chooser;
    }

    @FXML
    private void initialize() {
        openFolderItem.disableProperty().bind(model.runningProperty());
        openZipItem.disableProperty().bind(model.runningProperty());
        statusText.textProperty().bind(model.statusTextProperty());
        progressBar.progressProperty().bind(model.progressProperty());
        showOnlyWhileRunning(progressBar);
        showOnlyWhileRunning(cancelButton);
        model.lastErrorProperty().addListener((property, before, error) -> {
            if (error != null) {
                ErrorDialog.show(error, window());
            }
        });
    }

    private void showOnlyWhileRunning(Node node) {
        node.visibleProperty().bind(model.runningProperty());
        node.managedProperty().bind(model.runningProperty());
    }

    private Window window() {
        return statusText.getScene().getWindow();
    }

    @FXML
    private void openFolder() {
        chooser.chooseFolder().ifPresent(model::open);
    }

    @FXML
    private void openZip() {
        chooser.chooseZip().ifPresent(model::open);
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void quit() {
        window().hide();
    }
}
