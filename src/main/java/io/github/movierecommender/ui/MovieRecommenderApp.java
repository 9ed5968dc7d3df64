package io.github.movierecommender.ui;

import impl.org.controlsfx.i18n.Localization;
import io.github.movierecommender.appdata.AppFolders;
import io.github.movierecommender.appdata.HeapReturn;
import io.github.movierecommender.concurrent.Causes;
import io.github.movierecommender.concurrent.DaemonThreads;
import io.github.movierecommender.concurrent.QuietAtShutdown;
import io.github.movierecommender.posters.PosterCache;
import io.github.movierecommender.posters.TmdbClient;
import io.github.movierecommender.data.Snapshots;
import io.github.movierecommender.profile.ProfileStore;
import io.github.movierecommender.launch.SoftwareRendering;
import io.github.movierecommender.synth.LoaderWarmUp;
import io.github.movierecommender.ui.act.ActMenuItems;
import io.github.movierecommender.ui.act.ActionNoticeController;
import io.github.movierecommender.ui.act.MarkedMoviesDialog;
import io.github.movierecommender.ui.act.MovieActions;
import io.github.movierecommender.ui.act.MovieActionsBarController;
import io.github.movierecommender.ui.compare.CompareController;
import io.github.movierecommender.ui.compare.CompareModel;
import io.github.movierecommender.ui.dataset.DatasetChooser;
import io.github.movierecommender.ui.dataset.DatasetDetailsController;
import io.github.movierecommender.ui.dataset.DatasetSummaryController;
import io.github.movierecommender.ui.dataset.FileDialogDatasetChooser;
import io.github.movierecommender.ui.error.FailureReason;
import io.github.movierecommender.ui.evaluate.EvaluationController;
import io.github.movierecommender.ui.evaluate.EvaluationModel;
import io.github.movierecommender.ui.files.FxSaveFileChooser;
import io.github.movierecommender.ui.files.SaveFileChooser;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.icon.AppIcons;
import io.github.movierecommender.ui.inspector.NeighbourInspection;
import io.github.movierecommender.ui.inspector.NeighbourInspectorController;
import io.github.movierecommender.ui.inspector.NeighbourInspectorWindow;
import io.github.movierecommender.ui.inspector.WorkedNumbers;
import io.github.movierecommender.ui.inspector.WorkedNumbersController;
import io.github.movierecommender.ui.main.AppModel;
import io.github.movierecommender.ui.main.MainWindowController;
import io.github.movierecommender.ui.main.ViewLoader.View;
import io.github.movierecommender.ui.overview.OverviewController;
import io.github.movierecommender.ui.overview.OverviewModel;
import io.github.movierecommender.ui.overview.OverviewTab;
import io.github.movierecommender.ui.posters.PosterModel;
import io.github.movierecommender.ui.posters.PosterSettings;
import io.github.movierecommender.ui.posters.PosterViews;
import io.github.movierecommender.ui.profile.FxProfileDialogs;
import io.github.movierecommender.ui.profile.MovieFinder;
import io.github.movierecommender.ui.profile.ProfileDialogs;
import io.github.movierecommender.ui.profile.ProfileModel;
import io.github.movierecommender.ui.profile.ProfilesMenu;
import io.github.movierecommender.ui.profile.RateMoviesController;
import io.github.movierecommender.ui.recommend.RecommendationControlsController;
import io.github.movierecommender.ui.recommend.OpeningWarmUp;
import io.github.movierecommender.ui.recommend.OwnRatings;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import io.github.movierecommender.ui.recommend.ShownLists;
import io.github.movierecommender.ui.recommend.RecommendationSettings;
import io.github.movierecommender.ui.recommend.details.LinkOpener;
import io.github.movierecommender.ui.recommend.filter.ListFilterController;
import io.github.movierecommender.ui.recommend.filter.ListFilterModel;
import io.github.movierecommender.ui.recommend.details.MovieDetailsController;
import io.github.movierecommender.ui.recommend.details.MovieDetailsModel;
import io.github.movierecommender.ui.recommend.details.SystemBrowser;
import io.github.movierecommender.ui.recommend.results.NeighboursController;
import io.github.movierecommender.ui.recommend.results.RankedListController;
import io.github.movierecommender.ui.recommend.results.ResultsController;
import io.github.movierecommender.ui.recommend.results.UserRatingsController;
import io.github.movierecommender.ui.settings.AppSettings;
import io.github.movierecommender.ui.settings.Language;
import io.github.movierecommender.ui.settings.SettingsModel;
import io.github.movierecommender.ui.settings.SplitPaneDividers;
import io.github.movierecommender.ui.settings.Themes;
import io.github.movierecommender.ui.settings.WindowBounds;
import io.github.movierecommender.ui.settings.WindowPlacement;
import io.github.movierecommender.ui.settings.WindowSizing;
import io.github.movierecommender.ui.task.AfterOpening;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.BatchJobs;
import io.github.movierecommender.ui.task.SaveJobs;
import io.github.movierecommender.ui.task.WorkerThreads;
import io.github.movierecommender.ui.timing.AfterLayout;
import io.github.movierecommender.ui.timing.ShownStep;
import io.github.movierecommender.ui.timing.ShownSteps;
import io.github.movierecommender.ui.timing.Timings;
import io.github.movierecommender.ui.tour.TourController;
import io.github.movierecommender.ui.tour.TourModel;
import io.github.movierecommender.ui.tour.TourWindow;
import io.github.movierecommender.ui.welcome.DataSources;
import io.github.movierecommender.ui.welcome.LicenceDialog;
import io.github.movierecommender.ui.welcome.MovieLensDownloads;
import io.github.movierecommender.ui.welcome.WelcomeActions;
import io.github.movierecommender.ui.welcome.WelcomeController;
import io.github.movierecommender.ui.welcome.WelcomeModel;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The desktop app: builds the object graph and opens the main window where the user left it,
 * with the settings and the dataset of the last run; saves them again when it stops.
 */
