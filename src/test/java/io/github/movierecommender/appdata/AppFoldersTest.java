package io.github.movierecommender.appdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppFoldersTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHome() {
        AppFolders folders = new AppFolders("Linux", Map.of("XDG_DATA_HOME", "/data/ana"), HOME);

        assertEquals(Path.of("/data/ana/movie-recommender"), folders.dataFolder());
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgDataHomeIsUnsetOrRelative() {
        Path expected = Path.of("/home/ana/.local/share/movie-recommender");

        assertEquals(expected, new AppFolders("Linux", Map.of(), HOME).dataFolder());
        assertEquals(expected, new AppFolders("Linux", Map.of("XDG_DATA_HOME", ""), HOME).dataFolder());
        assertEquals(expected, new AppFolders("Linux", Map.of("XDG_DATA_HOME", "data"), HOME).dataFolder());
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ana\\AppData\\Roaming";
        AppFolders folders = new AppFolders("Windows 11", Map.of("APPDATA", appData), HOME);

        assertEquals(Path.of(appData).resolve("MovieRecommender"), folders.dataFolder());
    }

    @Test
    void windowsFallsBackToTheRoamingFolderInTheHome() {
        assertEquals(HOME.resolve("AppData").resolve("Roaming").resolve("MovieRecommender"),
                new AppFolders("Windows 10", Map.of(), HOME).dataFolder());
    }

    @Test
    void macOsUsesApplicationSupport() {
        AppFolders folders = new AppFolders("Mac OS X", Map.of("XDG_DATA_HOME", "/data/ana"), HOME);

        assertEquals(Path.of("/home/ana/Library/Application Support/MovieRecommender"), folders.dataFolder());
    }

    @Test
    void linuxCacheFolderUsesXdgCacheHomeOrDotCache() {
        assertEquals(Path.of("/cache/ana/movie-recommender"),
                new AppFolders("Linux", Map.of("XDG_CACHE_HOME", "/cache/ana"), HOME).cacheFolder());
        assertEquals(Path.of("/home/ana/.cache/movie-recommender"),
                new AppFolders("Linux", Map.of(), HOME).cacheFolder());
        assertEquals(Path.of("/home/ana/.cache/movie-recommender"),
                new AppFolders("Linux", Map.of("XDG_CACHE_HOME", "cache"), HOME).cacheFolder());
    }

    @Test
    void cacheFolderIsApartFromTheDataOnWindowsAndMacOs() {
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Local").resolve("MovieRecommender").resolve("Cache"),
                new AppFolders("Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\ana\\AppData\\Local"), HOME)
                        .cacheFolder());
        assertEquals(Path.of("/home/ana/Library/Caches/MovieRecommender"),
                new AppFolders("Mac OS X", Map.of(), HOME).cacheFolder());
    }
}
