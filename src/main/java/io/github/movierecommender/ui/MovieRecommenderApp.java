package io.github.movierecommender.ui;

import impl.org.controlsfx.i18n.Localization;
import io.github.movierecommender.appdata.AppFolders;
import io.github.movierecommender.profile.ProfileStore;
import io.github.movierecommender.ui.dataset.DatasetChooser;
import io.github.movierecommender.ui.dataset.DatasetSummaryController;
import io.github.movierecommender.ui.dataset.FileDialogDatasetChooser;
import io.github.movierecommender.ui.error.FailureReason;
import io.github.movierecommender.ui.evaluate.EvaluationController;
import io.github.movierecommender.ui.evaluate.EvaluationModel;
import io.github.movierecommender.ui.files.FxSaveFileChooser;
import io.github.movierecommender.ui.files.SaveFileChooser;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.icon.AppIcons;
import io.github.movierecommender.ui.main.AppModel;
import io.github.movierecommender.ui.main.MainWindowController;
import io.github.movierecommender.ui.overview.OverviewController;
import io.github.movierecommender.ui.overview.OverviewModel;
import io.github.movierecommender.ui.profile.FxProfileDialogs;
import io.github.movierecommender.ui.profile.MovieFinder;
import io.github.movierecommender.ui.profile.ProfileDialogs;
import io.github.movierecommender.ui.profile.ProfileModel;
import io.github.movierecommender.ui.profile.ProfilesMenu;
import io.github.movierecommender.ui.profile.RateMoviesController;
import io.github.movierecommender.ui.recommend.RecommendationControlsController;
import io.github.movierecommender.ui.recommend.OwnRatings;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import io.github.movierecommender.ui.recommend.ShownLists;
import io.github.movierecommender.ui.recommend.RecommendationSettings;
import io.github.movierecommender.ui.recommend.details.LinkOpener;
import io.github.movierecommender.ui.recommend.details.MovieDetailsController;
import io.github.movierecommender.ui.recommend.details.MovieDetailsModel;
import io.github.movierecommender.ui.recommend.results.NeighboursController;
import io.github.movierecommender.ui.recommend.results.RankedListController;
import io.github.movierecommender.ui.recommend.results.ResultsController;
import io.github.movierecommender.ui.recommend.results.UserRatingsController;
import io.github.movierecommender.ui.settings.AppSettings;
import io.github.movierecommender.ui.settings.Language;
import io.github.movierecommender.ui.settings.SettingsModel;
import io.github.movierecommender.ui.settings.SplitPaneDividers;
import io.github.movierecommender.ui.settings.Themes;
import io.github.movierecommender.ui.settings.WindowPlacement;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.SaveJobs;
import io.github.movierecommender.ui.task.WorkerThreads;
import io.github.movierecommender.ui.welcome.DataSources;
import io.github.movierecommender.ui.welcome.LicenceDialog;
import io.github.movierecommender.ui.welcome.WelcomeActions;
import io.github.movierecommender.ui.welcome.WelcomeController;
import io.github.movierecommender.ui.welcome.WelcomeModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The desktop app: builds the object graph and opens the main window where the user left it,
 * with the settings and the dataset of the last run; saves them again when it stops.
 */
public final class MovieRecommenderApp extends Application {

    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;
    private static final String EVALUATION_SETTINGS = "evaluation";
    /** How long closing waits for the saves still to be written. */
    private static final Duration SAVE_WAIT = Duration.ofSeconds(5);

    private final AppSettings settings;
    private final Path dataFolder;
    private final BiFunction<Window, Messages, DatasetChooser> choosers;
    private final LinkOpener links;
    private final BiFunction<Window, Messages, ProfileDialogs> profileDialogs;
    private final Function<Window, SaveFileChooser> saveChoosers;
    private final ShownLists lists;
    private ExecutorService executor;
    private ExecutorService saveExecutor;
    private ExecutorService sideExecutor;
    private BackgroundTasks tasks;
    private Running running;

    /** For the person running the app: their own settings and data folder. */
    public MovieRecommenderApp() {
        this(AppSettings.forThisUser(), AppFolders.ofThisMachine().dataFolder(), FileDialogDatasetChooser::new);
    }

    /**
     * {@code settings} is what the app remembers between runs; downloads and the demo go to
     * {@code dataFolder}; {@code choosers} makes the dataset chooser for the main window; links
     * open in the system browser.
     */
    public MovieRecommenderApp(AppSettings settings, Path dataFolder,
                               BiFunction<Window, Messages, DatasetChooser> choosers) {
        this.settings = settings;
        this.dataFolder = dataFolder;
        this.choosers = choosers;
        this.links = url -> getHostServices().showDocument(url);
        this.profileDialogs = FxProfileDialogs::new;
        this.saveChoosers = FxSaveFileChooser::new;
        this.lists = ShownLists.ofRegistry();
    }