public final class MovieRecommenderApp extends Application {

    private static final String EVALUATION_SETTINGS = "evaluation";
    /** Where TMDB's API is instead of {@link TmdbClient#TMDB}, such as a local stand-in to try posters with. */
    public static final String TMDB_PROPERTY = "movierecommender.tmdb.url";
    /** The most disk space the posters kept take. */
    private static final long POSTER_CACHE_BYTES = 100L * 1024 * 1024;
    private static final String LIST_FILTER_SETTINGS = "listFilter";
    /** How long closing waits for the saves still to be written. */
    private static final Duration SAVE_WAIT = Duration.ofSeconds(5);

    private final AppSettings settings;
    private final Path dataFolder;
    private final BiFunction<Window, Messages, DatasetChooser> choosers;
    private final BiFunction<Window, Messages, LinkOpener> links;
    private final BiFunction<Window, Messages, ProfileDialogs> profileDialogs;
    private final Function<Window, SaveFileChooser> saveChoosers;
    private final ShownLists lists;
    private final DataSources sources;
    private final URI tmdb;
    private final Timings timings;
    private final Optional<LoaderWarmUp> warmUp;
    private final Optional<SoftwareRendering> rendering;
    private final boolean returnsHeap;
    private ExecutorService executor;
    private ExecutorService saveExecutor;
    private ExecutorService sideExecutor;
    private ExecutorService quickExecutor;
    private ExecutorService posterExecutor;
    private ExecutorService snapshotExecutor;
    private ExecutorService heapExecutor;
    private BackgroundTasks tasks;
    private Running running;
    /** Set as the app stops, so that work of its own it left running ends. */
    private volatile boolean stopping;

    /** For the person running the app: their own settings and data folder, the platform's dialogs and browser. */
    public MovieRecommenderApp() {
        this(forThisMachine(AppFolders.ofThisMachine()), true);
    }

    private static Builder forThisMachine(AppFolders folders) {
        return builder(AppSettings.forThisUser(), folders.dataFolder()).loaderWarmUp(folders.cacheFolder())
                .softwareRendering(SoftwareRendering.forThisMachine(folders));
    }

