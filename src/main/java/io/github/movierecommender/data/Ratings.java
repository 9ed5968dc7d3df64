package io.github.movierecommender.data;

import java.util.BitSet;

/**
 * All ratings, held twice in compressed sparse rows: per user (its movies in ascending movie
 * index, with ratings and timestamps) and per movie (its raters in ascending user index, with
 * ratings). Users and movies are addressed by dense indexes; {@link #users()} maps them to
 * MovieLens ids, the {@link MovieCatalog} does the same for movies. Ratings are stored in half
 * stars (4.5 is 9). Immutable.
 */
public final class Ratings {

    private final IdIndex users;
    private final int[] userOffsets;
    private final int[] userMovies;
    private final byte[] userHalfStars;
    private final int[] userTimes;
    private final int[] movieOffsets;
    private final int[] movieUsers;
    private final byte[] movieHalfStars;

    Ratings(IdIndex users, int[] userOffsets, int[] userMovies, byte[] userHalfStars, int[] userTimes,
            int movieCount) {
        this.users = users;
        this.userOffsets = userOffsets;
        this.userMovies = userMovies;
        this.userHalfStars = userHalfStars;
        this.userTimes = userTimes;
        this.movieOffsets = new int[movieCount + 1];
        this.movieUsers = new int[userMovies.length];
        this.movieHalfStars = new byte[userMovies.length];
        transpose();
    }

    private void transpose() {
        for (int movie : userMovies) {
            movieOffsets[movie + 1]++;
        }
        for (int m = 0; m < movieOffsets.length - 1; m++) {
            movieOffsets[m + 1] += movieOffsets[m];
        }
        int[] next = java.util.Arrays.copyOf(movieOffsets, movieOffsets.length - 1);
        for (int u = 0; u < userCount(); u++) {
            for (int i = userOffsets[u]; i < userOffsets[u + 1]; i++) {
                int slot = next[userMovies[i]]++;
                movieUsers[slot] = u;
                movieHalfStars[slot] = userHalfStars[i];
            }
        }
    }

    public int size() {
        return userMovies.length;
    }

    public int userCount() {
        return users.size();
    }

    public int movieCount() {
        return movieOffsets.length - 1;
    }

    /** MovieLens user ids and their dense indexes. */
    public IdIndex users() {
        return users;
    }

    /** Start of user {@code u}'s entries in {@link #userMovies()} and its sibling arrays. */
    public int userStart(int u) {
        return userOffsets[u];
    }

    public int userEnd(int u) {
        return userOffsets[u + 1];
    }

    public int userRatingCount(int u) {
        return userOffsets[u + 1] - userOffsets[u];
    }

    public int movieStart(int m) {
        return movieOffsets[m];
    }

    public int movieEnd(int m) {
        return movieOffsets[m + 1];
    }

    public int movieRatingCount(int m) {
        return movieOffsets[m + 1] - movieOffsets[m];
    }

    /** Movie index of entry {@code i} of the per-user rows. */
    public int userMovieAt(int i) {
        return userMovies[i];
    }

    public double userRatingAt(int i) {
        return userHalfStars[i] / 2.0;
    }

    public int userHalfStarsAt(int i) {
        return userHalfStars[i];
    }

    /** Seconds since the epoch of entry {@code i} of the per-user rows. */
    public long userTimeAt(int i) {
        return Integer.toUnsignedLong(userTimes[i]);
    }

    /** User index of entry {@code i} of the per-movie rows. */
    public int movieUserAt(int i) {
        return movieUsers[i];
    }

    public double movieRatingAt(int i) {
        return movieHalfStars[i] / 2.0;
    }

    public int movieHalfStarsAt(int i) {
        return movieHalfStars[i];
    }

    /** The rating user {@code u} gave movie {@code m}, in half stars, or 0 when unrated. */
    public int halfStars(int u, int m) {
        int found = java.util.Arrays.binarySearch(userMovies, userOffsets[u], userOffsets[u + 1], m);
        return found >= 0 ? userHalfStars[found] : 0;
    }

    /**
     * The ratings at the given entries of the per-user rows only, with the same users and movies
     * (so indexes carry over): a training set that leaves the other entries out.
     */
    public Ratings keep(BitSet entries) {
        int kept = entries.cardinality();
        int[] offsets = new int[userOffsets.length];
        int[] movies = new int[kept];
        byte[] halfStars = new byte[kept];
        int[] times = new int[kept];
        int at = 0;
        for (int u = 0; u < userCount(); u++) {
            for (int i = userOffsets[u]; i < userOffsets[u + 1]; i++) {
                if (entries.get(i)) {
                    movies[at] = userMovies[i];
                    halfStars[at] = userHalfStars[i];
                    times[at] = userTimes[i];
                    at++;
                }
            }
            offsets[u + 1] = at;
        }
        return new Ratings(users, offsets, movies, halfStars, times, movieCount());
    }

    /** Bytes held by the rating arrays and their offsets (not by the id maps). */
    public long retainedBytes() {
        long perRating = 4L + 1 + 4 + 4 + 1;
        return perRating * size() + 4L * (userOffsets.length + movieOffsets.length);
    }
}
