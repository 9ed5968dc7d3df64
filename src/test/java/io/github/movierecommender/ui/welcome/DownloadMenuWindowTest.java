package io.github.movierecommender.ui.welcome;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.download.ReleaseDownloader;
import io.github.movierecommender.ui.AppWindow;
import io.github.movierecommender.ui.Fixtures;
import io.github.movierecommender.ui.settings.Language;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** File → Download MovieLens… once a dataset is open, downloading from a server on 127.0.0.1. */
@ExtendWith(ApplicationExtension.class)
class DownloadMenuWindowTest {

    private final AppWindow window = new AppWindow();
    private ReleaseServer server;

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) throws Exception {
        server = new ReleaseServer(ReleaseServer.Behaviour.WHOLE);
        DataSources sources = new DataSources(new ReleaseDownloader(HttpClient.newHttpClient(), dataFolder),
                server.release(), dataFolder);
        window.start(stage, dataFolder, Language.ENGLISH, Fixtures.path(Fixtures.TINY),
                parts -> parts.links(url -> { }).sources(sources));
    }

    @Stop
    void stop() throws Exception {
        window.stop();
        server.close();
    }

    @Test
    void theMenuOffersTheReleasesOnceTheWelcomeViewIsGoneAndOpensTheOneDownloaded(FxRobot robot)
            throws TimeoutException {
        assertThat(downloadItem(robot).isDisable()).as("the welcome view has its own download").isTrue();
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#statusText").startsWith("Loaded "));
        assertThat(downloadItem(robot).isDisable()).isFalse();

        robot.clickOn("File").clickOn("Download MovieLens…");
        ListView<?> releases = robot.lookup("#releaseList").queryAs(ListView.class);
        assertThat(releases.getItems()).map(Object::toString).hasSize(8);
        assertThat(robot.lookup("#releaseList .list-cell").queryAllAs(Labeled.class)).map(Labeled::getText)
                .filteredOn(java.util.Objects::nonNull).as("every release in sight, with its size").containsExactly("ml-latest-small — about 1 MB", "ml-100k — about 5 MB", "ml-1m — about 6 MB",
                        "ml-10m — about 63 MB", "ml-20m — about 190 MB", "ml-25m — about 250 MB",
                        "ml-32m — about 239 MB", "ml-latest — about 335 MB");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#licenceTerms").tryQuery()).as("the licence comes first").isPresent();
        robot.type(KeyCode.ENTER);

        Path release = dataFolder.resolve("datasets").resolve(ReleaseServer.RELEASE);
        waitUntil(() -> text(robot, "#source").equals(release.toString()));
        assertThat(server.requests()).isEqualTo(2);
        assertThat(text(robot, "#users")).isEqualTo("3");
    }

    @Test
    void cancellingTheChoiceDownloadsNothing(FxRobot robot) throws TimeoutException {
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#statusText").startsWith("Loaded "));

        robot.clickOn("File").clickOn("Download MovieLens…");
        robot.type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#releaseList").tryQuery()).isEmpty();
        assertThat(server.requests()).isZero();
    }

    private static MenuItem downloadItem(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> "downloadItem".equals(item.getId())).findFirst().orElseThrow();
    }
}
