package io.github.movierecommender.ui;

import io.github.movierecommender.ui.settings.ThrowawayPreferences;
import java.util.prefs.BackingStoreException;
import javafx.application.Application;
import javafx.stage.Stage;

/** Closes an app started by a window test, leaving no theme or preferences behind for the next one. */
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
}
