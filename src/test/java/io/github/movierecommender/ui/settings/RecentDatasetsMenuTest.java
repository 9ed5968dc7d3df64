package io.github.movierecommender.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.FxThread;
import io.github.movierecommender.ui.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentDatasetsMenuTest {

    private final ThrowawayPreferences preferences = new ThrowawayPreferences();
    private final AppSettings settings = new AppSettings(preferences.node());
    private final List<Path> opened = new ArrayList<>();
    private final Menu menu = new Menu("Open recent");

    @TempDir
    Path home;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxThread.start();
    }

    @AfterEach
    void removeNode() throws Exception {
        preferences.close();
    }

    private void install() throws Exception {
        FxThread.run(() -> new RecentDatasetsMenu(menu, settings, Messages.forLocale(Locale.US), opened::add, home));
    }

    @Test
    void listsTheRecentDatasetsNumberedWithTheirFullPathForScreenReaders() throws Exception {
        Path small = Files.createDirectories(home.resolve("movielens").resolve("ml-latest-small"));
        Path zip = Files.writeString(home.resolve("ml-1m.zip"), "zip");
        settings.rememberOpened(small);
        settings.rememberOpened(zip);
        install();

        assertThat(labels()).containsExactly("_1  ~/ml-1m.zip", "_2  ~/movielens/ml-latest-small");
        assertThat(label(1).getAccessibleText()).isEqualTo(small.toString());
        assertThat(label(1).isMnemonicParsing()).isTrue();

        FxThread.run(() -> menu.getItems().get(1).fire());

        assertThat(opened).containsExactly(small);
    }

    @Test
    void anEmptyListSaysSoAndCannotBeCleared() throws Exception {
        install();

        assertThat(menu.getItems()).extracting(MenuItem::getText)
                .containsExactly("No recent datasets", null, "_Clear recent");
        assertThat(menu.getItems().get(0).isDisable()).isTrue();
        assertThat(menu.getItems().get(2).isDisable()).isTrue();
    }

    @Test
    void followsChangesToTheList() throws Exception {
        install();
        Path demo = Files.createDirectories(home.resolve("demo"));

        FxThread.run(() -> settings.rememberOpened(demo));
        assertThat(labels()).containsExactly("_1  ~/demo");

        FxThread.run(() -> menu.getItems().get(2).fire());
        assertThat(labels()).isEmpty();
        assertThat(settings.recentDatasets()).isEmpty();
    }

    @Test
    void aDatasetThatWentAwayDropsOutWhenTheMenuOpens() throws Exception {
        Path kept = Files.createDirectories(home.resolve("kept"));
        Path gone = Files.createDirectories(home.resolve("gone"));
        settings.rememberOpened(kept);
        settings.rememberOpened(gone);
        install();
        Files.delete(gone);

        FxThread.run(() -> Event.fireEvent(menu, new Event(Menu.ON_SHOWING)));

        assertThat(labels()).containsExactly("_1  ~/kept");
    }

    private List<String> labels() {
        return menu.getItems().stream().filter(CustomMenuItem.class::isInstance)
                .map(item -> ((CustomMenuItem) item).getContent()).filter(Label.class::isInstance)
                .map(content -> ((Label) content).getText()).toList();
    }

    private Label label(int index) {
        return (Label) ((CustomMenuItem) menu.getItems().get(index)).getContent();
    }
}
