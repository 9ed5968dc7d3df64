package io.github.movierecommender.ui.welcome;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/** The welcome view: three ways to a first dataset, the progress of a download, and the guided tour. */
public final class WelcomeController {

    private final WelcomeModel model;
    private final Runnable tour;

    @FXML
    private Region welcome;
    @FXML
    private Button downloadButton;
    @FXML
    private MenuButton openButton;
    @FXML
    private Button demoButton;
    @FXML
    private Node progressBox;
    @FXML
    private ProgressBar downloadProgress;
    @FXML
    private Label downloadProgressText;
    @FXML
    private Button cancelDownloadButton;
    @FXML
    private Label welcomeStatus;
    @FXML
    private Label dataFolder;

    public WelcomeController(WelcomeModel model) {
        this(model, () -> { });
    }

    /** {@code tour} opens the guided tour of the tutorial. */
    public WelcomeController(WelcomeModel model, Runnable tour) {
        this.model = model;
        this.tour = tour;
    }

    @FXML
    private void initialize() {
        for (Node action : new Node[] {downloadButton, openButton, demoButton}) {
            action.disableProperty().bind(model.busyProperty());
        }
        progressBox.visibleProperty().bind(model.workingProperty());
        progressBox.managedProperty().bind(model.workingProperty());
        downloadProgress.progressProperty().bind(model.progressProperty());
        downloadProgressText.textProperty().bind(model.progressTextProperty());
        welcomeStatus.textProperty().bind(model.statusProperty());
        welcomeStatus.visibleProperty().bind(model.statusProperty().isNotEmpty());
        welcomeStatus.managedProperty().bind(welcomeStatus.visibleProperty());
        dataFolder.setText(model.dataFolderText());
        model.workingProperty().addListener((property, wasWorking, working) -> {
            if (working) {
                cancelDownloadButton.requestFocus();
            }
        });
        welcome.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && model.workingProperty().get()) {
                model.cancel();
                event.consume();
            }
        });
    }

    @FXML
    private void download() {
        model.download();
    }

    @FXML
    private void chooseFolder() {
        model.chooseFolder();
    }

    @FXML
    private void chooseZip() {
        model.chooseZip();
    }

    @FXML
    private void tryDemo() {
        model.tryDemo();
    }

    @FXML
    private void startTour() {
        tour.run();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
