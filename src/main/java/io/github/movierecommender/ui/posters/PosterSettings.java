package io.github.movierecommender.ui.posters;

import io.github.movierecommender.posters.ApiKey;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * What the posters remember in the user's settings: the TMDB API key, and whether the lists show
 * as posters. The key is kept there only, never in a file of the app's nor in a log.
 */
public final class PosterSettings {

    /** The settings' section the posters keep theirs in. */
    public static final String SECTION = "posters";

    private static final String KEY = "tmdbApiKey";
    private static final String GRID = "gridShown";

    private final Preferences node;

    public PosterSettings(Preferences node) {
        this.node = node;
    }

    public Optional<ApiKey> key() {
        return ApiKey.parse(node.get(KEY, ""));
    }

    public void setKey(ApiKey key) {
        node.put(KEY, key.reveal());
    }

    public void clearKey() {
        node.remove(KEY);
    }

    public boolean gridShown() {
        return node.getBoolean(GRID, false);
    }

    public void setGridShown(boolean shown) {
        node.putBoolean(GRID, shown);
    }
}
