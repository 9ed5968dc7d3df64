package io.github.movierecommender.data;

import java.util.Arrays;

/**
 * The ratings parsed from one chunk of a ratings file, in file order. Users are stored as runs
 * (user id, number of consecutive rows), since releases list each user's ratings together. Bad
 * lines carry line numbers relative to the chunk until {@link RatingsFileParser} numbers them.
 */
final class RatingBlock {

    final int[] movieIds;
    final byte[] halfStars;
    final int[] times;
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
        movieIds[size] = movieId;
        halfStars[size] = (byte) halfStar;
        times[size] = time;
        size++;
    }
}
