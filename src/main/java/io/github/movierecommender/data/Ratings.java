package io.github.movierecommender.data;

import io.github.movierecommender.concurrent.Causes;
import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * All ratings, held twice in compressed sparse rows: per user (its movies in ascending movie
 * index, with ratings and timestamps) and per movie (its raters in ascending user index, with
 * ratings). Users and movies are addressed by dense indexes; {@link #users()} maps them to
 * MovieLens ids, the {@link MovieCatalog} does the same for movies. Ratings are stored in half
 * stars (4.5 is 9). Immutable. The per-user arrays may run past the last rating (a load that
 * takes the parsed rows as they are keeps their spare room); {@link #size()} is where they end.
 */
public final class Ratings {

    private static final int PARALLEL_MIN_RATINGS = 1 << 20;

    private final IdIndex users;
    private final int size;
    private final int[] userOffsets;
    private final int[] userMovies;
    private final byte[] userHalfStars;
    private final int[] userTimes;
    private final int[] movieOffsets;
    private final int[] movieUsers;
    private final byte[] movieHalfStars;

    Ratings(IdIndex users, int[] userOffsets, int[] userMovies, byte[] userHalfStars, int[] userTimes,
            int movieCount) {
        this(users, userOffsets, userMovies, userHalfStars, userTimes, movieCount, null);
    }

    /**
     * As above, placing the per-movie rows in {@code room} when it was allocated for exactly as many
     * ratings (ahead of time, beside other work: zeroing a large array the process never touched
     * costs about as much as filling it).
     */
    Ratings(IdIndex users, int[] userOffsets, int[] userMovies, byte[] userHalfStars, int[] userTimes,
            int movieCount, PerMovieRoom room) {
        this.users = users;
        this.size = userOffsets[userOffsets.length - 1];
        this.userOffsets = userOffsets;
        this.userMovies = userMovies;
        this.userHalfStars = userHalfStars;
        this.userTimes = userTimes;
        this.movieOffsets = new int[movieCount + 1];
        int parts = size < PARALLEL_MIN_RATINGS ? 1 : Math.min(Runtime.getRuntime().availableProcessors(), userCount());
        int[] firstUsers = partsBySize(parts);
        CompletableFuture<int[][]> counted = parts == 1 ? CompletableFuture.completedFuture(countByPart(firstUsers))
                : CompletableFuture.supplyAsync(() -> countByPart(firstUsers));
        if (room != null && room.users().length == size) {
            this.movieUsers = room.users();
            this.movieHalfStars = room.halfStars();
        } else {
            CompletableFuture<byte[]> halfStars = counted.thenApply(counts -> new byte[size]);
            this.movieUsers = new int[size];
            this.movieHalfStars = Causes.join(halfStars);
        }
        transpose(firstUsers, Causes.join(counted));
    }

    /** Ratings whose per-movie rows are already known, such as those read back from a snapshot. */
    Ratings(IdIndex users, int[] userOffsets, int[] userMovies, byte[] userHalfStars, int[] userTimes,
            int[] movieOffsets, int[] movieUsers, byte[] movieHalfStars) {
        this.users = users;
        this.size = userOffsets[userOffsets.length - 1];
        this.userOffsets = userOffsets;
        this.userMovies = userMovies;
        this.userHalfStars = userHalfStars;
        this.userTimes = userTimes;
        this.movieOffsets = movieOffsets;
        this.movieUsers = movieUsers;
        this.movieHalfStars = movieHalfStars;
    }

    /**
     * How many ratings each movie has from each part of the users, counted while the per-movie
     * rows are allocated: zeroing memory the process never touched before costs as much as the
     * counting.
     */
    private int[][] countByPart(int[] firstUsers) {
        int movies = movieCount();
        int[][] counts = new int[firstUsers.length - 1][];
        IntStream.range(0, counts.length).parallel().forEach(p -> {
            int[] partCounts = new int[movies];
            for (int i = userOffsets[firstUsers[p]]; i < userOffsets[firstUsers[p + 1]]; i++) {
                partCounts[userMovies[i]]++;
            }
            counts[p] = partCounts;
        });
        return counts;
    }

    /**
     * Fills the per-movie rows from the per-user rows. The users are cut into consecutive parts,
     * one per core, that count and then place their ratings side by side: each part writes to its
     * own slots of every movie's row, after the parts of lower users, so the rows come out in
     * ascending user order whatever the threads' timing.
     */
    private void transpose(int[] firstUsers, int[][] next) {
        int parts = next.length;
        int movies = movieCount();
        int at = 0;
        for (int m = 0; m < movies; m++) {
            movieOffsets[m] = at;
            for (int p = 0; p < parts; p++) {
                int count = next[p][m];
                next[p][m] = at;
                at += count;
            }
        }
        movieOffsets[movies] = at;
        IntStream.range(0, parts).parallel().forEach(p -> new MovieBuckets(movies).place(firstUsers[p],
                firstUsers[p + 1], next[p]));
    }

    /**
     * Places a run of users' ratings in the per-movie rows a batch at a time, in two passes: the
     * batch is first grouped by ranges of movies (few enough for their write positions to stay in
     * the cache), then each group is written to its movies. Writing straight to every movie in
     * turn would miss the cache on almost every rating; the order within a movie stays by user.
     */
    private final class MovieBuckets {
        private static final int BATCH = 1 << 21;
        private static final int MOVIES_PER_BUCKET_BITS = 9;

        private final int buckets;
        private final int[] bucketStarts;
        private final int[] batchUsers;
        private final int[] batchMovies;
        private final byte[] batchHalfStars;

        MovieBuckets(int movies) {
            buckets = (movies >>> MOVIES_PER_BUCKET_BITS) + 1;
            bucketStarts = new int[buckets + 1];
            int batch = Math.min(BATCH, size);
            batchUsers = new int[batch];
            batchMovies = new int[batch];
            batchHalfStars = new byte[batch];
        }

        /** Writes the ratings of users {@code first} to {@code end} (excluded), each movie's from {@code slots}. */
        void place(int first, int end, int[] slots) {
            int u = first;
            while (u < end) {
                int batchEnd = u + 1;
                while (batchEnd < end && userOffsets[batchEnd + 1] - userOffsets[u] <= batchUsers.length) {
                    batchEnd++;
                }
                if (userOffsets[batchEnd] - userOffsets[u] > batchUsers.length) {
                    placeDirectly(u, slots);
                } else {
                    placeBatch(u, batchEnd, slots);
                }
                u = batchEnd;
            }
        }

        private void placeDirectly(int u, int[] slots) {
            for (int i = userOffsets[u]; i < userOffsets[u + 1]; i++) {
                int slot = slots[userMovies[i]]++;
                movieUsers[slot] = u;
                movieHalfStars[slot] = userHalfStars[i];
            }
        }

        private void placeBatch(int first, int end, int[] slots) {
            Arrays.fill(bucketStarts, 0);
            for (int i = userOffsets[first]; i < userOffsets[end]; i++) {
                bucketStarts[(userMovies[i] >>> MOVIES_PER_BUCKET_BITS) + 1]++;
            }
            for (int b = 0; b < buckets; b++) {
                bucketStarts[b + 1] += bucketStarts[b];
            }
            for (int u = first; u < end; u++) {
                for (int i = userOffsets[u]; i < userOffsets[u + 1]; i++) {
                    int at = bucketStarts[userMovies[i] >>> MOVIES_PER_BUCKET_BITS]++;
                    batchUsers[at] = u;
                    batchMovies[at] = userMovies[i];
                    batchHalfStars[at] = userHalfStars[i];
                }
            }
            int count = userOffsets[end] - userOffsets[first];
            for (int k = 0; k < count; k++) {
                int slot = slots[batchMovies[k]]++;
                movieUsers[slot] = batchUsers[k];
                movieHalfStars[slot] = batchHalfStars[k];
            }
        }
    }

    /** The first user of each of {@code parts} runs of users with about as many ratings, and the user count last. */
    private int[] partsBySize(int parts) {
        int[] firstUsers = new int[parts + 1];
        int u = 0;
        for (int p = 1; p < parts; p++) {
            long wanted = (long) size * p / parts;
            while (u < userCount() && userOffsets[u] < wanted) {
                u++;
            }
            firstUsers[p] = u;
        }
        firstUsers[parts] = userCount();
        return firstUsers;
    }

    public int size() {
        return size;
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

    /**
     * The first of movie {@code m}'s per-movie entries from {@code low} on (an entry of its row)
     * whose rater is user {@code user} or later in the user order; the row's end when none is.
     */
    public int movieEntryFrom(int m, int user, int low) {
        return lowerBound(movieUsers, low, movieOffsets[m + 1], user);
    }

    /** The first of user {@code u}'s entries whose movie is movie {@code m} or later; the row's end when none is. */
    public int userEntryFrom(int u, int m) {
        return lowerBound(userMovies, userOffsets[u], userOffsets[u + 1], m);
    }

    /** The first of the ascending {@code sorted[low .. high)} that is {@code key} or more; {@code high} when none is. */
    private static int lowerBound(int[] sorted, int low, int high, int key) {
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The rating user {@code u} gave movie {@code m}, in half stars, or 0 when unrated. */
    public int halfStars(int u, int m) {
        int found = Arrays.binarySearch(userMovies, userOffsets[u], userOffsets[u + 1], m);
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

    int[] userOffsets() {
        return userOffsets;
    }

    int[] userMovies() {
        return userMovies;
    }

    byte[] userHalfStars() {
        return userHalfStars;
    }

    int[] userTimes() {
        return userTimes;
    }

    int[] movieOffsets() {
        return movieOffsets;
    }

    int[] movieUsers() {
        return movieUsers;
    }

    byte[] movieHalfStars() {
        return movieHalfStars;
    }

    /** Bytes held by the rating arrays (spare room included) and their offsets (not by the id maps). */
    public long retainedBytes() {
        long perUserRow = 4L * userMovies.length + userHalfStars.length + 4L * userTimes.length;
        long perMovieRow = 4L * movieUsers.length + movieHalfStars.length;
        return perUserRow + perMovieRow + 4L * (userOffsets.length + movieOffsets.length);
    }
}
