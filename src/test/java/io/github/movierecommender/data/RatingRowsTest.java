package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** {@code claimedBytes}: the file's size as told (-1 unknown), making the projection right, short or long. */
    @ParameterizedTest(name = "file size told: {0}")
    @ValueSource(longs = {FILE_BYTES, FILE_BYTES / 4, FILE_BYTES * 5, -1})
    void rowsComeOutInFileOrderWhateverTheProjection(long claimedBytes) throws Exception {
        Queue<RatingBlock> free = new ConcurrentLinkedQueue<>();
        AtomicInteger inPlace = new AtomicInteger();
        RatingRows rows = new RatingRows(free, inPlace::incrementAndGet, SMALL);
        List<RatingBlock> blocks = blocks();

        for (RatingBlock block : blocks) {
            rows.append(block, claimedBytes, LoadMonitor.NONE);
        }
        rows.finish(LoadMonitor.NONE);

        assertRowsOf(rows);
        assertEquals(BLOCKS, free.size(), "every block back for reuse");
        assertEquals(1, inPlace.get());
    }

    @Test
    void blocksWaitForTheirArraysAndKeepTheirOrder() throws Exception {
        CountDownLatch allocationMayEnd = new CountDownLatch(1);
        RatingRows.Reserving slow = new RatingRows.Reserving(1000, BLOCKS * ROWS_PER_BLOCK, rowCount -> {
            awaitQuietly(allocationMayEnd);
            return RatingRows.Columns.allocate(rowCount);
        });
        Queue<RatingBlock> free = new ConcurrentLinkedQueue<>();
        AtomicBoolean inPlace = new AtomicBoolean();
        RatingRows rows = new RatingRows(free, () -> inPlace.set(true), slow);
        List<RatingBlock> blocks = blocks();

        for (RatingBlock block : blocks.subList(0, 10)) {
            rows.append(block, FILE_BYTES, LoadMonitor.NONE);
        }
        assertEquals(10L * ROWS_PER_BLOCK, rows.rowsTaken());
        assertEquals(0, rows.size, "nothing copied before the arrays exist");
        assertTrue(free.isEmpty(), "waiting blocks are not handed out again");
        assertFalse(inPlace.get());

        allocationMayEnd.countDown();
        for (RatingBlock block : blocks.subList(10, BLOCKS)) {
            rows.append(block, FILE_BYTES, LoadMonitor.NONE);
        }
        rows.finish(LoadMonitor.NONE);

        assertRowsOf(rows);
        assertEquals(BLOCKS, free.size());
        assertTrue(inPlace.get());
        assertNotNull(rows.movieRowsRoom);
        assertTrue(rows.movieRowsRoom.fits(rows.size), "room for the per-movie rows comes with the arrays");
    }

    @Test
    void aProjectionThatFallsShortDropsTheRoomForThePerMovieRows() throws Exception {
        RatingRows rows = new RatingRows(new ConcurrentLinkedQueue<>(), () -> { }, SMALL);

        for (RatingBlock block : blocks()) {
            rows.append(block, FILE_BYTES / 4, LoadMonitor.NONE);
        }
        rows.finish(LoadMonitor.NONE);

        assertEquals(BLOCKS * ROWS_PER_BLOCK, rows.size);
        assertNull(rows.movieRowsRoom, "too small for the ratings there are");
    }

    @Test
    void cancellingStopsTheWaitForArraysBeingAllocated() {
        CountDownLatch never = new CountDownLatch(1);
        RatingRows.Reserving stuck = new RatingRows.Reserving(1000, ROWS_PER_BLOCK, rowCount -> {
            awaitQuietly(never);
            return RatingRows.Columns.allocate(rowCount);
        });
        RatingRows rows = new RatingRows(new ConcurrentLinkedQueue<>(), () -> { }, stuck);
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
        RatingRows rows = new RatingRows(new ConcurrentLinkedQueue<>(), () -> { }, failing);
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
        RatingsFileParser parser = new RatingsFileParser("r.csv", ",", "userId,movieId,rating,timestamp",
                new RatingRows.Reserving(1000, 50_000, RatingRows.Columns::allocate));

        RatingsFileParser.Result parsed = parser.parse(new ByteArrayInputStream(file), file.length, LoadMonitor.NONE);
        RatingBlock sequential = new RatingLineParser(",", "r.csv").parse(body, body.length);

        RatingRows rows = parsed.ratings();
        assertNotNull(rows.movieRowsRoom, "the arrays were allocated on their own threads");
        assertEquals(sequential.size, rows.size);
        assertArrayEquals(Arrays.copyOf(sequential.movieIds, sequential.size), Arrays.copyOf(rows.movieIds, rows.size));
        assertArrayEquals(Arrays.copyOf(sequential.halfStars, sequential.size), Arrays.copyOf(rows.halfStars, rows.size));
        assertArrayEquals(Arrays.copyOf(sequential.times, sequential.size), Arrays.copyOf(rows.times, rows.size));
        assertArrayEquals(Arrays.copyOf(sequential.runUsers, sequential.runs), Arrays.copyOf(rows.runUsers, rows.runs));
        assertArrayEquals(Arrays.copyOf(sequential.runLengths, sequential.runs),
                Arrays.copyOf(rows.runLengths, rows.runs));
        List<Long> badLines = new ArrayList<>();
        for (int line = 9973; line <= lines; line += 9973) {
            badLines.add(line + 1L);
        }
        assertEquals(badLines, parsed.badLines().first().stream().map(BadLine::line).toList(),
                "file lines, header counted");
    }

    @Test
    void perMovieRowsFilledIntoRoomAheadAreTheSameAsInArraysOfTheirOwn() {
        IdIndex users = IdIndex.of(new int[] {10, 20, 30});
        int[] offsets = {0, 3, 4, 7};
        int[] movies = {0, 2, 3, 1, 0, 1, 3};
        byte[] halfStars = {1, 2, 3, 4, 5, 6, 7};
        int[] times = new int[7];
        int[] spareUsers = new int[11];
        byte[] spareHalfStars = new byte[11];
        Arrays.fill(spareUsers, -5);
        Arrays.fill(spareHalfStars, (byte) -5);

        Ratings own = new Ratings(users, offsets, movies, halfStars, times, 4);
        Ratings inRoom = new Ratings(users, offsets, movies, halfStars, times, 4,
                new Ratings.MovieRowsRoom(spareUsers, spareHalfStars));

        assertSame(spareUsers, inRoom.movieUsers());
        assertArrayEquals(own.movieOffsets(), inRoom.movieOffsets());
        assertArrayEquals(own.movieUsers(), Arrays.copyOf(inRoom.movieUsers(), inRoom.size()));
        assertArrayEquals(own.movieHalfStars(), Arrays.copyOf(inRoom.movieHalfStars(), inRoom.size()));
        assertArrayEquals(new int[] {0, 2, 1, 2, 0, 0, 2}, own.movieUsers(), "each movie's raters in user order");
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
