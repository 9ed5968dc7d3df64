package io.github.movierecommender.data;

import io.github.movierecommender.concurrent.Causes;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * Every row of a ratings file, in file order, in flat arrays filled block by block; users as runs
 * of consecutive rows like in {@link RatingBlock}. The arrays may be longer than {@link #size}.
 * Growing them follows how many rows the bytes read so far held, so that a file is mostly read
 * into arrays of about its final size instead of being copied again and again.
 */
final class RatingRows {

    private static final int MIN_CAPACITY = 1 << 12;
    private static final double GROWTH_MARGIN = 1.02;
    static final int MAX_ROWS = Integer.MAX_VALUE - 8;
    /**
     * Arrays this long are copied on two cores at once: the memory a fresh process has never
     * touched costs far more to zero than to fill, and the first growth takes most of it.
     */
    private static final int PARALLEL_MIN_CAPACITY = 1 << 20;

    int[] movieIds = new int[0];
    byte[] halfStars = new byte[0];
    int[] times = new int[0];
    int size;
    int[] runUsers = new int[16];
    int[] runLengths = new int[16];
    int runs;
    private long bytesAppended;

    /**
     * Copies {@code block}'s rows to the end; the bytes of the blocks so far against the file's
     * {@code totalBytes} (-1 when unknown) tell how many rows are still to come.
     */
    void append(RatingBlock block, long totalBytes) {
        bytesAppended += block.bytes;
        if ((long) size + block.size > movieIds.length) {
            grow((long) size + block.size, bytesAppended, totalBytes);
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

    private void grow(long needed, long bytesRead, long totalBytes) {
        long capacity = Math.max(needed, MIN_CAPACITY + (long) movieIds.length * 3 / 2);
        if (totalBytes > 0 && bytesRead > 0 && bytesRead < totalBytes) {
            long projected = (long) (needed * (totalBytes / (double) bytesRead) * GROWTH_MARGIN);
            capacity = Math.max(projected, needed + needed / 16);
        }
        capacity = Math.min(capacity, MAX_ROWS);
        if (capacity < needed) {
            throw new IllegalStateException("more than 2^31 ratings are not supported");
        }
        int rows = (int) capacity;
        if (rows < PARALLEL_MIN_CAPACITY) {
            movieIds = Arrays.copyOf(movieIds, rows);
            halfStars = Arrays.copyOf(halfStars, rows);
            times = Arrays.copyOf(times, rows);
            return;
        }
        int[] oldTimes = times;
        byte[] oldHalfStars = halfStars;
        CompletableFuture<int[]> newTimes = CompletableFuture.supplyAsync(() -> Arrays.copyOf(oldTimes, rows));
        CompletableFuture<byte[]> newHalfStars = newTimes.thenApply(copied -> Arrays.copyOf(oldHalfStars, rows));
        movieIds = Arrays.copyOf(movieIds, rows);
        times = Causes.join(newTimes);
        halfStars = Causes.join(newHalfStars);
    }
}
