package io.github.movierecommender.ui.settings;

import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.PopularRanking;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;

/**
 * What the app remembers between runs, kept in a {@link Preferences} node: the datasets opened,
 * the window's place, the split panes' dividers, the recommendation settings, the theme, the
 * language, the profile in use and whether it was the user picked. A value that is missing or unreadable reads as the default.
 */
public final class AppSettings {

    public static final int MAX_RECENT = 8;
    /** The node the app uses for the person running it. */
    public static final String NODE = "/io/github/movierecommender";

    private static final System.Logger LOG = System.getLogger(AppSettings.class.getName());
    private static final String LAST_DATASET = "lastDataset";
    private static final String RECENT = "recent.";
    private static final String WINDOW = "window.";
    private static final String DIVIDERS = "dividers.";
    private static final String K = "k";
    private static final String N = "n";
    private static final String MIN_VOTES = "minVotes";
    private static final String MEASURE = "measure";
    private static final String MODE = "mode";
    private static final String RANKING = "ranking";
    private static final String THEME = "theme";
    private static final String LANGUAGE = "language";
    private static final String PROFILE = "profile";
    private static final String OWN_PROFILE_PICKED = "ownProfilePicked";

    private final Preferences node;
    private final List<Runnable> recentListeners = new CopyOnWriteArrayList<>();

    public AppSettings(Preferences node) {
        this.node = node;
    }

    public static AppSettings forThisUser() {
        return new AppSettings(Preferences.userRoot().node(NODE));
    }

    /** A part of the settings that a feature keeps itself, such as the Evaluation tab's form. */
    public Preferences section(String name) {
        return node.node(name);
    }

    /** The dataset opened last, if it is still there. */
    public Optional<Path> lastDataset() {
        return path(node.get(LAST_DATASET, null)).filter(Files::exists);
    }

    /** Records a dataset that opened: it becomes the last one and heads the recent list. */
    public void rememberOpened(Path dataset) {
        boolean written = write(() -> {
            Path absolute = dataset.toAbsolutePath().normalize();
            node.put(LAST_DATASET, absolute.toString());
            List<Path> recent = new ArrayList<>(MAX_RECENT);
            recent.add(absolute);
            recentDatasets().stream().filter(path -> !path.equals(absolute)).limit(MAX_RECENT - 1L).forEach(recent::add);
            storeRecent(recent);
        });
        if (written) {
            recentListeners.forEach(Runnable::run);
        }
    }

    /** The datasets opened lately, most recent first, without those that no longer exist. */
    public List<Path> recentDatasets() {
        List<Path> recent = new ArrayList<>(MAX_RECENT);
        for (int i = 0; i < MAX_RECENT; i++) {
            path(node.get(RECENT + i, null)).filter(Files::exists).filter(path -> !recent.contains(path))
                    .ifPresent(recent::add);
        }
        return List.copyOf(recent);
    }

    public void clearRecent() {
        if (write(() -> storeRecent(List.of()))) {
            recentListeners.forEach(Runnable::run);
        }
    }

    /** {@code listener} runs after every change to the recent list. */
    public void addRecentListener(Runnable listener) {
        recentListeners.add(listener);
    }

    private void storeRecent(List<Path> recent) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                node.put(RECENT + i, recent.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
    }

    /** The main window's last bounds, if they were saved and can be shown. */
    public Optional<WindowBounds> windowBounds() {
        WindowBounds bounds = new WindowBounds(node.getDouble(WINDOW + "x", Double.NaN),
                node.getDouble(WINDOW + "y", Double.NaN), node.getDouble(WINDOW + "width", Double.NaN),
                node.getDouble(WINDOW + "height", Double.NaN), node.getBoolean(WINDOW + "maximized", false));
        return bounds.isUsable() ? Optional.of(bounds) : Optional.empty();
    }

    public void setWindowBounds(WindowBounds bounds) {
        write(() -> {
            node.putDouble(WINDOW + "x", bounds.x());
            node.putDouble(WINDOW + "y", bounds.y());
            node.putDouble(WINDOW + "width", bounds.width());
            node.putDouble(WINDOW + "height", bounds.height());
            node.putBoolean(WINDOW + "maximized", bounds.maximized());
        });
    }