    /** {@code links} opens the movie sites' pages instead of the system browser. */
    public MovieRecommenderApp(AppSettings settings, Path dataFolder,
                               BiFunction<Window, Messages, DatasetChooser> choosers, LinkOpener links) {
        this(settings, dataFolder, choosers, links, FxProfileDialogs::new);
    }

    /**
     * {@code profileDialogs} makes what the Profiles menu asks with; the profiles are kept in
     * {@code profiles} inside {@code dataFolder}.
     */
    public MovieRecommenderApp(AppSettings settings, Path dataFolder,
                               BiFunction<Window, Messages, DatasetChooser> choosers, LinkOpener links,
                               BiFunction<Window, Messages, ProfileDialogs> profileDialogs) {
        this(settings, dataFolder, choosers, links, profileDialogs, FxSaveFileChooser::new);
    }

    /** {@code saveChoosers} makes what asks where to save exported results and charts. */
    public MovieRecommenderApp(AppSettings settings, Path dataFolder,
                               BiFunction<Window, Messages, DatasetChooser> choosers, LinkOpener links,
                               BiFunction<Window, Messages, ProfileDialogs> profileDialogs,
                               Function<Window, SaveFileChooser> saveChoosers) {
        this(settings, dataFolder, choosers, links, profileDialogs, saveChoosers, ShownLists.ofRegistry());
    }

    /** {@code lists} are the Recommendations tab's lists with the methods that make them. */
    public MovieRecommenderApp(AppSettings settings, Path dataFolder,
                               BiFunction<Window, Messages, DatasetChooser> choosers, LinkOpener links,
                               BiFunction<Window, Messages, ProfileDialogs> profileDialogs,
                               Function<Window, SaveFileChooser> saveChoosers, ShownLists lists) {
        this.lists = lists;
        this.settings = settings;
        this.dataFolder = dataFolder;
        this.choosers = choosers;
        this.links = links;
        this.profileDialogs = profileDialogs;
        this.saveChoosers = saveChoosers;
    }

    public static void launchApp(String[] args) {
        Application.launch(MovieRecommenderApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        executor = WorkerThreads.newExecutor();
        saveExecutor = WorkerThreads.newSaveExecutor();
        sideExecutor = WorkerThreads.newSideExecutor();
        Language language = settings.language();
        Messages messages = Messages.forLocale(language.locale(Locale.getDefault()));
        Localization.setLocale(messages.locale());
        SettingsModel appearance = new SettingsModel(settings, Themes.forApplication(), language);
        tasks = new BackgroundTasks(executor, saveExecutor, sideExecutor, Platform::runLater);
        AppModel model = new AppModel(tasks, messages, settings::rememberOpened);
        ProfileModel profiles = new ProfileModel(new ProfileStore(dataFolder.resolve("profiles"), Clock.systemUTC()),
                model.loadedProperty(), tasks, messages, model::showError, settings::setLastProfile);
        MovieFinder finder = new MovieFinder(model.loadedProperty(), tasks);
        MovieDetailsModel details = new MovieDetailsModel(tasks, messages);
        RecommendationModel recommendations = new RecommendationModel(model.loadedProperty(),
                profiles.ownProperty(), details, tasks, messages, lists);
        recommendations.settings().restore(settings.recommendation(RecommendationSettings.defaults()));
        DatasetChooser chooser = choosers.apply(stage, messages);
        SaveFileChooser saveChooser = saveChoosers.apply(stage);
        EvaluationModel evaluation = new EvaluationModel(model.loadedProperty(), tasks, messages,
                saveChooser, model::showError);
        evaluation.form().restore(settings.section(EVALUATION_SETTINGS));
        OverviewModel overview = new OverviewModel(model.loadedProperty(), tasks, messages, model::showError,
                saveChooser);
        WelcomeModel welcome = new WelcomeModel(tasks, messages, DataSources.latestSmall(dataFolder),
                new WelcomeActions(new LicenceDialog(stage, messages), model::open, chooser, model::showError));
        FxmlViews views = new FxmlViews(messages.bundle());
        views.useControllers(new ControllerFactory(Map.<Class<?>, Supplier<?>>ofEntries(
                Map.entry(MainWindowController.class,
                        () -> new MainWindowController(model, chooser, settings, appearance, messages,
                                new ProfilesMenu(profiles, profileDialogs.apply(stage, messages), messages,
                                        recommendations::pickOwnProfile))),
                Map.entry(RateMoviesController.class, () -> new RateMoviesController(profiles, finder, messages)),
                Map.entry(WelcomeController.class, () -> new WelcomeController(welcome)),
                Map.entry(DatasetSummaryController.class,
                        () -> new DatasetSummaryController(model.loadedProperty(), messages)),
                Map.entry(RecommendationControlsController.class,
                        () -> new RecommendationControlsController(recommendations, messages)),
                Map.entry(ResultsController.class, () -> new ResultsController(recommendations, views)),
                Map.entry(RankedListController.class, () -> new RankedListController(messages)),
                Map.entry(NeighboursController.class, () -> new NeighboursController(recommendations, messages)),
                Map.entry(UserRatingsController.class, () -> new UserRatingsController(recommendations, profiles, messages)),
                Map.entry(MovieDetailsController.class,
                        () -> new MovieDetailsController(recommendations, details, links, messages)),
                Map.entry(OverviewController.class, () -> new OverviewController(overview, messages)),
                Map.entry(EvaluationController.class, () -> new EvaluationController(evaluation, messages)))));
        Parent root = views.load(MainWindowController.class.getResource("MainWindowController.fxml"));
        stage.setTitle(messages.text("app.title"));
        stage.getIcons().setAll(AppIcons.images());
        stage.setScene(new Scene(root, WIDTH, HEIGHT));
        WindowPlacement placement = new WindowPlacement(stage);
        settings.windowBounds().ifPresent(placement::restore);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> finishSaves(stage, messages));
        stage.focusedProperty().addListener((property, before, focused) -> {
            if (focused) {
                profiles.reload();
            }
        });
        stage.show();
        SplitPaneDividers.restore(root, settings);
        running = new Running(placement, root, recommendations, evaluation);
        if (settings.ownProfilePicked()) {
            pickOwnProfileOnceReady(recommendations);
        }
        profiles.start(settings.lastProfile());
        settings.lastDataset().ifPresent(model::open);
    }

