package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadMonitorTest {

    @TempDir
    Path tmp;

    @Test
    void aCancelledLoadStopsWithLoadCancelledException() {
        LoadMonitor cancelled = new RecordingMonitor(true);

        assertThrows(LoadCancelledException.class,
                () -> DatasetLoader.load(Fixtures.folder("ml-latest-small"), cancelled));
    }

    @Test
    void aLoadCancelledWhileReadingStopsWithLoadCancelledException() throws Exception {
        Path release = largeRelease();
        AtomicBoolean cancelled = new AtomicBoolean();
        LoadMonitor cancelOnProgress = new LoadMonitor() {
            @Override
            public void progress(long rowsRead, double fractionOfBytes) {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };

        assertThrows(LoadCancelledException.class, () -> DatasetLoader.load(release, cancelOnProgress));
    }

    @Test
    void progressRisesToOneWithEveryRowCounted() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor(false);

        Dataset dataset = DatasetLoader.load(largeRelease(), monitor);

        List<double[]> calls = monitor.calls;
        assertTrue(calls.size() >= 1);
        for (int i = 1; i < calls.size(); i++) {
            assertTrue(calls.get(i)[1] >= calls.get(i - 1)[1], "the fraction never goes back");
            assertTrue(calls.get(i)[0] >= calls.get(i - 1)[0], "the rows never go back");
        }
        double[] last = calls.get(calls.size() - 1);
        assertEquals(1.0, last[1]);
        assertEquals(dataset.ratings().size(), (long) last[0]);
        assertTrue(calls.stream().allMatch(call -> call[1] >= 0 && call[1] <= 1));
    }

    @Test
    void progressReachesOneForASmallZip() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor(false);

        DatasetLoader.load(Fixtures.zip("ml-1m", tmp), monitor);

        double[] last = monitor.calls.get(monitor.calls.size() - 1);
        assertEquals(1.0, last[1]);
        assertEquals(6, (long) last[0]);
    }

    private Path largeRelease() throws Exception {
        return Fixtures.largeRelease(tmp, 450_000);
    }

    private static final class RecordingMonitor implements LoadMonitor {
        final List<double[]> calls = new CopyOnWriteArrayList<>();
        private final boolean cancelled;

        RecordingMonitor(boolean cancelled) {
            this.cancelled = cancelled;
        }

        @Override
        public void progress(long rowsRead, double fractionOfBytes) {
            calls.add(new double[] {rowsRead, fractionOfBytes});
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
