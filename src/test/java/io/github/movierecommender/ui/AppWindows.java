package io.github.movierecommender.ui;

import io.github.movierecommender.ui.dataset.DatasetChooser;
import io.github.movierecommender.ui.settings.ThrowawayPreferences;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import javafx.application.Application;
import javafx.stage.Stage;

/** For window tests: a dataset chooser that needs no dialog, and closing the app without a trace. */
public final class AppWindows {

    private AppWindows() {
    }

    /** Hides the window before the theme is reset, so the reset restyles nothing on screen. */
    public static void close(MovieRecommenderApp app, Stage stage, ThrowawayPreferences preferences)
            throws BackingStoreException {
        app.stop();
        stage.hide();
        Application.setUserAgentStylesheet(null);
        preferences.close();
    }

    /** Answers every "open a dataset folder" with {@code folder}, as a person choosing it would; no zip. */
    public static DatasetChooser choosing(Path folder) {
        return choosing(() -> folder);
    }

    /** Answers "open a dataset folder" with the folder {@code folder} gives at that moment; no zip. */
    public static DatasetChooser choosing(Supplier<Path> folder) {
        return new DatasetChooser() {
            @Override
            public Optional<Path> chooseFolder() {
                return Optional.of(folder.get());
            }

            @Override
            public Optional<Path> chooseZip() {
                return Optional.empty();
            }
        };
    }
}
