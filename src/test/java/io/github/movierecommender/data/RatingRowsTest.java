package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A large file's row arrays are allocated on threads of their own while parsed blocks wait: the
 * rows still come out in file order however wrong the projection of their number was, the blocks
 * come back for reuse, and a cancelled load stops waiting for the allocation.
 */
class RatingRowsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final int BLOCKS = 40;
    private static final int ROWS_PER_BLOCK = 250;
    private static final int BYTES_PER_BLOCK = 1000;
    private static final long FILE_BYTES = (long) BLOCKS * BYTES_PER_BLOCK;
    private static final RatingRows.Reserving SMALL = new RatingRows.Reserving(1000, 2 * ROWS_PER_BLOCK,
            RatingRows.Columns::allocate);
    private static final Future<LineSamples> NO_SAMPLES = CompletableFuture.completedFuture(LineSamples.NONE);

    /** {@code claimedBytes}: the file's size as told (-1 unknown), making the projection right, short or long. */
    @ParameterizedTest(name = "file size told: {0}")
    @ValueSource(longs = {FILE_BYTES, FILE_BYTES / 4, FILE_BYTES * 5, -1})
    void rowsComeOutInFileOrderWhateverTheProjection(long claimedBytes) throws Exception {
        Queue<RatingBlock> free = new ConcurrentLinkedQueue<>();
        RatingRows rows = new RatingRows(free, SMALL, NO_SAMPLES);
        List<RatingBlock> blocks = blocks();

        for (RatingBlock block : blocks) {
            rows.append(block, claimedBytes, LoadMonitor.NONE);
        }
        rows.finish(LoadMonitor.NONE);

        assertRowsOf(rows);
        assertEquals(BLOCKS, free.size(), "every block back for reuse");
    }

    @Test
    void blocksWaitForTheirArraysAndKeepTheirOrder() throws Exception {
        CountDownLatch allocationMayEnd = new CountDownLatch(1);
        RatingRows.Reserving slow = new RatingRows.Reserving(1000, BLOCKS * ROWS_PER_BLOCK, rowCount -> {
            awaitQuietly(allocationMayEnd);
            return RatingRows.Columns.allocate(rowCount);
        });
        Queue<RatingBlock> free = new ConcurrentLinkedQueue<>();
        RatingRows rows = new RatingRows(free, slow, NO_SAMPLES);
        List<RatingBlock> blocks = blocks();

        for (RatingBlock block : blocks.subList(0, 10)) {
            rows.append(block, FILE_BYTES, LoadMonitor.NONE);
        }
        assertEquals(10L * ROWS_PER_BLOCK, rows.rowsTaken());
        assertEquals(0, rows.size, "nothing copied before the arrays exist");
        assertTrue(free.isEmpty(), "waiting blocks are not handed out again");

        allocationMayEnd.countDown();
        for (RatingBlock block : blocks.subList(10, BLOCKS)) {
            rows.append(block, FILE_BYTES, LoadMonitor.NONE);
        }
        rows.finish(LoadMonitor.NONE);

        assertRowsOf(rows);
        assertEquals(BLOCKS, free.size());
    }

    @Test
    void cancellingStopsTheWaitForArraysBeingAllocated() {
        CountDownLatch never = new CountDownLatch(1);
        RatingRows.Reserving stuck = new RatingRows.Reserving(1000, ROWS_PER_BLOCK, rowCount -> {
            awaitQuietly(never);
            return RatingRows.Columns.allocate(rowCount);
        });
        RatingRows rows = new RatingRows(new ConcurrentLinkedQueue<>(), stuck, NO_SAMPLES);
        AtomicBoolean cancelled = new AtomicBoolean();
        LoadMonitor monitor = new LoadMonitor() {
            @Override
            public void progress(long rowsRead, double fractionOfBytes) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        List<RatingBlock> blocks = blocks();

        assertTimeoutPreemptively(HANG_GUARD, () -> {
            rows.append(blocks.get(0), FILE_BYTES, monitor);
            cancelled.set(true);
            assertThrows(LoadCancelledException.class, () -> rows.append(blocks.get(1), FILE_BYTES, monitor));
        });
        never.countDown();
    }

    @Test
    void runningOutOfMemoryWhileAllocatingIsThrownAsItself() {
        OutOfMemoryError full = new OutOfMemoryError("Java heap space");
        RatingRows.Reserving failing = new RatingRows.Reserving(1000, ROWS_PER_BLOCK, rowCount -> {
            throw full;
        });
        RatingRows rows = new RatingRows(new ConcurrentLinkedQueue<>(), failing, NO_SAMPLES);
        List<RatingBlock> blocks = blocks();

        OutOfMemoryError thrown = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(OutOfMemoryError.class, () -> {
            for (RatingBlock block : blocks) {
                rows.append(block, FILE_BYTES, LoadMonitor.NONE);
            }
            rows.finish(LoadMonitor.NONE);
        }));
        assertSame(full, thrown);
    }

    @Test
    void aFileParsedWhileItsArraysAreAllocatedGivesTheRowsAndBadLinesOfOneSequentialPass() throws Exception {
        int lines = 3 * RatingsFileParser.CHUNK_BYTES / 24;
        StringBuilder text = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (int line = 1; line <= lines; line++) {
            String rating = line % 9973 == 0 ? "x" : (line % 10) / 2 + ".5";
            text.append(line / 13 + 1).append(',').append(line % 4000 + 1).append(',').append(rating).append(',')
                    .append(1_100_000_000 + line).append('\n');
        }
        byte[] file = text.toString().getBytes(StandardCharsets.US_ASCII);
        int header = text.indexOf("\n") + 1;
        byte[] body = Arrays.copyOfRange(file, header, file.length);
        AtomicBoolean allocated = new AtomicBoolean();
        RatingsFileParser parser = new RatingsFileParser("r.csv", ",", "userId,movieId,rating,timestamp",
                new RatingRows.Reserving(1000, 50_000, rowCount -> {
                    allocated.set(true);
                    return RatingRows.Columns.allocate(rowCount);
                }));

        RatingsFileParser.Result parsed = parser.parse(new ByteArrayInputStream(file), file.length,
                () -> LineSamples.NONE, LoadMonitor.NONE);
        RatingBlock sequential = new RatingLineParser(",", "r.csv").parse(body, body.length);

        RatingRows rows = parsed.ratings();
        assertTrue(allocated.get(), "the arrays were allocated on threads of their own");
        DatasetAssertions.assertSameRows(sequential, rows);
        List<Long> badLines = new ArrayList<>();
        for (int line = 9973; line <= lines; line += 9973) {
            badLines.add(line + 1L);
        }
        assertEquals(badLines, parsed.badLines().first().stream().map(BadLine::line).toList(),
                "file lines, header counted");
    }

    /** {@link #BLOCKS} blocks of {@link #ROWS_PER_BLOCK} distinct rows; users run across block borders. */
    private static List<RatingBlock> blocks() {
        List<RatingBlock> blocks = new ArrayList<>();
        int row = 0;
        for (int b = 0; b < BLOCKS; b++) {
            RatingBlock block = new RatingBlock(0);
            for (int i = 0; i < ROWS_PER_BLOCK; i++, row++) {
                block.add(row / 97 + 1, row % 1000 + 1, row % 10 + 1, 1_000_000 + row);
            }
            block.lines = ROWS_PER_BLOCK;
            block.bytes = BYTES_PER_BLOCK;
            blocks.add(block);
        }
        return blocks;
    }

    private static void assertRowsOf(RatingRows rows) {
        int total = BLOCKS * ROWS_PER_BLOCK;
        assertEquals(total, rows.size);
        int[] movieIds = new int[total];
        byte[] halfStars = new byte[total];
        int[] times = new int[total];
        for (int row = 0; row < total; row++) {
            movieIds[row] = row % 1000 + 1;
            halfStars[row] = (byte) (row % 10 + 1);
            times[row] = 1_000_000 + row;
        }
        assertArrayEquals(movieIds, Arrays.copyOf(rows.movieIds, rows.size));
        assertArrayEquals(halfStars, Arrays.copyOf(rows.halfStars, rows.size));
        assertArrayEquals(times, Arrays.copyOf(rows.times, rows.size));
        int users = (total - 1) / 97 + 1;
        assertEquals(users, rows.runs);
        for (int u = 0; u < users; u++) {
            assertEquals(u + 1, rows.runUsers[u]);
            assertEquals(Math.min(97, total - u * 97), rows.runLengths[u]);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
