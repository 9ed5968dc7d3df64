package io.github.movierecommender.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.PopularRanking;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {

    private static final RecommendationChoices DEFAULTS =
            new RecommendationChoices(20, 10, 50, Measure.PEARSON, NeighbourMode.DEFAULT, PopularRanking.MOST_VOTED);

    private final ThrowawayPreferences preferences = new ThrowawayPreferences();
    private final AppSettings settings = new AppSettings(preferences.node());

    @TempDir
    Path tmp;

    @AfterEach
    void removeNode() throws Exception {
        preferences.close();
    }

    private AppSettings afterRestart() throws Exception {
        return new AppSettings(preferences.reopened());
    }

    private Path folder(String name) throws Exception {
        return Files.createDirectories(tmp.resolve(name));
    }

    @Test
    void aFreshStartHasNoDatasetsNoWindowAndTheDefaults() {
        assertThat(settings.lastDataset()).isEmpty();
        assertThat(settings.recentDatasets()).isEmpty();
        assertThat(settings.windowBounds()).isEmpty();
        assertThat(settings.dividerPositions("main")).isEmpty();
        assertThat(settings.recommendation(DEFAULTS)).isEqualTo(DEFAULTS);
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.language()).isEqualTo(Language.SYSTEM);
    }

    @Test
    void theLastDatasetIsKeptAcrossRestartsWhileItExists() throws Exception {
        Path small = folder("ml-latest-small");
        settings.rememberOpened(small);

        assertThat(afterRestart().lastDataset()).contains(small);
        Files.delete(small);
        assertThat(afterRestart().lastDataset()).isEmpty();
    }

    @Test
    void recentDatasetsComeMostRecentFirstWithoutDuplicates() throws Exception {
        Path small = folder("small");
        Path zip = Files.writeString(tmp.resolve("ml-1m.zip"), "zip");
        Path demo = folder("demo");

        settings.rememberOpened(small);
        settings.rememberOpened(zip);
        settings.rememberOpened(demo);
        settings.rememberOpened(tmp.resolve("other").resolve("..").resolve("small"));

        assertThat(afterRestart().recentDatasets()).containsExactly(small, demo, zip);
    }

    @Test
    void recentDatasetsKeepTheLastEight() throws Exception {
        List<Path> opened = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            opened.add(folder("release-" + i));
            settings.rememberOpened(opened.get(i));
        }

        List<Path> lastEightNewestFirst = new ArrayList<>(opened.subList(2, 10));
        Collections.reverse(lastEightNewestFirst);
        assertThat(settings.recentDatasets()).containsExactlyElementsOf(lastEightNewestFirst);
    }

    @Test
    void recentDatasetsThatNoLongerExistAreDropped() throws Exception {
        Path kept = folder("kept");
        Path gone = folder("gone");
        settings.rememberOpened(kept);
        settings.rememberOpened(gone);

        Files.delete(gone);

        assertThat(settings.recentDatasets()).containsExactly(kept);
    }

    @Test
    void clearingRecentDatasetsEmptiesTheListAndTellsListeners() throws Exception {
        List<String> heard = new ArrayList<>();
        settings.addRecentListener(() -> heard.add("changed"));
        settings.rememberOpened(folder("small"));

        settings.clearRecent();

        assertThat(afterRestart().recentDatasets()).isEmpty();
        assertThat(heard).hasSize(2);
    }

    @Test
    void windowBoundsAreKeptAcrossRestarts() throws Exception {
        WindowBounds bounds = new WindowBounds(120.5, 80, 1100, 720, true);

        settings.setWindowBounds(bounds);

        assertThat(afterRestart().windowBounds()).contains(bounds);
    }

    @Test
    void windowBoundsWithoutASizeAreIgnored() {
        settings.setWindowBounds(new WindowBounds(0, 0, 0, 720, false));

        assertThat(settings.windowBounds()).isEmpty();
    }

    @Test
    void dividerPositionsAreKeptPerSplitPane() throws Exception {
        settings.setDividerPositions("main", 0.25, 0.7);
        settings.setDividerPositions("results", 0.5);

        AppSettings restarted = afterRestart();
        assertThat(restarted.dividerPositions("main")).containsExactly(0.25, 0.7);
        assertThat(restarted.dividerPositions("results")).containsExactly(0.5);
        assertThat(restarted.dividerPositions("details")).isEmpty();
    }

    @Test
    void unreadableDividerPositionsAreIgnored() {
        preferences.node().put("dividers.main", "0.3,wide");
        preferences.node().put("dividers.results", "1.5");

        assertThat(settings.dividerPositions("main")).isEmpty();
        assertThat(settings.dividerPositions("results")).isEmpty();
    }

    @Test
    void aSplitPaneNeedsAName() {
        assertThatThrownBy(() -> settings.setDividerPositions("", 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.dividerPositions("x".repeat(80))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recommendationSettingsAreKeptAcrossRestartsByName() throws Exception {
        RecommendationChoices tutorial = new RecommendationChoices(7, 25, 10, Measure.EUCLIDEAN, NeighbourMode.TUTORIAL,
                PopularRanking.BEST_RATED);

        settings.setRecommendation(tutorial);

        assertThat(afterRestart().recommendation(DEFAULTS)).isEqualTo(tutorial);
        assertThat(preferences.node().get("measure", null)).isEqualTo("EUCLIDEAN");
        assertThat(preferences.node().get("mode", null)).isEqualTo("TUTORIAL");
        assertThat(preferences.node().get("ranking", null)).isEqualTo("BEST_RATED");
    }

    @Test
    void invalidRecommendationSettingsFallBackOneByOne() {
        preferences.node().putInt("k", 0);
        preferences.node().putInt("n", 15);
        preferences.node().put("minVotes", "many");
        preferences.node().put("measure", "MANHATTAN");
        preferences.node().put("mode", "TUTORIAL");
        preferences.node().put("ranking", "LOUDEST");

        assertThat(settings.recommendation(DEFAULTS)).isEqualTo(new RecommendationChoices(20, 15, 50, Measure.PEARSON,
                NeighbourMode.TUTORIAL, PopularRanking.MOST_VOTED));
    }

    @Test
    void themeAndLanguageAreKeptAcrossRestarts() throws Exception {
        settings.setTheme(Theme.DARK);
        settings.setLanguage(Language.PORTUGUESE_BRAZIL);

        AppSettings restarted = afterRestart();
        assertThat(restarted.theme()).isEqualTo(Theme.DARK);
        assertThat(restarted.language()).isEqualTo(Language.PORTUGUESE_BRAZIL);
    }

    @Test
    void anUnknownThemeOrLanguageReadsAsTheDefault() {
        preferences.node().put("theme", "SEPIA");
        preferences.node().put("language", "KLINGON");

        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.language()).isEqualTo(Language.SYSTEM);
    }

    /** As when a profile's save ends after the app stopped and its test removed the node. */
    @Test
    void aChangeAfterTheNodeWasRemovedIsDroppedRatherThanThrown() throws Exception {
        ThrowawayPreferences removed = new ThrowawayPreferences();
        AppSettings late = new AppSettings(removed.node());
        late.setLastProfile("Ana");
        removed.close();

        late.setLastProfile("Bea");
        late.rememberOpened(folder("ml-latest-small"));
        late.setOwnProfilePicked(true);
        late.setRecommendation(DEFAULTS);
        late.setWindowBounds(new WindowBounds(0, 0, 800, 600, false));
        late.setDividerPositions("main", 0.5);
        late.setTheme(Theme.DARK);
        late.setLanguage(Language.ENGLISH);
        late.clearRecent();
        late.flush();

        assertThat(removed.node().nodeExists("")).isFalse();
    }

    /** A listener's failure, such as JavaFX's "Not on FX application thread", is no removed node. */
    @Test
    void aListenersFailureWhileTheNodeIsThereIsThrown() throws Exception {
        Path small = folder("small");
        settings.addRecentListener(() -> {
            throw new IllegalStateException("Not on FX application thread");
        });

        assertThatThrownBy(() -> settings.rememberOpened(small)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Not on FX application thread");
        assertThatThrownBy(settings::clearRecent).isInstanceOf(IllegalStateException.class);
        assertThat(afterRestart().lastDataset()).contains(small.toAbsolutePath().normalize());
    }
}
