package io.github.movierecommender.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.download.DownloadSite;
import io.github.movierecommender.download.ReleaseDownloader;
import io.github.movierecommender.synth.DemoData;
import io.github.movierecommender.ui.FxThread;
import io.github.movierecommender.ui.dataset.DatasetChooser;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.WorkerThreads;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WelcomeModelTest {

    private final Messages messages = Messages.forLocale(Locale.US);
    private final ExecutorService worker = WorkerThreads.newExecutor();
    private final CompletableFuture<Path> opened = new CompletableFuture<>();
    private final CompletableFuture<ErrorReport> reported = new CompletableFuture<>();
    private final FakeChooser chooser = new FakeChooser();
    private boolean licenceAccepted = true;
    private boolean licenceAsked;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxThread.start();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private WelcomeModel model(ReleaseServer server) throws Exception {
        return model(server == null ? ReleaseDownloader.LATEST_SMALL : server.release(), messages);
    }

    private WelcomeModel model(URI release, Messages messages) throws Exception {
        Path data = tmp.resolve("data");
        DataSources sources = new DataSources(new ReleaseDownloader(HttpClient.newHttpClient(), data), release, data);
        WelcomeActions actions = new WelcomeActions(() -> {
            licenceAsked = true;
            return licenceAccepted;
        }, opened::complete, chooser, reported::complete);
        return FxThread.call(() -> new WelcomeModel(new BackgroundTasks(worker), messages, sources, actions));
    }

    private void waitForWorker() throws Exception {
        worker.submit(() -> { }).get(10, TimeUnit.SECONDS);
        FxThread.run(() -> { });
    }

    /** Anything a download left in the data folder besides the datasets folder. */
    private List<Path> dataFolderContents() throws IOException {
        return DownloadSite.leftovers(tmp.resolve("data"));
    }

    @Test
    void aDownloadOpensTheUnpackedRelease() throws Exception {
        try (ReleaseServer server = new ReleaseServer(ReleaseServer.Behaviour.WHOLE)) {
            WelcomeModel model = model(server);

            FxThread.run(model::download);
            Path release = opened.get(10, TimeUnit.SECONDS);

            assertThat(licenceAsked).isTrue();
            assertThat(release).isEqualTo(tmp.resolve("data").resolve("datasets").resolve(ReleaseServer.RELEASE));
            Dataset dataset = DatasetLoader.load(release);
            assertThat(dataset.summary().users()).isEqualTo(3);
            assertThat(dataset.summary().ratings()).isEqualTo(5);
            assertThat(reported).isNotDone();
        }
    }

    @Test
    void decliningTheLicenceDownloadsNothing() throws Exception {
        try (ReleaseServer server = new ReleaseServer(ReleaseServer.Behaviour.WHOLE)) {
            WelcomeModel model = model(server);
            licenceAccepted = false;

            FxThread.run(model::download);
            waitForWorker();

            assertThat(licenceAsked).isTrue();
            assertThat(server.requests()).isZero();
            assertThat(model.busyProperty().get()).isFalse();
            assertThat(model.statusProperty().get()).isEmpty();
            assertThat(dataFolderContents()).isEmpty();
            assertThat(opened).isNotDone();
            assertThat(reported).isNotDone();
        }
    }

    @Test
    void cancellingADownloadKeepsNothingAndSaysSo() throws Exception {
        try (ReleaseServer server = new ReleaseServer(ReleaseServer.Behaviour.STALLED)) {
            WelcomeModel model = model(server);

            FxThread.run(model::download);
            assertThat(server.awaitHalfSent()).isTrue();
            assertThat(model.workingProperty().get()).isTrue();
            FxThread.run(model::cancel);
            waitForWorker();

            assertThat(model.statusProperty().get()).isEqualTo("Cancelled; nothing was kept.");
            assertThat(model.workingProperty().get()).isFalse();
            assertThat(model.busyProperty().get()).isFalse();
            assertThat(dataFolderContents()).isEmpty();
            assertThat(opened).isNotDone();
            assertThat(reported).isNotDone();
        }
    }

    @Test
    void aDownloadCutShortIsReportedWithWhatToDoNext() throws Exception {
        try (ReleaseServer server = new ReleaseServer(ReleaseServer.Behaviour.TRUNCATED)) {
            WelcomeModel model = model(server);

            FxThread.run(model::download);
            ErrorReport report = reported.get(10, TimeUnit.SECONDS);

            assertThat(report.title()).isEqualTo("Could not download MovieLens");
            assertThat(report.message()).contains(server.release().toString())
                    .contains("What to do next: check your internet connection and try again.");
            assertThat(model.statusProperty().get()).isEqualTo("Could not download MovieLens");
            waitForWorker();
            assertThat(dataFolderContents()).isEmpty();
            assertThat(opened).isNotDone();
        }
    }

    @Test
    void aDownloadWithTheWrongChecksumIsReported() throws Exception {
        try (ReleaseServer server = new ReleaseServer(ReleaseServer.Behaviour.WRONG_MD5)) {
            WelcomeModel model = model(server);

            FxThread.run(model::download);
            ErrorReport report = reported.get(10, TimeUnit.SECONDS);

            assertThat(report.title()).isEqualTo("Could not download MovieLens");
            assertThat(report.message()).contains("damaged").contains("MD5")
                    .contains("What to do next: try again later.").doesNotContain("internet connection");
            assertThat(report.hasDetails()).isFalse();
            waitForWorker();
            assertThat(dataFolderContents()).isEmpty();
            assertThat(opened).isNotDone();
        }
    }

    @Test
    void aServerThatCannotBeReachedIsReportedWithAdviceAboutTheConnection() throws Exception {
        URI unreachable;
        try (ReleaseServer server = new ReleaseServer(ReleaseServer.Behaviour.WHOLE)) {
            unreachable = server.release();
        }
        WelcomeModel model = model(unreachable, messages);

        FxThread.run(model::download);
        ErrorReport report = reported.get(10, TimeUnit.SECONDS);

        assertThat(report.message()).startsWith("Cannot download " + unreachable + ".md5: ")
                .contains("What to do next: check your internet connection and try again.");
        assertThat(opened).isNotDone();
    }

    @Test
    void aFolderTheAppDidNotInstallIsReportedWithoutAdviceAboutTheConnection() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("data").resolve("datasets").resolve(ReleaseServer.RELEASE));
        Files.writeString(mine.resolve("notes.txt"), "my own notes\n");
        try (ReleaseServer server = new ReleaseServer(ReleaseServer.Behaviour.WHOLE)) {
            WelcomeModel model = model(server);

            FxThread.run(model::download);
            ErrorReport report = reported.get(10, TimeUnit.SECONDS);

            assertThat(report.message()).contains(mine + ": something is already there that this app did not install")
                    .contains("What to do next: fix the problem described above in the data folder "
                            + tmp.resolve("data") + ", then download again.")
                    .doesNotContain("internet connection");
            assertThat(Files.readString(mine.resolve("notes.txt"))).isEqualTo("my own notes\n");
            assertThat(opened).isNotDone();
        }
    }

    @Test
    void theAdviceIsInTheUsersLanguage() throws Exception {
        try (ReleaseServer server = new ReleaseServer(ReleaseServer.Behaviour.TRUNCATED)) {
            WelcomeModel model = model(server.release(), Messages.forLocale(Locale.forLanguageTag("pt-BR")));

            FxThread.run(model::download);
            ErrorReport report = reported.get(10, TimeUnit.SECONDS);

            assertThat(report.title()).isEqualTo("Não foi possível baixar o MovieLens");
            assertThat(report.message()).contains("O que fazer agora: verifique sua conexão com a internet");
        }
    }

    @Test
    void aDamagedDownloadIsToldInTheUsersLanguage() throws Exception {
        try (ReleaseServer server = new ReleaseServer(ReleaseServer.Behaviour.WRONG_MD5)) {
            WelcomeModel model = model(server.release(), Messages.forLocale(Locale.forLanguageTag("pt-BR")));

            FxThread.run(model::download);
            ErrorReport report = reported.get(10, TimeUnit.SECONDS);

            assertThat(report.message()).startsWith("O arquivo baixado de " + server.release() + " está danificado: "
                    + "o MD5 dele é ").contains("Tente baixar de novo.")
                    .doesNotContain("downloaded", "damaged", "Try", "the");
        }
    }

    @Test
    void theDemoIsUnpackedIntoTheDataFolderAndOpened() throws Exception {
        WelcomeModel model = model(null);

        FxThread.run(model::tryDemo);
        Path release = opened.get(10, TimeUnit.SECONDS);

        assertThat(release).isEqualTo(tmp.resolve("data").resolve(DemoData.RELEASE_FOLDER));
        assertThat(DemoData.isDemo(DatasetLoader.load(release))).isTrue();
        assertThat(licenceAsked).isFalse();
    }

    @Test
    void aDemoThatCannotBeWrittenIsReported() throws Exception {
        Files.writeString(tmp.resolve("data"), "a file where the data folder should be");
        WelcomeModel model = model(null);

        FxThread.run(model::tryDemo);
        ErrorReport report = reported.get(10, TimeUnit.SECONDS);

        assertThat(report.title()).isEqualTo("Could not unpack the demo data");
        assertThat(report.message()).startsWith("The demo data could not be copied into " + tmp.resolve("data"));
        assertThat(opened).isNotDone();
    }

    @Test
    void aDemoFolderOfTheUsersIsReportedAndLeftAlone() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("data").resolve(DemoData.RELEASE_FOLDER));
        Files.writeString(mine.resolve("movies.csv"), "movieId,title,genres\n1,My Film (2020),Drama\n");
        WelcomeModel model = model(null);

        FxThread.run(model::tryDemo);
        ErrorReport report = reported.get(10, TimeUnit.SECONDS);

        assertThat(report.title()).isEqualTo("Could not unpack the demo data");
        assertThat(report.message()).isEqualTo("The demo data was not copied into " + mine + ": that folder was not "
                + "made by this app (it has no .installed-by-movie-recommender file), so it was left exactly as it "
                + "is. Move or rename it, then try the demo data again.");
        assertThat(DownloadSite.contents(mine)).containsExactly(mine.resolve("movies.csv"));
        assertThat(mine.resolve("movies.csv")).hasContent("movieId,title,genres\n1,My Film (2020),Drama");
        assertThat(opened).isNotDone();
    }

    @Test
    void aFolderOfOnesOwnIsOpenedOnceChosen() throws Exception {
        WelcomeModel model = model(null);
        chooser.folder = tmp.resolve("ml-1m");

        FxThread.run(model::chooseFolder);

        assertThat(opened).isCompletedWithValue(tmp.resolve("ml-1m"));
    }

    @Test
    void changingOnesMindAboutAZipOpensNothing() throws Exception {
        WelcomeModel model = model(null);

        FxThread.run(model::chooseZip);

        assertThat(chooser.askedForZip).isTrue();
        assertThat(opened).isNotDone();
    }

    private static final class FakeChooser implements DatasetChooser {
        private Path folder;
        private boolean askedForZip;

        @Override
        public Optional<Path> chooseFolder() {
            return Optional.ofNullable(folder);
        }

        @Override
        public Optional<Path> chooseZip() {
            askedForZip = true;
            return Optional.empty();
        }
    }
}
