package io.github.movierecommender.ui.settings;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A preferences node of its own for one test, right under the user's root, removed afterwards. */
public final class ThrowawayPreferences implements AutoCloseable {

    private final Preferences node = Preferences.userRoot().node("/movie-recommender-test-" + UUID.randomUUID());

    public Preferences node() {
        return node;
    }

    /** The node as the app finds it on its next start: written to its store, then looked up by its path. */
    public Preferences reopened() throws BackingStoreException {
        node.flush();
        return Preferences.userRoot().node(node.absolutePath());
    }

    @Override
    public void close() throws BackingStoreException {
        node.removeNode();
        Preferences.userRoot().flush();
    }
}
