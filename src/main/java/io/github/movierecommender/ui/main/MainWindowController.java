package io.github.movierecommender.ui.main;

import io.github.movierecommender.ui.dataset.DatasetChooser;
import io.github.movierecommender.ui.dataset.DatasetDrop;
import io.github.movierecommender.ui.dataset.DatasetSummaryController;
import io.github.movierecommender.ui.error.ErrorDialog;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.posters.PosterViews;
import io.github.movierecommender.ui.profile.ProfilesMenu;
import io.github.movierecommender.ui.settings.AppSettings;
import io.github.movierecommender.ui.settings.RecentDatasetsMenu;
import io.github.movierecommender.ui.settings.SettingsMenu;
import io.github.movierecommender.ui.settings.SettingsModel;
import io.github.movierecommender.ui.settings.SplitPaneDividers;
import io.github.movierecommender.ui.welcome.MovieLensDownloads;
import java.net.URL;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * The main window: the File, Profiles, Settings and Help menus and the status bar around the left panel and the
 * results, each its own view, with the welcome view in the results' place until a dataset is
 * loaded. A folder or zip dropped anywhere on the window is opened. The results and the dataset's details,
 * unseen until a dataset is loaded, are built after the window first shows (see {@link #buildUnseenParts()}),
 * so that it shows sooner.
 */
public final class MainWindowController {

    private static final URL RESULTS_VIEW = MainWindowController.class.getResource(
            "/io/github/movierecommender/ui/recommend/results/ResultsController.fxml");

    private final AppModel model;
    private final DatasetChooser chooser;
    private final AppSettings settings;
    private final SettingsModel appearance;
    private final Messages messages;
    private final ProfilesMenu profiles;
    private final MovieLensDownloads downloads;
    private final PosterViews posters;
    private final Runnable tour;
    private final ViewLoader views;

    @FXML
    private BorderPane mainWindow;
    @FXML
    private MenuItem openFolderItem;
    @FXML
    private MenuItem openZipItem;
    @FXML
    private MenuItem downloadItem;
    @FXML
    private Menu recentMenu;
    @FXML
    private Menu profilesMenu;
    @FXML
    private Menu settingsMenu;
    @FXML
    private DatasetSummaryController datasetSummaryController;
    @FXML
    private StackPane results;
    @FXML
    private Node welcome;
    @FXML
    private Label statusText;
    @FXML
    private Label restartNote;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Button cancelButton;

    public MainWindowController(AppModel model, DatasetChooser chooser, AppSettings settings, SettingsModel appearance,
                                Messages messages, ProfilesMenu profiles, MovieLensDownloads downloads,
                                PosterViews posters, Runnable tour, ViewLoader views) {
        this.model = model;
        this.chooser = chooser;
        this.settings = settings;
        this.appearance = appearance;
        this.messages = messages;
        this.profiles = profiles;
        this.downloads = downloads;
        this.posters = posters;
        this.tour = tour;
        this.views = views;
    }

    @FXML
    private void initialize() {
        openFolderItem.disableProperty().bind(model.runningProperty());
        openZipItem.disableProperty().bind(model.runningProperty());
        recentMenu.disableProperty().bind(model.runningProperty());
        downloadItem.disableProperty().bind(model.runningProperty().or(model.loadedProperty().isNull()));
        RecentDatasetsMenu.install(recentMenu, settings, messages, this::openUnlessBusy);
        profiles.install(profilesMenu);
        SettingsMenu.addTo(settingsMenu, appearance, messages, model::clearSnapshots);
        posters.addKeyItemTo(settingsMenu, mainWindow);
        DatasetDrop.install(mainWindow, this::openUnlessBusy);
        MnemonicAltRelease.install(mainWindow);
        results.visibleProperty().bind(model.loadedProperty().isNotNull());
        welcome.visibleProperty().bind(model.loadedProperty().isNull());
        statusText.textProperty().bind(model.statusTextProperty());
        restartNote.visibleProperty().bind(appearance.restartNeededProperty());
        restartNote.managedProperty().bind(restartNote.visibleProperty());
        progressBar.progressProperty().bind(model.progressProperty());
        showOnlyWhileRunning(progressBar);
        showOnlyWhileRunning(cancelButton);
        model.lastErrorProperty().addListener((property, before, error) -> {
            if (error != null) {
                ErrorDialog.show(error, window());
            }
        });
        model.releaseChoiceProperty().addListener((property, before, choice) -> {
            if (choice != null) {
                ReleaseChoiceDialog.show(choice, window(), messages, this::openUnlessBusy);
            }
        });
    }

    /**
     * Builds what stays unseen until a dataset is loaded: the results, with their saved divider
     * positions, and the dataset's details in the left panel. The app calls it once, when the window's
     * first frame has reached the screen ({@code AfterLayout.runOnceShown}).
     */
    public void buildUnseenParts() {
        datasetSummaryController.buildDetails();
        Parent view = views.load(RESULTS_VIEW);
        results.getChildren().add(view);
        SplitPaneDividers.restore(view, settings);
    }

    /**
     * Opens {@code dataset} unless a job is running: a drop, or a choice made in a dialog that was
     * opened before the job started, must not fail.
     */
    private void openUnlessBusy(Path dataset) {
        if (!model.runningProperty().get()) {
            model.open(dataset);
        }
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
        chooser.chooseFolder().ifPresent(this::openUnlessBusy);
    }

    @FXML
    private void openZip() {
        chooser.chooseZip().ifPresent(this::openUnlessBusy);
    }

    /** Offered once the welcome view, which has its own download, is gone. */
    @FXML
    private void downloadMovieLens() {
        downloads.chooseAndDownload(window());
    }

    @FXML
    private void showTour() {
        tour.run();
    }

    @FXML
    private void showShortcuts() {
        HelpDialogs.showShortcuts(window(), messages);
    }

    @FXML
    private void showAbout() {
        HelpDialogs.showAbout(window(), messages);
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
