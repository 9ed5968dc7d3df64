package io.github.movierecommender.ui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.LoadCancelledException;
import io.github.movierecommender.data.Snapshots;
import io.github.movierecommender.ui.Fixtures;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.JobContext;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoadJobTest {

    /** Some 16 MB of ratings, over 30 of the parser's chunks. */
    private static final int MANY_ROWS = 700_000;
    private static final int MANY_MOVIES = 50;

    private final Messages messages = Messages.forLocale(Locale.US);

    @Test
    void loadsTheDatasetAndItsSummary() throws Exception {
        LoadedDataset loaded = new DatasetLoadJob(Fixtures.path(Fixtures.TINY), messages, Snapshots.none())
                .run(new RecordingContext(false));

        assertEquals(3, loaded.summary().users());
        assertEquals(4, loaded.summary().movies());
        assertEquals(8, loaded.summary().ratings());
    }

    @Test
    void reportsProgressThroughTheRatingsAndTheRowsRead() throws Exception {
        RecordingContext context = new RecordingContext(false);

        new DatasetLoadJob(Fixtures.path(Fixtures.TINY), messages, Snapshots.none()).run(context);

        assertEquals(1.0, context.progress.get(context.progress.size() - 1));
        assertEquals("Opening " + Fixtures.path(Fixtures.TINY) + "…", context.messages.get(0));
        assertTrue(context.messages.contains("Reading ratings: 8 rows"), context.messages::toString);
    }

    @Test
    void aLongLoadShowsTheRowsReadAtMostOncePerIntervalAndAlwaysAllOfThemAtTheEnd(@TempDir Path tmp)
            throws Exception {
        Path release = manyChunks(tmp);
        RecordingContext stillClock = new RecordingContext(false);
        RecordingContext slowClock = new RecordingContext(false);
        long[] now = {0};

        new DatasetLoadJob(release, messages, Snapshots.none(), () -> 0L).run(stillClock);
        new DatasetLoadJob(release, messages, Snapshots.none(),
                () -> now[0] += DatasetLoadJob.PROGRESS_INTERVAL_NANOS).run(slowClock);

        assertEquals(2, stillClock.progress.size(), stillClock.progress::toString);
        assertTrue(stillClock.progress.get(0) < 1.0, stillClock.progress::toString);
        assertEquals(1.0, stillClock.progress.get(1));
        assertEquals("Reading ratings: " + String.format(Locale.US, "%,d", MANY_ROWS) + " rows",
                stillClock.messages.get(stillClock.messages.size() - 1));
        assertTrue(slowClock.progress.size() > 5, "a report per chunk once the interval has passed: "
                + slowClock.progress);
        assertEquals(1.0, slowClock.progress.get(slowClock.progress.size() - 1));
    }

    /** A release whose ratings fill many of the parser's chunks. */
    private static Path manyChunks(Path tmp) throws IOException {
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        for (int m = 1; m <= MANY_MOVIES; m++) {
            movies.append(m).append(",Movie ").append(m).append(" (2000),Drama\n");
        }
        Files.writeString(tmp.resolve("movies.csv"), movies);
        try (Writer out = Files.newBufferedWriter(tmp.resolve("ratings.csv"))) {
            out.write("userId,movieId,rating,timestamp\n");
            for (int row = 0; row < MANY_ROWS; row++) {
                out.write((1 + row / MANY_MOVIES) + "," + (1 + row % MANY_MOVIES) + ",4.0,1100000000\n");
            }
        }
        return tmp;
    }

    @Test
    void aSnapshotIsWrittenAfterTheLoadByItsOwnExecutorAndReopensTheDataset(@TempDir Path tmp) throws Exception {
        Path release = Files.createDirectory(tmp.resolve("release"));
        for (String name : List.of("movies.csv", "ratings.csv", "tags.csv")) {
            String text = Files.readString(Fixtures.path(Fixtures.TINY).resolve(name));
            Files.writeString(release.resolve(name), text.replace("3,x,4.0,1596240000\n", ""));
        }
        List<Runnable> writes = new ArrayList<>();
        Path folder = tmp.resolve("snapshots");
        Snapshots snapshots = Snapshots.in(folder, writes::add);

        LoadedDataset first = new DatasetLoadJob(release, messages, snapshots).run(new RecordingContext(false));
        boolean writtenDuringTheLoad = Files.exists(folder);
        writes.forEach(Runnable::run);
        RecordingContext context = new RecordingContext(false);
        LoadedDataset reopened = new DatasetLoadJob(release, messages, snapshots).run(context);

        assertEquals(1, writes.size());
        assertTrue(!writtenDuringTheLoad, "the load did not wait for the snapshot");
        assertEquals(List.of(first.summary().users(), first.summary().movies(), first.summary().ratings()),
                List.of(reopened.summary().users(), reopened.summary().movies(), reopened.summary().ratings()));
        assertEquals(1.0, context.progress.get(context.progress.size() - 1));
        assertTrue(context.messages.contains("Reading ratings: 8 rows"), context.messages::toString);
    }

    @Test
    void stopsWhenCancelled() {
        DatasetLoadJob job = new DatasetLoadJob(Fixtures.path(Fixtures.TINY), messages, Snapshots.none());

        assertThrows(LoadCancelledException.class, () -> job.run(new RecordingContext(true)));
    }

    @Test
    void aBrokenDatasetFailsWithAMessageNamingTheFile() {
        DatasetLoadJob job = new DatasetLoadJob(Fixtures.path(Fixtures.BROKEN), messages, Snapshots.none());

        DatasetException error = assertThrows(DatasetException.class, () -> job.run(new RecordingContext(false)));

        assertTrue(error.getMessage().contains("ratings.csv"), error::getMessage);
    }

    private static final class RecordingContext implements JobContext {
        private final boolean cancelled;
        private final List<Double> progress = new ArrayList<>();
        private final List<String> messages = new ArrayList<>();

        RecordingContext(boolean cancelled) {
            this.cancelled = cancelled;
        }

        @Override
        public void reportProgress(double fraction) {
            progress.add(fraction);
        }

        @Override
        public void reportMessage(String message) {
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