    /**
     * {@code returnsHeap}: the JVM is set to keep its heap until the first window shows, and while
     * each dataset opens, and otherwise to give back the heap it no longer uses.
     */
    private MovieRecommenderApp(Builder parts, boolean returnsHeap) {
        this.returnsHeap = returnsHeap;
        this.settings = parts.settings;
        this.dataFolder = parts.dataFolder;
        this.choosers = parts.choosers != null ? parts.choosers
                : (owner, messages) -> new FileDialogDatasetChooser(owner, messages, parts.settings::lastDataset);
        this.links = parts.links != null ? (owner, messages) -> parts.links
                : (owner, messages) -> new SystemBrowser(url -> getHostServices().showDocument(url),
                        SystemBrowser::found, owner, messages);
        this.profileDialogs = parts.profileDialogs;
        this.saveChoosers = parts.saveChoosers;
        this.lists = parts.lists;
        this.sources = parts.sources != null ? parts.sources : DataSources.latestSmall(parts.dataFolder);
        this.tmdb = parts.tmdb != null ? parts.tmdb : tmdbOfThisRun();
        this.timings = parts.timings;
        this.warmUp = parts.warmUp;
        this.rendering = parts.rendering;
    }

    /**
     * An app remembering in {@code settings} between runs and keeping downloads, the demo and the
     * profiles in {@code dataFolder}; what touches the platform is the real thing unless replaced,
     * as tests do: file dialogs opening beside the last dataset, links in the system browser (or,
     * without one, the address offered to copy), releases downloaded from GroupLens.
     */
    public static Builder builder(AppSettings settings, Path dataFolder) {
        return new Builder(settings, dataFolder);
    }

    /** What the app is made of, each part replaceable; see {@link #builder}. */
    public static final class Builder {
        private final AppSettings settings;
        private final Path dataFolder;
        private BiFunction<Window, Messages, DatasetChooser> choosers;
        private LinkOpener links;
        private BiFunction<Window, Messages, ProfileDialogs> profileDialogs = FxProfileDialogs::new;
        private Function<Window, SaveFileChooser> saveChoosers = FxSaveFileChooser::new;
        private ShownLists lists = ShownLists.ofRegistry();
        private DataSources sources;
        private URI tmdb;
        private Timings timings = Timings.fromSystemProperty();
        private Optional<LoaderWarmUp> warmUp = Optional.empty();
        private Optional<SoftwareRendering> rendering = Optional.empty();

        private Builder(AppSettings settings, Path dataFolder) {
            this.settings = settings;
            this.dataFolder = dataFolder;
        }

        /** Makes the dataset chooser for the main window. */
        public Builder datasetChoosers(BiFunction<Window, Messages, DatasetChooser> value) {
            this.choosers = value;
            return this;
        }

        /** Opens the movie sites' pages instead of the system browser. */
        public Builder links(LinkOpener value) {
            this.links = value;
            return this;
        }

        /** Makes what the Profiles menu asks with. */
        public Builder profileDialogs(BiFunction<Window, Messages, ProfileDialogs> value) {
            this.profileDialogs = value;
            return this;
        }

        /** Makes what asks where to save exported results and charts. */
        public Builder saveChoosers(Function<Window, SaveFileChooser> value) {
            this.saveChoosers = value;
            return this;
        }

        /** The Recommendations tab's lists with the methods that make them. */
        public Builder lists(ShownLists value) {
            this.lists = value;
            return this;
        }

        /** Where MovieLens releases are downloaded from. */
        public Builder sources(DataSources value) {
            this.sources = value;
            return this;
        }

        /** Where TMDB's API answers, for the posters. */
        public Builder tmdb(URI value) {
            this.tmdb = value;
            return this;
        }

        /** Times the steps the user waits for; by default as {@link Timings#fromSystemProperty()} says. */
        public Builder timings(Timings value) {
            this.timings = value;
            return this;
        }

        /**
         * Once the window shows and no dataset is opening, loads a small release kept in
         * {@code folder} on a thread of its own ({@link LoaderWarmUp}); by default nothing is warmed up.
         */
        public Builder loaderWarmUp(Path folder) {
            this.warmUp = Optional.of(new LoaderWarmUp(folder));
            return this;
        }

