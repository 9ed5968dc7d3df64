package io.github.movierecommender.ui;

import io.github.movierecommender.ui.dataset.DatasetChooser;
import io.github.movierecommender.ui.dataset.DatasetSummaryController;
import io.github.movierecommender.ui.dataset.FileDialogDatasetChooser;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.main.AppModel;
import io.github.movierecommender.ui.main.MainWindowController;
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
    private ExecutorService executor;

    public MovieRecommenderApp() {
        this(Locale.getDefault(), FileDialogDatasetChooser::new);
    }

    /** {@code choosers} makes the dataset chooser for the main window. */
    public MovieRecommenderApp(Locale locale, BiFunction<Window, Messages, DatasetChooser> choosers) {
        this.locale = locale;
        this.choosers = choosers;
    }

    public static void launchApp(String[] args) {
        Application.launch(MovieRecommenderApp.class, args);
    }

    @Override
    public void start(Stage stage) throws IOException {
        executor = WorkerThreads.newExecutor();
        Messages messages = Messages.forLocale(locale);
        AppModel model = new AppModel(new BackgroundTasks(executor), messages);
        DatasetChooser chooser = choosers.apply(stage, messages);
        FXMLLoader loader = new FXMLLoader(MainWindowController.class.getResource("MainWindowController.fxml"),
                messages.bundle());
        loader.setControllerFactory(new ControllerFactory(Map.<Class<?>, Supplier<?>>of(
                MainWindowController.class, () -> new MainWindowController(model, chooser),
                DatasetSummaryController.class, () -> new DatasetSummaryController(model.loadedProperty(), messages))));
        stage.setTitle(messages.text("app.title"));
        stage.setScene(new Scene(loader.load(), WIDTH, HEIGHT));
        stage.show();
    }

    @Override
    public void stop() {
        executor.shutdownNow();
    }
}
