package io.github.movierecommender.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.download.ReleaseDownloader;
import io.github.movierecommender.synth.DemoData;
import io.github.movierecommender.ui.dataset.DatasetChooser;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.settings.Theme;
import io.github.movierecommender.ui.settings.Themes;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.WorkerThreads;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The welcome view alone, in the app's light theme, driven as a person would. */
@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {

    private final ExecutorService worker = WorkerThreads.newExecutor();
    private final CompletableFuture<Path> opened = new CompletableFuture<>();
    private final List<ErrorReport> reports = new CopyOnWriteArrayList<>();
    private ReleaseServer server;
    private Stage stage;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Themes.forApplication().apply(Theme.LIGHT);
        server = new ReleaseServer(ReleaseServer.Behaviour.WHOLE);
        Path data = tmp.resolve("data");
        Messages messages = Messages.forLocale(Locale.US);
        WelcomeModel model = new WelcomeModel(new BackgroundTasks(worker), messages,
                new DataSources(new ReleaseDownloader(HttpClient.newHttpClient(), data), server.release(), data),
                new WelcomeActions(new LicenceDialog(stage, messages), opened::complete, new NoChoice(), reports::add));
        FXMLLoader loader = new FXMLLoader(WelcomeController.class.getResource("WelcomeController.fxml"),
                messages.bundle());
        loader.setControllerFactory(type -> new WelcomeController(model));
        stage.setScene(new Scene(loader.load(), 800, 640));
        stage.show();
    }

    @Stop
    void stop() {
        worker.shutdownNow();
        server.close();
        stage.hide();
        Application.setUserAgentStylesheet(null);
    }

    /** The tests never open a file dialog. */
    private static final class NoChoice implements DatasetChooser {
        @Override
        public Optional<Path> chooseFolder() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseZip() {
            return Optional.empty();
        }
    }

    @Test
    void tryingTheDemoOpensAFolderTheLoaderReads(FxRobot robot) throws Exception {
        robot.clickOn("#demoButton");
        Path release = opened.get(10, TimeUnit.SECONDS);

        Dataset dataset = DatasetLoader.load(release);
        assertThat(DemoData.isDemo(dataset)).isTrue();
        assertThat(dataset.summary().users()).isEqualTo(250);
        assertThat(reports).isEmpty();
    }

    @Test
    void escapeDeclinesTheLicenceAndNothingIsDownloaded(FxRobot robot) {
        robot.clickOn("#downloadButton");
        assertThat(robot.lookup("#licenceTerms").queryAs(Label.class).getText())
                .contains("research").contains("Harper").contains("commercially");

        robot.type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#licenceTerms").tryQuery()).isEmpty();
        assertThat(server.requests()).isZero();
        assertThat(opened).isNotDone();
    }

    @Test
    void enterAcceptsTheLicenceAndTheDownloadedReleaseOpens(FxRobot robot) throws Exception {
        robot.clickOn("#downloadButton");
        robot.type(KeyCode.ENTER);
        Path release = opened.get(10, TimeUnit.SECONDS);

        assertThat(release).isEqualTo(tmp.resolve("data").resolve("datasets").resolve(ReleaseServer.RELEASE));
        assertThat(DatasetLoader.load(release).summary().ratings()).isEqualTo(5);
        assertThat(reports).isEmpty();
    }
}