        /** Once the window shows, remembers whether JavaFX drew it in software; by default nothing is. */
        public Builder softwareRendering(SoftwareRendering value) {
            this.rendering = Optional.of(value);
            return this;
        }

        public MovieRecommenderApp build() {
            return new MovieRecommenderApp(this, false);
        }
    }

    /** Runs the desktop app until it closes: 0, or 1 when JavaFX could not open a window, which it then says. */
    public static int launchApp(String[] args) {
        SoftwareRendering.forThisMachine(AppFolders.ofThisMachine()).chooseBeforeStart();
        ClassPathJavaFxNote.leaveOut();
        try {
            Application.launch(MovieRecommenderApp.class, args);
            return 0;
        } catch (RuntimeException | LinkageError e) {
            System.err.println(new WindowlessStart(e, System.getProperty("os.name", ""), System.getenv()).message());
            return 1;
        }
    }

    @Override
    public void start(Stage stage) {
        QuietAtShutdown.install(Thread.currentThread());
        CompletableFuture<List<Image>> icons = AppIcons.decodedAside(AppIcons.WINDOW_SIZES);
        heapExecutor = WorkerThreads.newHeapExecutor();
        aside(HeapReturn::keepWhileOpening);
        executor = WorkerThreads.newExecutor();
        saveExecutor = WorkerThreads.newSaveExecutor();
        sideExecutor = WorkerThreads.newSideExecutor();
        quickExecutor = WorkerThreads.newQuickExecutor();
        posterExecutor = WorkerThreads.newPosterExecutor();
        snapshotExecutor = WorkerThreads.newSnapshotExecutor();
        Language language = settings.language();
        Messages messages = Messages.forLocale(language.locale(Locale.getDefault()));
        Localization.setLocale(messages.locale());
        SettingsModel appearance = new SettingsModel(settings, Themes.forApplication(), language);
        tasks = new BackgroundTasks(executor, saveExecutor, sideExecutor, quickExecutor, Platform::runLater);
        AfterLayout afterLayout = AfterLayout.of(stage);
        ShownSteps steps = new ShownSteps(timings, afterLayout);
        ShownStep opening = steps.step(AppModel.OPEN_STEP);
        AfterOpening afterOpening = AfterOpening.holding(afterLayout::run);
        afterOpening.aroundEachOpening(() -> aside(HeapReturn::keepWhileOpening), () -> aside(HeapReturn::enable));
        AppModel model = new AppModel(tasks, messages, settings::rememberOpened,
                Snapshots.in(dataFolder.resolve(AppFolders.SNAPSHOTS), afterOpening.handingTo(snapshotExecutor)),
                opening, afterOpening);
        ProfileModel profiles = new ProfileModel(new ProfileStore(dataFolder.resolve("profiles"), Clock.systemUTC()),
                model.loadedProperty(), tasks, messages, model::showError, settings::setLastProfile);
        MovieDetailsModel details = new MovieDetailsModel(tasks, messages);
        RecommendationModel recommendations = new RecommendationModel(model.loadedProperty(),
                profiles.ownProperty(), details, tasks, messages, lists, steps, opening, afterOpening);
        recommendations.settings().restore(settings.recommendation(RecommendationSettings.defaults()));
        recommendations.settings().hiddenProperty().bind(profiles.hiddenFilterProperty());
        MovieActions actions = new MovieActions(profiles, recommendations, model.loadedProperty(), messages);
        ListFilterModel listFilter = new ListFilterModel(model.loadedProperty(),
                recommendations.settings().listFilterProperty());
        listFilter.restore(settings.section(LIST_FILTER_SETTINGS));
        CompareModel compare = new CompareModel(recommendations, lists, model.loadedProperty(), tasks.sideJobs(),
                messages);
        DatasetChooser chooser = choosers.apply(stage, messages);
        LinkOpener linkOpener = links.apply(stage, messages);
        SaveFileChooser saveChooser = saveChoosers.apply(stage);
        ActMenuItems actItems = new ActMenuItems(actions, new MarkedMoviesDialog(actions, messages, saveChooser),
                messages, stage);
        EvaluationModel evaluation = new EvaluationModel(model.loadedProperty(), tasks, messages,
                saveChooser, model::showError);
        evaluation.form().restore(settings.section(EVALUATION_SETTINGS));
        OverviewModel overview = new OverviewModel(model.loadedProperty(), tasks, messages, model::showError,
                saveChooser, steps.step(OverviewModel.SHOWN_STEP), afterOpening);
        // After the overview: once a dataset's opening is over, its overview (a fraction of a second)
        // is worked out before its title index (a second or two on 32 million ratings).
        MovieFinder finder = new MovieFinder(model.loadedProperty(), tasks, afterOpening);
        WelcomeModel welcome = new WelcomeModel(tasks, messages, sources,
                new WelcomeActions(new LicenceDialog(stage, messages), model::open, chooser, model::showError));
        PosterSettings posterSettings = new PosterSettings(settings.section(PosterSettings.SECTION));
        PosterViews posters = new PosterViews(new PosterModel(posterSettings,
                new BatchJobs(posterExecutor, Platform::runLater), tmdb,
                new PosterCache(dataFolder.resolve("posters"), POSTER_CACHE_BYTES), model.loadedProperty(), messages),
                messages);
        FxmlViews views = new FxmlViews(messages.bundle());
        NeighbourInspection inspection = new NeighbourInspection(recommendations, tasks, messages);
        NeighbourInspectorWindow inspector = new NeighbourInspectorWindow(stage, views, inspection, messages);
        WorkedNumbers worked = new WorkedNumbers(recommendations, details, tasks, messages);
        TourModel tourModel = new TourModel(model.loadedProperty(), recommendations, tasks, messages, welcome::tryDemo);
        TourWindow tour = new TourWindow(stage, tourModel, views, messages);
        views.useControllers(new ControllerFactory(Map.<Class<?>, Supplier<?>>ofEntries(
                Map.entry(MainWindowController.class,
                        () -> new MainWindowController(model, chooser, settings, appearance, messages,
                                new ProfilesMenu(profiles, profileDialogs.apply(stage, messages), messages,
                                        recommendations::pickOwnProfile, actItems::items),
                                new MovieLensDownloads(welcome, messages),
                                posters, tour::open, views)),
                Map.entry(RateMoviesController.class, () -> new RateMoviesController(profiles, finder, messages)),
                Map.entry(WelcomeController.class, () -> new WelcomeController(welcome, tour::open)),
                Map.entry(DatasetSummaryController.class,
                        () -> new DatasetSummaryController(model.loadedProperty(), views::load)),
                Map.entry(DatasetDetailsController.class,
                        () -> new DatasetDetailsController(model.loadedProperty(), messages)),
                Map.entry(RecommendationControlsController.class,
                        () -> new RecommendationControlsController(recommendations, messages,
                                steps.step(RecommendationControlsController.FILTER_STEP))),
                Map.entry(ResultsController.class,
                        () -> new ResultsController(recommendations, views, posters, new OverviewTab(overview, views))),
                Map.entry(RankedListController.class, () -> new RankedListController(messages, actions)),
                Map.entry(MovieActionsBarController.class,
                        () -> new MovieActionsBarController(actions, details, messages)),
                Map.entry(ActionNoticeController.class, () -> new ActionNoticeController(actions)),
                Map.entry(NeighboursController.class,
                        () -> new NeighboursController(recommendations, messages, inspector::open)),
                Map.entry(ListFilterController.class, () -> new ListFilterController(listFilter, messages)),
                Map.entry(CompareController.class, () -> new CompareController(compare, messages)),
                Map.entry(UserRatingsController.class, () -> new UserRatingsController(recommendations, profiles, messages)),
                Map.entry(MovieDetailsController.class,
                        () -> new MovieDetailsController(recommendations, details, linkOpener, messages, posters)),
                Map.entry(NeighbourInspectorController.class,
                        () -> new NeighbourInspectorController(inspection, messages)),
                Map.entry(WorkedNumbersController.class, () -> new WorkedNumbersController(worked, messages)),
                Map.entry(OverviewController.class, () -> new OverviewController(overview, messages)),
                Map.entry(EvaluationController.class, () -> new EvaluationController(evaluation, messages)),
                Map.entry(TourController.class, () -> new TourController(tourModel, messages)))));
        View<MainWindowController> main = views.loadWithController(
                MainWindowController.class.getResource("MainWindowController.fxml"));
        Parent root = main.root();
        stage.setTitle(messages.text("app.title"));
        stage.getIcons().setAll(Causes.join(icons));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowBounds bounds = WindowSizing.initial(settings.windowBounds(), screen,
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
        Scene scene = new Scene(root, bounds.width(), bounds.height());
        stage.setScene(scene);
        WindowPlacement placement = new WindowPlacement(stage);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> finishSaves(stage, messages));
        stage.focusedProperty().addListener((property, before, focused) -> {
            if (focused) {
                profiles.reload();
            }
        });
        placement.show(bounds, () -> SplitPaneDividers.restore(root, settings));
        afterLayout.run(() -> {
            timings.sinceProcessStart("first-window");
            rendering.ifPresent(memory -> {
                boolean drawnInSoftware = !Platform.isSupported(ConditionalFeature.SCENE3D);
                saveExecutor.execute(() -> memory.learn(drawnInSoftware));
            });
            AppIcons.decodedAside(AppIcons.LARGE_SIZES).thenAcceptAsync(stage.getIcons()::addAll, Platform::runLater);
            afterOpening.execute(() -> aside(HeapReturn::enable));
            afterLayout.runOnceShown(() -> {
                if (running != null) {
                    main.controller().buildUnseenParts();
                    warmUp.map(loader -> new OpeningWarmUp(loader, messages)).ifPresent(warmingUp -> afterOpening
                            .handingTo(DaemonThreads.named("loader-warm-up"))
                            .execute(() -> warmingUp.run(() -> afterOpening.opening() || stopping)));
                }
            });
        });
        running = new Running(placement, root, recommendations, evaluation, listFilter);
        if (settings.ownProfilePicked()) {
            pickOwnProfileOnceReady(recommendations);
        }
        profiles.start(settings.lastProfile());
        settings.lastDataset().ifPresent(model::open);
    }

