package io.github.movierecommender.ui;

import static io.github.movierecommender.ui.WindowSteps.selectTab;
import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.appdata.AppFolders;
import io.github.movierecommender.ui.recommend.UserChoice;
import io.github.movierecommender.ui.settings.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The dataset of the last run, reopened as the app starts: what its opening puts off until the
 * users are listed (the snapshot, the overview, the loader's warm-up) still comes, and the next start
 * reads the snapshot.
 */
@ExtendWith(ApplicationExtension.class)
class ReopenAtStartWindowTest {

    private final AppWindow window = new AppWindow();

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        Path release = cleanRelease(folder);
        window.start(stage, folder.resolve("data"), Language.ENGLISH, () -> release,
                settings -> settings.rememberOpened(release), parts -> parts.loaderWarmUp(cache()));
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void theReopenedDatasetListsItsUsersThenGetsItsSnapshotWrittenItsOverviewShownAndTheLoaderWarmedUp(FxRobot robot)
            throws Exception {
        waitUntil(() -> text(robot, "#statusText").startsWith("Loaded "));
        waitUntil(() -> datasetUsers(robot) == 3);

        waitUntil(() -> snapshotNames().stream().anyMatch(name -> name.endsWith(".snapshot")));
        assertThat(snapshotNames()).singleElement().asString().endsWith(".snapshot");

        selectTab(robot, "overviewTab");
        waitUntil(() -> robot.lookup("#overviewContent").query().isVisible());
        assertThat(text(robot, "#overviewUsers")).isEqualTo("3");
        assertThat(text(robot, "#overviewRatings")).isEqualTo("8");
        waitUntil(() -> !finishedFolders(cache()).isEmpty());
        assertThat(finishedFolders(cache())).singleElement()
                .satisfies(release -> assertThat(release.resolve("ratings.csv")).isRegularFile());
    }

    private Path cache() {
        return folder.resolve("cache");
    }

    /** The folders the warm-up wrote in full: a folder being written is hidden until it is renamed. */
    private static List<Path> finishedFolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry -> !entry.getFileName().toString().startsWith(".")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset's users in the picker, beside the entry of the person's own ratings. */
    @SuppressWarnings("unchecked")
    private static long datasetUsers(FxRobot robot) {
        ComboBox<UserChoice> picker = robot.lookup("#userPicker").queryAs(ComboBox.class);
        return picker.getItems().stream().filter(user -> !user.isOwnProfile()).count();
    }

    /** Written through a temporary file renamed at the end, so only a finished snapshot ends so. */
    private List<String> snapshotNames() {
        Path snapshots = folder.resolve("data").resolve(AppFolders.SNAPSHOTS);
        if (!Files.isDirectory(snapshots)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(snapshots)) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tiny release without its bad line: a load that skips lines leaves no snapshot. */
    private static Path cleanRelease(Path folder) throws IOException {
        Path release = Files.createDirectories(folder.resolve("release"));
        for (String name : List.of("movies.csv", "ratings.csv", "tags.csv")) {
            String text = Files.readString(Fixtures.path(Fixtures.TINY).resolve(name));
            Files.writeString(release.resolve(name), text.replace("3,x,4.0,1596240000\n", ""));
        }
        return release;
    }
}
