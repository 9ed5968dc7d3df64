package io.github.movierecommender.data;

import java.util.Arrays;

/**
 * The ratings parsed from one chunk of a ratings file, in file order. Users are stored as runs
 * (user id, number of consecutive rows), since releases list each user's ratings together. Bad
 * lines carry line numbers relative to the chunk until {@link RatingsFileParser} numbers them.
 * A block is reused for chunk after chunk once its rows are copied on ({@link #clear()}).
 */
final class RatingBlock {

    int[] movieIds;
    byte[] halfStars;
    int[] times;
    int size;
    int[] runUsers = new int[16];
    int[] runLengths = new int[16];
    int runs;
    int lines;
    /** Bytes of the chunk the rows came from. */
    int bytes;
    BadLines badLines = new BadLines();

    RatingBlock(int capacity) {
        movieIds = new int[capacity];
        halfStars = new byte[capacity];
        times = new int[capacity];
    }

    /** Empties the block for the next chunk, keeping its arrays. */
    void clear() {
        size = 0;
        runs = 0;
        lines = 0;
        bytes = 0;
        badLines = new BadLines();
    }

    /** Makes room for at least {@code capacity} rows in all. */
    void ensureCapacity(int capacity) {
        if (capacity > movieIds.length) {
            movieIds = Arrays.copyOf(movieIds, capacity);
            halfStars = Arrays.copyOf(halfStars, capacity);
            times = Arrays.copyOf(times, capacity);
        }
    }

    void add(int userId, int movieId, int halfStar, int time) {
        if (runs > 0 && runUsers[runs - 1] == userId) {
            runLengths[runs - 1]++;
        } else {
            if (runs == runUsers.length) {
                runUsers = Arrays.copyOf(runUsers, runs * 2);
                runLengths = Arrays.copyOf(runLengths, runs * 2);
            }
            runUsers[runs] = userId;
            runLengths[runs] = 1;
            runs++;
        }
        if (size == movieIds.length) {
            ensureCapacity(size + (size >> 1) + 16);
        }
        movieIds[size] = movieId;
        halfStars[size] = (byte) halfStar;
        times[size] = time;
        size++;
    }
}
