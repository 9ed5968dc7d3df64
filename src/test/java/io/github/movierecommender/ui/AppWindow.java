package io.github.movierecommender.ui;

import io.github.movierecommender.ui.settings.AppSettings;
import io.github.movierecommender.ui.settings.Language;
import io.github.movierecommender.ui.settings.ThrowawayPreferences;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.prefs.BackingStoreException;
import javafx.stage.Stage;

/**
 * For window tests: the whole app in a TestFX stage, on throwaway preferences, opening the dataset
 * folder a test gives whenever the user asks to open one; {@link #stop()} leaves no trace.
 */
public final class AppWindow {

    private final ThrowawayPreferences preferences = new ThrowawayPreferences();
    private MovieRecommenderApp app;
    private Stage stage;

    /** Starts the app in {@code language}, answering "open a dataset folder" with {@code dataset}. */
    public void start(Stage stage, Path dataFolder, Language language, Path dataset) {
        start(stage, dataFolder, language, () -> dataset, settings -> { }, UnaryOperator.identity());
    }

    /** As {@link #start(Stage, Path, Language, Path)}, with the app's other parts set by {@code parts}. */
    public void start(Stage stage, Path dataFolder, Language language, Path dataset,
                      UnaryOperator<MovieRecommenderApp.Builder> parts) {
        start(stage, dataFolder, language, () -> dataset, settings -> { }, parts);
    }

    /**
     * Starts the app with its settings first changed by {@code settings} and its parts set by
     * {@code parts}; "open a dataset folder" answers with the folder {@code dataset} gives then.
     */
    public void start(Stage stage, Path dataFolder, Language language, Supplier<Path> dataset,
                      Consumer<AppSettings> settings, UnaryOperator<MovieRecommenderApp.Builder> parts) {
        this.stage = stage;
        AppSettings appSettings = new AppSettings(preferences.node());
        appSettings.setLanguage(language);
        settings.accept(appSettings);
        app = parts.apply(MovieRecommenderApp.builder(appSettings, dataFolder)
                .datasetChoosers((owner, messages) -> AppWindows.choosing(dataset))).build();
        app.start(stage);
    }

    /** Closes the app if it was started, and forgets the preferences either way. */
    public void stop() throws BackingStoreException {
        if (app != null) {
            AppWindows.close(app, stage, preferences);
        } else {
            preferences.close();
        }
    }
}