    /**
     * Changes the heap options ({@link HeapReturn}) beside the JavaFX thread, in the order asked. The
     * thread is a daemon, left running as the app stops: a change asked for then is a change too late.
     */
    private void aside(Runnable heapSetting) {
        if (returnsHeap) {
            heapExecutor.execute(heapSetting);
        }
    }

    /** TMDB's API, or where the system property {@value #TMDB_PROPERTY} says it is. */
    private static URI tmdbOfThisRun() {
        String address = System.getProperty(TMDB_PROPERTY, "");
        try {
            return address.isBlank() ? TmdbClient.TMDB : URI.create(address);
        } catch (IllegalArgumentException e) {
            return TmdbClient.TMDB;
        }
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
        stopping = true;
        if (running != null) {
            running.placement().stopAsking();
            running.recommendations().cancelTrainings();
            WindowBounds bounds = running.placement().current();
            if (WindowSizing.isUsableSize(bounds.width(), bounds.height(), Screen.getPrimary().getVisualBounds())) {
                settings.setWindowBounds(bounds);
                SplitPaneDividers.save(running.root(), settings);
            }
            settings.setRecommendation(running.recommendations().settings().choices());
            settings.setOwnProfilePicked(running.recommendations().ownPickedProperty().get());
            running.evaluation().form().save(settings.section(EVALUATION_SETTINGS));
            running.listFilter().save(settings.section(LIST_FILTER_SETTINGS));
            settings.flush();
            running = null;
        }
        executor.shutdownNow();
        sideExecutor.shutdownNow();
        quickExecutor.shutdownNow();
        posterExecutor.shutdownNow();
        snapshotExecutor.shutdownNow();
        tasks.saves().finish(SAVE_WAIT);
        saveExecutor.shutdownNow();
    }

    /** What {@link #stop()} reads the settings to save from. */
    private record Running(WindowPlacement placement, Parent root, RecommendationModel recommendations,
                           EvaluationModel evaluation, ListFilterModel listFilter) {
    }
}
