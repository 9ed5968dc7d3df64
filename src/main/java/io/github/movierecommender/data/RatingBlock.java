package io.github.movierecommender.data;

/**
 * The ratings parsed from one chunk of a ratings file, in file order. Bad lines carry line
 * numbers relative to the chunk until {@link RatingsFileParser} numbers them.
 */
final class RatingBlock {

    final int[] userIds;
    final int[] movieIds;
    final byte[] halfStars;
    final int[] times;
    int size;
    int lines;
    final BadLines badLines = new BadLines();

    RatingBlock(int capacity) {
        userIds = new int[capacity];
        movieIds = new int[capacity];
        halfStars = new byte[capacity];
        times = new int[capacity];
    }

    void add(int userId, int movieId, int halfStar, int time) {
        userIds[size] = userId;
        movieIds[size] = movieId;
        halfStars[size] = (byte) halfStar;
        times[size] = time;
        size++;
    }
}
