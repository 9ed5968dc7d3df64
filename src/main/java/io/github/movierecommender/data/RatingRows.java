package io.github.movierecommender.data;

import io.github.movierecommender.concurrent.Causes;
import io.github.movierecommender.concurrent.DaemonThreads;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Every row of a ratings file, in file order, in flat arrays filled block by block; users as runs
 * of consecutive rows like in {@link RatingBlock}. The arrays may be longer than {@link #size}.
 * The first projection of the file's rows takes the rows of the first block and, past it, the
 * lines its {@link LineSamples} tell, when there are samples; growing them otherwise follows how
 * many rows the bytes read so far held, so that a file is mostly read into arrays of about its
 * final size instead of being copied again and again.
 *
 * <p>The arrays a large file's first block projects are allocated on threads of their own, both
 * cores zeroing them, while the blocks parsed meanwhile wait (a few, to keep the heap from filling
 * up): memory a fresh process never touched costs far more to zero than to fill, and every other
 * thread stops at the collector's next pause until an array being zeroed is done, so the zeroing
 * should neither run beside work of the parsers nor be left to one core. Once copied, a block goes
 * back to the queue of free blocks.
 */
final class RatingRows {

    private static final int MIN_CAPACITY = 1 << 12;
    private static final double GROWTH_MARGIN = 1.02;
    /** Over the rows projected from samples, which missed a 32M-row file's rows by under 0.3%. */
    private static final double SAMPLED_MARGIN = 1.01;
    static final int MAX_ROWS = Integer.MAX_VALUE - 8;
    /** Arrays this long are allocated on two cores at once ({@link Columns#allocate}) when a later projection falls short. */
    private static final int PARALLEL_MIN_CAPACITY = 1 << 20;
    private static final long CANCEL_CHECK_MILLIS = 20;
    /** How long the first projection waits for the file's samples (they took 11–22 ms on 32M rows in the page cache). */
    private static final long SAMPLING_WAIT_MILLIS = 50;

    /**
     * When a file's arrays are allocated on threads of their own: for a first projection of at
     * least {@code minRows} rows, with up to {@code maxWaitingRows} rows of blocks waiting
     * meanwhile before the reading waits too; {@code allocation} allocates the arrays.
     */
    record Reserving(int minRows, int maxWaitingRows, IntFunction<Columns> allocation) {
        static final Reserving DEFAULT = new Reserving(1 << 20, 1 << 18, Columns::allocate);
    }

    /** The three row columns, allocated together. */
    record Columns(int[] movieIds, byte[] halfStars, int[] times) {

        /**
         * Allocates the columns for {@code rows} rows, the two int arrays at once on two threads
         * (the JVM zeroes each on the thread that allocates it) after the byte array alone: the
         * collector, when the first int array takes the heap past the occupancy at which it starts
         * a cycle, then pauses before anything large is being zeroed, and its cycle's later
         * pauses, which wait for the zeroing, find both cores busy with it.
         */
        static Columns allocate(int rows) {
            byte[] halfStars = new byte[rows];
            CompletableFuture<int[]> movieIds = CompletableFuture.supplyAsync(() -> new int[rows],
                    DaemonThreads.named("ratings-arrays-2"));
            int[] times = new int[rows];
            return new Columns(Causes.join(movieIds), halfStars, times);
        }
    }

    int[] movieIds = new int[0];
    byte[] halfStars = new byte[0];
    int[] times = new int[0];
    int size;
    int[] runUsers = new int[16];
    int[] runLengths = new int[16];
    int runs;
    /** Bytes of the blocks taken so far, and of those copied to the arrays. */
    private long bytesTaken;
    private long bytesCopied;
    /** The file's size, -1 when unknown. */
    private long totalBytes = -1;

    private final Queue<RatingBlock> freeBlocks;
    private final Reserving reserving;
    private final Future<LineSamples> sampling;
    private LineSamples samples = LineSamples.NONE;
    private FutureTask<Columns> allocating;
    private boolean projected;
    private final ArrayDeque<RatingBlock> waiting = new ArrayDeque<>();
    private long waitingRows;

    /**
     * Rows whose blocks, once copied, are put back on {@code freeBlocks}; the first projection
     * waits a moment for {@code sampling}, the file's samples being taken.
     */
    RatingRows(Queue<RatingBlock> freeBlocks, Reserving reserving, Future<LineSamples> sampling) {
        this.freeBlocks = freeBlocks;
        this.reserving = reserving;
        this.sampling = sampling;
    }

    /** Rows appended so far, those still waiting for their arrays included. */
    long rowsTaken() {
        return size + waitingRows;
    }

    /**
     * Takes {@code block}'s rows after those before; the bytes of the blocks so far against the
     * file's {@code totalBytes} (-1 when unknown) tell how many rows are still to come. The block
     * may wait a moment for the file's samples, and for arrays being allocated; {@code monitor}
     * stops a wait for those.
     */
    void append(RatingBlock block, long totalBytes, LoadMonitor monitor) throws LoadCancelledException {
        bytesTaken += block.bytes;
        this.totalBytes = totalBytes;
        long needed = rowsTaken() + block.size;
        if (!projected && needed > movieIds.length) {
            projected = true;
            samples = samplesWithin(SAMPLING_WAIT_MILLIS);
            long rows = projection(needed, bytesTaken);
            if (totalBytes > 0 && rows >= reserving.minRows() && rows > needed) {
                allocate((int) rows);
            }
        }
        if (allocating != null) {
            if (!allocating.isDone() && waitingRows + block.size <= reserving.maxWaitingRows()) {
                waiting.add(block);
                waitingRows += block.size;
                return;
            }
            takeAllocated(monitor);
        }
        copy(block);
        freeBlocks.add(block);
    }

    /** Copies the rows still waiting for their arrays, once these are allocated; call after the last block. */
    void finish(LoadMonitor monitor) throws LoadCancelledException {
        if (allocating != null) {
            takeAllocated(monitor);
        }
    }

    private void allocate(int rows) {
        IntFunction<Columns> allocation = reserving.allocation();
        allocating = new FutureTask<>(() -> allocation.apply(rows));
        DaemonThreads.start("ratings-arrays", allocating);
    }

    private void takeAllocated(LoadMonitor monitor) throws LoadCancelledException {
        adopt(awaitAllocated(monitor));
        allocating = null;
        RatingBlock block;
        while ((block = waiting.poll()) != null) {
            waitingRows -= block.size;
            copy(block);
            freeBlocks.add(block);
        }
    }

    /** Moves the rows so far into {@code columns}, which become the rows' arrays. */
    private void adopt(Columns columns) {
        System.arraycopy(movieIds, 0, columns.movieIds(), 0, size);
        System.arraycopy(halfStars, 0, columns.halfStars(), 0, size);
        System.arraycopy(times, 0, columns.times(), 0, size);
        movieIds = columns.movieIds();
        halfStars = columns.halfStars();
        times = columns.times();
    }

    /**
     * The file's samples if they are taken within {@code millis} of the first block's end; none
     * otherwise, and their reading stops: on a cold or slow disk 64 seeks may cost more than an
     * overshooting projection, and they would break the file's sequential read-ahead meanwhile.
     */
    private LineSamples samplesWithin(long millis) {
        try {
            return sampling.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            sampling.cancel(true);
            return LineSamples.NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LineSamples.NONE;
        }
    }

    private Columns awaitAllocated(LoadMonitor monitor) throws LoadCancelledException {
        while (true) {
            try {
                return allocating.get(CANCEL_CHECK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (monitor.isCancelled()) {
                    throw new LoadCancelledException();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadCancelledException();
            } catch (ExecutionException e) {
                throw Causes.unchecked(e.getCause());
            }
        }
    }

    private void copy(RatingBlock block) {
        bytesCopied += block.bytes;
        if ((long) size + block.size > movieIds.length) {
            grow((long) size + block.size);
        }
        System.arraycopy(block.movieIds, 0, movieIds, size, block.size);
        System.arraycopy(block.halfStars, 0, halfStars, size, block.size);
        System.arraycopy(block.times, 0, times, size, block.size);
        size += block.size;
        int first = 0;
        if (block.runs > 0 && runs > 0 && runUsers[runs - 1] == block.runUsers[0]) {
            runLengths[runs - 1] += block.runLengths[0];
            first = 1;
        }
        int added = block.runs - first;
        if (runs + added > runUsers.length) {
            int capacity = Math.max(runs + added, runUsers.length * 2);
            runUsers = Arrays.copyOf(runUsers, capacity);
            runLengths = Arrays.copyOf(runLengths, capacity);
        }
        System.arraycopy(block.runUsers, first, runUsers, runs, added);
        System.arraycopy(block.runLengths, first, runLengths, runs, added);
        runs += added;
    }

    /**
     * The rows the file holds in all: the {@code needed} rows of its first {@code bytesRead} bytes
     * and, past them, the lines its samples tell, the first time; otherwise going by how many rows
     * those bytes held. At least {@code needed}, and at most {@link #MAX_ROWS} unless {@code needed}
     * is more. The samples count lines, so bad lines, and a header line, which {@code bytesRead}
     * leaves out, make the projection a little longer, never shorter.
     */
    private long projection(long needed, long bytesRead) {
        long capacity = Math.max(needed, MIN_CAPACITY + (long) movieIds.length * 3 / 2);
        double sampledLines = movieIds.length == 0 ? samples.linesAfter(bytesRead) : -1;
        if (totalBytes > 0 && bytesRead > 0 && bytesRead < totalBytes) {
            long projected = sampledLines >= 0 ? (long) ((needed + sampledLines) * SAMPLED_MARGIN)
                    : (long) (needed * (totalBytes / (double) bytesRead) * GROWTH_MARGIN);
            capacity = Math.max(projected, needed + needed / 16);
        }
        return Math.max(needed, Math.min(capacity, MAX_ROWS));
    }

    private void grow(long needed) {
        long capacity = projection(needed, bytesCopied);
        if (capacity > MAX_ROWS) {
            throw new IllegalStateException("more than 2^31 ratings are not supported");
        }
        int rows = (int) capacity;
        if (rows < PARALLEL_MIN_CAPACITY) {
            movieIds = Arrays.copyOf(movieIds, rows);
            halfStars = Arrays.copyOf(halfStars, rows);
            times = Arrays.copyOf(times, rows);
        } else {
            adopt(Columns.allocate(rows));
        }
    }
}