    /**
     * The divider positions saved for the split pane called {@code name}, each from 0 to 1, or an
     * empty array when none were saved.
     */
    public double[] dividerPositions(String name) {
        String saved = node.get(dividerKey(name), "");
        try {
            double[] positions = saved.isEmpty() ? new double[0]
                    : Arrays.stream(saved.split(",")).mapToDouble(Double::parseDouble).toArray();
            return Arrays.stream(positions).allMatch(position -> position >= 0 && position <= 1)
                    ? positions : new double[0];
        } catch (NumberFormatException e) {
            return new double[0];
        }
    }

    public void setDividerPositions(String name, double... positions) {
        write(() -> node.put(dividerKey(name), Arrays.stream(positions).mapToObj(Double::toString)
                .collect(Collectors.joining(","))));
    }

    private static String dividerKey(String name) {
        String key = DIVIDERS + name;
        if (name.isEmpty() || key.length() > Preferences.MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("A split pane's name must have 1 to "
                    + (Preferences.MAX_KEY_LENGTH - DIVIDERS.length()) + " characters: \"" + name + "\"");
        }
        return key;
    }

    /** The recommendation settings saved, each one that is missing or invalid taken from {@code defaults}. */
    public RecommendationChoices recommendation(RecommendationChoices defaults) {
        int k = node.getInt(K, defaults.k());
        int n = node.getInt(N, defaults.n());
        int minVotes = node.getInt(MIN_VOTES, defaults.minVotes());
        return new RecommendationChoices(k >= 1 ? k : defaults.k(), n >= 1 ? n : defaults.n(),
                minVotes >= 0 ? minVotes : defaults.minVotes(),
                named(Measure.class, node.get(MEASURE, null), defaults.measure()),
                named(NeighbourMode.class, node.get(MODE, null), defaults.mode()),
                named(PopularRanking.class, node.get(RANKING, null), defaults.ranking()));
    }

    public void setRecommendation(RecommendationChoices choices) {
        write(() -> {
            node.putInt(K, choices.k());
            node.putInt(N, choices.n());
            node.putInt(MIN_VOTES, choices.minVotes());
            node.put(MEASURE, choices.measure().name());
            node.put(MODE, choices.mode().name());
            node.put(RANKING, choices.ranking().name());
        });
    }

    public Theme theme() {
        return named(Theme.class, node.get(THEME, null), Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        write(() -> node.put(THEME, theme.name()));
    }

    public Language language() {
        return named(Language.class, node.get(LANGUAGE, null), Language.SYSTEM);
    }

    public void setLanguage(Language language) {
        write(() -> node.put(LANGUAGE, language.name()));
    }

    /** The name of the profile in use when the app last ran. */
    public Optional<String> lastProfile() {
        return Optional.ofNullable(node.get(PROFILE, null)).filter(name -> !name.isEmpty());
    }

    public void setLastProfile(String name) {
        write(() -> node.put(PROFILE, name));
    }

    /** Whether the own profile was the user picked when the app last stopped. */
    public boolean ownProfilePicked() {
        return node.getBoolean(OWN_PROFILE_PICKED, false);
    }

    public void setOwnProfilePicked(boolean picked) {
        write(() -> node.putBoolean(OWN_PROFILE_PICKED, picked));
    }

    /**
     * Makes a change and says whether it was made, or drops it once the node is removed: a
     * background job can end after the app stopped, and a test removes its throwaway node then. The
     * app's own node is never removed, so the app loses no change; Preferences writes the changes
     * made after the last flush on exit. Any other failure is thrown.
     */
    private boolean write(Runnable change) {
        try {
            change.run();
            return true;
        } catch (IllegalStateException e) {
            if (!removed()) {
                throw e;
            }
            LOG.log(System.Logger.Level.DEBUG, "Settings node removed; change dropped", e);
            return false;
        }
    }

    private boolean removed() {
        try {
            return !node.nodeExists("");
        } catch (BackingStoreException e) {
            return false;
        }
    }

    /** Writes the settings to disk now rather than in a while; a failure is logged, never thrown. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not save the settings", e);
        }
    }

    private static Optional<Path> path(String saved) {
        if (saved == null || saved.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(saved));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, E fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
