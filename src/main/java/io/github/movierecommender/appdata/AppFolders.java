package io.github.movierecommender.appdata;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the app keeps its files for one user, by each system's convention: on Linux
 * {@code $XDG_DATA_HOME/movie-recommender} (default {@code ~/.local/share}), on Windows
 * {@code %APPDATA%\MovieRecommender}, on macOS {@code ~/Library/Application Support/MovieRecommender};
 * and files it can make again (a cache) apart from them.
 */
public record AppFolders(String osName, Map<String, String> environment, Path userHome) {

    public AppFolders {
        environment = Map.copyOf(environment);
    }

    public static AppFolders ofThisMachine() {
        return new AppFolders(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    /** The per-user data folder; it may not exist yet. */
    public Path dataFolder() {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return variable("APPDATA").orElse(userHome.resolve("AppData").resolve("Roaming"))
                    .resolve("MovieRecommender");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("MovieRecommender");
        }
        return variable("XDG_DATA_HOME").filter(Path::isAbsolute)
                .orElse(userHome.resolve(".local").resolve("share")).resolve("movie-recommender");
    }

    /**
     * The per-user cache folder, for files the app makes again when they are missing; it may not exist yet.
     * On Linux {@code $XDG_CACHE_HOME/movie-recommender} (default {@code ~/.cache}), on Windows
     * {@code %LOCALAPPDATA%\MovieRecommender\Cache}, on macOS {@code ~/Library/Caches/MovieRecommender}.
     */
    public Path cacheFolder() {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return variable("LOCALAPPDATA").orElse(userHome.resolve("AppData").resolve("Local"))
                    .resolve("MovieRecommender").resolve("Cache");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Caches").resolve("MovieRecommender");
        }
        return variable("XDG_CACHE_HOME").filter(Path::isAbsolute)
                .orElse(userHome.resolve(".cache")).resolve("movie-recommender");
    }

    /** The folder in the data folder where the binary snapshots of datasets opened before are kept. */
    public static final String SNAPSHOTS = "snapshots";

    /** Where the binary snapshots of datasets opened before are kept. */
    public Path snapshotFolder() {
        return dataFolder().resolve(SNAPSHOTS);
    }

    /** The variable as a path, if set to one. */
    private Optional<Path> variable(String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
