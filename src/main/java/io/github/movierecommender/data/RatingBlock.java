package io.github.movierecommender.data;

import java.util.Arrays;

/**
 * The ratings parsed from one chunk of a ratings file, in file order. Users are stored as runs
 * (user id, number of consecutive rows), since releases list each user's ratings together. Bad
 * lines carry line numbers relative to the chunk until {@link RatingsFileParser} numbers them.
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
    final BadLines badLines = new BadLines();

    RatingBlock(int capacity) {
        movieIds = new int[capacity];
        halfStars = new byte[capacity];
        times = new int[capacity];
    }

    /** Lets go of the room kept for lines that turned out bad or shorter than guessed, when it is much. */
    void trimToSize() {
        if (size < movieIds.length - movieIds.length / 8) {
            movieIds = Arrays.copyOf(movieIds, size);
            halfStars = Arrays.copyOf(halfStars, size);
            times = Arrays.copyOf(times, size);
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
            int capacity = size + (size >> 1) + 16;
            movieIds = Arrays.copyOf(movieIds, capacity);
            halfStars = Arrays.copyOf(halfStars, capacity);
            times = Arrays.copyOf(times, capacity);
        }
        movieIds[size] = movieId;
        halfStars[size] = (byte) halfStar;
        times[size] = time;
        size++;
    }
}
