package io.github.movierecommender.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.data.SeveralReleasesTest;
import io.github.movierecommender.data.Snapshots;
import io.github.movierecommender.ui.Fixtures;
import io.github.movierecommender.ui.FxThread;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.dataset.ReleaseChoice;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.AfterOpening;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.timing.ShownStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppModelTest {

    private static final Path TINY = Fixtures.path(Fixtures.TINY);
    private static final Path BROKEN = Fixtures.path(Fixtures.BROKEN);

    private final Messages messages = Messages.forLocale(Locale.US);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxThread.start();
    }

    @Test
    void startsWithNoDatasetAndReady() {
        AppModel model = new AppModel(new BackgroundTasks(Runnable::run), messages);

        assertNull(model.loadedProperty().get());
        assertEquals("Ready", model.statusTextProperty().get());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void openingADatasetShowsItsSummary() throws Exception {
        AppModel model = new AppModel(new BackgroundTasks(Runnable::run), messages);

        FxThread.run(() -> model.open(TINY));

        LoadedDataset loaded = model.loadedProperty().get();
        assertEquals(3, loaded.summary().users());
        assertEquals(4, loaded.summary().movies());
        assertEquals(8, loaded.summary().ratings());
        assertEquals("Loaded " + TINY + ": 8 ratings", model.statusTextProperty().get());
        assertNull(model.lastErrorProperty().get());
    }

    @Test
    void aBrokenDatasetIsReportedAndThePreviousOneKept() throws Exception {
        AppModel model = new AppModel(new BackgroundTasks(Runnable::run), messages);
        FxThread.run(() -> model.open(TINY));
        LoadedDataset previous = model.loadedProperty().get();

        FxThread.run(() -> model.open(BROKEN));

        ErrorReport error = model.lastErrorProperty().get();
        assertEquals("Cannot open dataset", error.title());
        assertTrue(error.message().contains(BROKEN.resolve("ratings.csv") + ": no valid ratings"), error.message());
        assertFalse(error.hasDetails());
        assertSame(previous, model.loadedProperty().get());
        assertEquals("Could not open " + BROKEN, model.statusTextProperty().get());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void theSameFailureTwiceIsReportedTwice() throws Exception {
        AppModel model = new AppModel(new BackgroundTasks(Runnable::run), messages);
        List<ErrorReport> reported = new ArrayList<>();
        model.lastErrorProperty().addListener((property, before, error) -> {
            if (error != null) {
                reported.add(error);
            }
        });

        FxThread.run(() -> model.open(BROKEN));
        FxThread.run(() -> model.open(BROKEN));

        assertEquals(2, reported.size());
    }

    @Test
    void onlyADatasetThatLoadsIsToldAsOpened() throws Exception {
        List<Path> opened = new ArrayList<>();
        AppModel model = new AppModel(new BackgroundTasks(Runnable::run), messages, opened::add);

        FxThread.run(() -> model.open(BROKEN));
        FxThread.run(() -> model.open(TINY));

        assertEquals(List.of(TINY), opened);
    }

    @Test
    void anErrorFromElsewhereIsShownEachTimeEvenWhenItIsTheSame() {
        AppModel model = new AppModel(new BackgroundTasks(Runnable::run), messages);
        List<ErrorReport> shown = new ArrayList<>();
        model.lastErrorProperty().addListener((property, before, error) -> {
            if (error != null) {
                shown.add(error);
            }
        });
        ErrorReport report = ErrorReport.of("Could not download MovieLens", "The connection was reset.");

        model.showError(report);
        model.showError(ErrorReport.of("Could not download MovieLens", "The connection was reset."));

        assertEquals(List.of(report, report), shown);
    }

    @Test
    void aFolderWithTwoReleasesAsksWhichAndTheChosenOneOpens(@TempDir Path tmp) throws Exception {
        Path download = SeveralReleasesTest.twoReleasesInAFolder(tmp);
        AppModel model = new AppModel(new BackgroundTasks(Runnable::run), messages);

        FxThread.run(() -> model.open(download));

        ReleaseChoice choice = model.releaseChoiceProperty().get();
        assertEquals(List.of("ml-100k", "ml-latest-small"), choice.names());
        assertNull(model.lastErrorProperty().get());
        assertEquals(download + " holds several releases: choose one", model.statusTextProperty().get());

        FxThread.run(() -> model.open(choice.release("ml-latest-small")));

        assertEquals("ml-latest", model.loadedProperty().get().summary().format());
        assertEquals(download.resolve("ml-latest-small").toString(), model.loadedProperty().get().summary().source());
        assertNull(model.releaseChoiceProperty().get());
    }

    @Test
    void cancellingALoadSaysSoAndKeepsThePreviousState() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        Executor neverRuns = queued::add;
        AppModel model = new AppModel(new BackgroundTasks(neverRuns), messages);

        FxThread.run(() -> model.open(TINY));
        assertTrue(model.runningProperty().get());
        FxThread.run(model::cancel);

        assertEquals("Loading cancelled", model.statusTextProperty().get());
        assertFalse(model.runningProperty().get());
        assertNull(model.loadedProperty().get());
        assertNull(model.lastErrorProperty().get());
    }

    @Test
    void aDatasetReadFromItsFilesHasItsSnapshotWrittenOnceTheOpeningIsOver(@TempDir Path dataFolder) throws Exception {
        Path snapshots = dataFolder.resolve("snapshots");
        AfterOpening afterOpening = AfterOpening.holding(Runnable::run);
        AppModel model = new AppModel(new BackgroundTasks(Runnable::run), messages, source -> { },
                Snapshots.in(snapshots, afterOpening.handingTo(Runnable::run)), ShownStep.NONE, afterOpening);

        Path release = cleanRelease(dataFolder);

        FxThread.run(() -> model.open(release));
        assertEquals(8, model.loadedProperty().get().summary().ratings());
        assertEquals(List.of(), snapshotFiles(snapshots), "no snapshot written while the users are being listed");

        FxThread.run(afterOpening::settle);
        assertEquals(1, snapshotFiles(snapshots).size());
    }

    @Test
    void anOpeningThatFailsOrIsCancelledLetsTheWorkHeldForItRun() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        List<String> done = new ArrayList<>();
        AfterOpening afterOpening = AfterOpening.holding(Runnable::run);
        AppModel failing = new AppModel(new BackgroundTasks(Runnable::run), messages, source -> { },
                Snapshots.none(), ShownStep.NONE, afterOpening);
        AppModel cancelled = new AppModel(new BackgroundTasks(queued::add), messages, source -> { },
                Snapshots.none(), ShownStep.NONE, afterOpening);

        FxThread.run(() -> failing.open(BROKEN));
        FxThread.run(() -> afterOpening.execute(() -> done.add("after the failed opening")));
        FxThread.run(() -> cancelled.open(TINY));
        FxThread.run(() -> afterOpening.execute(() -> done.add("held")));
        assertEquals(List.of("after the failed opening"), done);
        assertTrue(afterOpening.opening());

        FxThread.run(cancelled::cancel);
        assertEquals(List.of("after the failed opening", "held"), done);
        assertFalse(afterOpening.opening());
    }

    @Test
    void anOpeningRefusedWhileAnotherRunsLeavesThatOnesWorkHeld() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        List<String> done = new ArrayList<>();
        AfterOpening afterOpening = AfterOpening.holding(Runnable::run);
        AppModel model = new AppModel(new BackgroundTasks(queued::add), messages, source -> { },
                Snapshots.none(), ShownStep.NONE, afterOpening);
        FxThread.run(() -> model.open(TINY));
        FxThread.run(() -> afterOpening.execute(() -> done.add("held")));

        FxThread.run(() -> assertThrows(IllegalStateException.class, () -> model.open(BROKEN)));

        assertEquals(List.of(), done);
        assertTrue(afterOpening.opening());
    }

    /** The tiny release without its bad line: a load that skips lines leaves no snapshot. */
    private static Path cleanRelease(Path folder) throws IOException {
        Path release = Files.createDirectory(folder.resolve("release"));
        for (String name : List.of("movies.csv", "ratings.csv", "tags.csv")) {
            Files.writeString(release.resolve(name), Files.readString(TINY.resolve(name)).replace("3,x,4.0,1596240000\n", ""));
        }
        return release;
    }

    private static List<Path> snapshotFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
