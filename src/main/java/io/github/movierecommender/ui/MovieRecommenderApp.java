package io.github.movierecommender.ui;

import io.github.movierecommender.ui.dataset.DatasetChooser;
import io.github.movierecommender.ui.dataset.DatasetSummaryController;
import io.github.movierecommender.ui.dataset.FileDialogDatasetChooser;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.main.AppModel;
import io.github.movierecommender.ui.main.MainWindowController;
import io.github.movierecommender.ui.recommend.RecommendationControlsController;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import io.github.movierecommender.ui.recommend.details.LinkOpener;
import io.github.movierecommender.ui.recommend.details.MovieDetailsController;
import io.github.movierecommender.ui.recommend.results.NeighboursController;
import io.github.movierecommender.ui.recommend.results.RankedListController;
import io.github.movierecommender.ui.recommend.results.ResultsController;
import io.github.movierecommender.ui.recommend.results.UserRatingsController;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.WorkerThreads;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The desktop app: builds the object graph and opens the main window. */
public final class MovieRecommenderApp extends Application {

    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;

    private final Locale locale;
    private final BiFunction<Window, Messages, DatasetChooser> choosers;
    private final LinkOpener links;
    private ExecutorService executor;

    public MovieRecommenderApp() {
        this(Locale.getDefault(), FileDialogDatasetChooser::new);
    }

    /** {@code choosers} makes the dataset chooser for the main window; links open in the system browser. */
    public MovieRecommenderApp(Locale locale, BiFunction<Window, Messages, DatasetChooser> choosers) {
        this.locale = locale;
        this.choosers = choosers;
        this.links = url -> getHostServices().showDocument(url);
    }

    /** {@code links} opens the movie sites' pages instead of the system browser. */
    public MovieRecommenderApp(Locale locale, BiFunction<Window, Messages, DatasetChooser> choosers,
                               LinkOpener links) {
        this.locale = locale;
        this.choosers = choosers;
        this.links = links;
    }

    public static void launchApp(String[] args) {
        Application.launch(MovieRecommenderApp.class, args);
    }

    @Override
    public void start(Stage stage) throws IOException {
        executor = WorkerThreads.newExecutor();
        Messages messages = Messages.forLocale(locale);
        BackgroundTasks tasks = new BackgroundTasks(executor);
        AppModel model = new AppModel(tasks, messages);
        RecommendationModel recommendations = new RecommendationModel(model.loadedProperty(), tasks, messages);
        DatasetChooser chooser = choosers.apply(stage, messages);
        FXMLLoader loader = new FXMLLoader(MainWindowController.class.getResource("MainWindowController.fxml"),
                messages.bundle());
        loader.setControllerFactory(new ControllerFactory(Map.<Class<?>, Supplier<?>>ofEntries(
                Map.entry(MainWindowController.class, () -> new MainWindowController(model, chooser)),
                Map.entry(DatasetSummaryController.class,
                        () -> new DatasetSummaryController(model.loadedProperty(), messages)),
                Map.entry(RecommendationControlsController.class,
                        () -> new RecommendationControlsController(recommendations, messages)),
                Map.entry(ResultsController.class, () -> new ResultsController(recommendations)),
                Map.entry(RankedListController.class, () -> new RankedListController(messages)),
                Map.entry(NeighboursController.class, () -> new NeighboursController(recommendations, messages)),
                Map.entry(UserRatingsController.class, () -> new UserRatingsController(recommendations, messages)),
                Map.entry(MovieDetailsController.class,
                        () -> new MovieDetailsController(recommendations, links, messages)))));
        stage.setTitle(messages.text("app.title"));
        stage.setScene(new Scene(loader.load(), WIDTH, HEIGHT));
        stage.show();
    }

    @Override
    public void stop() {
        executor.shutdownNow();
    }
}