    /** Picks the own profile, as at the last stop, as soon as it is ready for the first dataset loaded. */
    private static void pickOwnProfileOnceReady(RecommendationModel recommendations) {
        recommendations.ownProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends OwnRatings> property, OwnRatings before,
                                OwnRatings now) {
                if (now != null) {
                    property.removeListener(this);
                    recommendations.pickOwnProfile();
                }
            }
        });
    }

    /**
     * As the window closes, however it is closed, waits for the saves still to be written, and
     * tells the user, before the window goes, of any that could not be.
     */
    private void finishSaves(Stage stage, Messages messages) {
        List<SaveJobs.Unsaved> unsaved = tasks.saves().finish(SAVE_WAIT);
        if (unsaved.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(messages.text("app.unsavedIntro")).append('\n');
        for (SaveJobs.Unsaved save : unsaved) {
            text.append("\n• ").append(save.what()).append(": ").append(save.failure()
                    .map(failure -> FailureReason.of(messages, failure))
                    .orElseGet(() -> messages.format("app.unsavedStillWriting", SAVE_WAIT.toSeconds())));
        }
        text.append("\n\n").append(messages.text("app.unsavedAdvice"));
        Alert alert = new Alert(Alert.AlertType.ERROR, text.toString());
        alert.initOwner(stage);
        alert.setTitle(messages.text("app.unsavedTitle"));
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    /**
     * Saves what the next start puts back: the window's place, the dividers, the settings of both
     * forms; gives the saves still running a last bounded wait before the threads stop.
     */
    @Override
    public void stop() {
        if (running != null) {
            running.recommendations().cancelTrainings();
            settings.setWindowBounds(running.placement().current());
            SplitPaneDividers.save(running.root(), settings);
            settings.setRecommendation(running.recommendations().settings().choices());
            settings.setOwnProfilePicked(running.recommendations().ownPickedProperty().get());
            running.evaluation().form().save(settings.section(EVALUATION_SETTINGS));
            settings.flush();
            running = null;
        }
        executor.shutdownNow();
        sideExecutor.shutdownNow();
        tasks.saves().finish(SAVE_WAIT);
        saveExecutor.shutdownNow();
    }

    /** What {@link #stop()} reads the settings to save from. */
    private record Running(WindowPlacement placement, Parent root, RecommendationModel recommendations,
                           EvaluationModel evaluation) {
    }
}
