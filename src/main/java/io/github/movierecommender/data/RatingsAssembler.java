package io.github.movierecommender.data;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Turns parsed rating blocks into {@link Ratings}: dense user indexes, placeholder movies for
 * rated movies missing from the catalogue, per-user rows sorted by movie with repeated ratings
 * of a movie reduced to the latest one. The blocks are scanned and copied on every core.
 */
final class RatingsAssembler {

    private static final int MAX_BITSET_ID = 1 << 26;

    private final List<RatingBlock> blocks;
    private final long rows;
    private final LoadMonitor monitor;
    private int placeholderMovies;
    private long ratingsOfPlaceholderMovies;
    private long duplicates;

    /** Asks {@code monitor} after each block whether the load is cancelled. */
    RatingsAssembler(List<RatingBlock> blocks, long rows, LoadMonitor monitor) {
        this.blocks = blocks;
        this.rows = rows;
        this.monitor = monitor;
    }

    private void stopIfCancelled() throws LoadCancelledException {
        if (monitor.isCancelled()) {
            throw new LoadCancelledException();
        }
    }

    int placeholderMovies() {
        return placeholderMovies;
    }

    long ratingsOfPlaceholderMovies() {
        return ratingsOfPlaceholderMovies;
    }

    long duplicates() {
        return duplicates;
    }

    /** Adds placeholders for rated movies the catalogue lacks and returns the final catalogue. */
    MovieCatalog completeCatalog(TreeMap<Integer, Movie> movies) throws LoadCancelledException {
        IdIndex known = IdIndex.of(movies.keySet().stream().mapToInt(Integer::intValue).toArray());
        List<int[]> missingPerBlock = forEachBlock(block -> {
            int[] missing = new int[0];
            int count = 0;
            for (int i = 0; i < block.size; i++) {
                if (known.indexOf(block.movieIds[i]) < 0) {
                    missing = count == missing.length ? Arrays.copyOf(missing, count * 2 + 1) : missing;
                    missing[count++] = block.movieIds[i];
                }
            }
            return Arrays.copyOf(missing, count);
        });
        TreeSet<Integer> missing = new TreeSet<>();
        for (int[] ids : missingPerBlock) {
            ratingsOfPlaceholderMovies += ids.length;
            for (int id : ids) {
                missing.add(id);
            }
        }
        TreeMap<Integer, Movie> complete = movies;
        if (!missing.isEmpty()) {
            complete = new TreeMap<>(movies);
            for (int id : missing) {
                complete.put(id, Movie.placeholder(id));
            }
        }
        placeholderMovies = missing.size();
        return new MovieCatalog(complete.values().toArray(Movie[]::new));
    }

    /**
     * What {@code work} gives for each block, in block order, working on the blocks on every core;
     * stops with a {@link LoadCancelledException} when the load is cancelled meanwhile.
     */
    private <T> List<T> forEachBlock(Function<RatingBlock, T> work) throws LoadCancelledException {
        List<T> results = IntStream.range(0, blocks.size()).parallel()
                .mapToObj(b -> monitor.isCancelled() ? null : work.apply(blocks.get(b)))
                .collect(Collectors.toList());
        stopIfCancelled();
        return results;
    }

    Ratings assemble(MovieCatalog catalog) throws LoadCancelledException {
        if (rows > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more than 2^31 ratings are not supported");
        }
        IdIndex users = userIndex();
        int[] offsets = new int[users.size() + 1];
        for (RatingBlock block : blocks) {
            for (int r = 0; r < block.runs; r++) {
                int u = users.indexOf(block.runUsers[r]);
                block.runUsers[r] = u;
                offsets[u + 1] += block.runLengths[r];
            }
        }
        for (int u = 0; u < users.size(); u++) {
            offsets[u + 1] += offsets[u];
        }
        int[] next = Arrays.copyOf(offsets, users.size());
        for (RatingBlock block : blocks) {
            for (int r = 0; r < block.runs; r++) {
                int u = block.runUsers[r];
                block.runUsers[r] = next[u];
                next[u] += block.runLengths[r];
            }
        }
        int size = (int) rows;
        int[] movies = new int[size];
        forEachBlock(block -> {
            copyRuns(block, (from, to, length) -> {
                for (int i = 0; i < length; i++) {
                    movies[to + i] = catalog.indexOf(block.movieIds[from + i]);
                }
            });
            block.movieIds = null;
            return null;
        });
        byte[] halfStars = new byte[size];
        forEachBlock(block -> {
            copyRuns(block, (from, to, length) -> System.arraycopy(block.halfStars, from, halfStars, to, length));
            block.halfStars = null;
            return null;
        });
        int[] times = new int[size];
        forEachBlock(block -> {
            copyRuns(block, (from, to, length) -> System.arraycopy(block.times, from, times, to, length));
            block.times = null;
            return null;
        });
        blocks.clear();
        UserRows rows = new UserRows(offsets, movies, halfStars, times);
        rows.sortAndDeduplicate();
        duplicates = rows.removed;
        return new Ratings(users, rows.offsets, rows.movies, rows.halfStars, rows.times, catalog.size());
    }

    /** Copies part of a run: {@code length} entries from {@code from} in a block to {@code to} in the rows. */
    @FunctionalInterface
    private interface RunCopy {
        void copy(int from, int to, int length);
    }

    /**
     * Copies a block's runs to where their users' rows take them ({@code runUsers} holds those
     * places by now). The three arrays are copied one after the other, each block's freed once
     * copied, so that the blocks and the rows are never held whole at once.
     */
    private static void copyRuns(RatingBlock block, RunCopy copy) {
        int from = 0;
        for (int r = 0; r < block.runs; r++) {
            copy.copy(from, block.runUsers[r], block.runLengths[r]);
            from += block.runLengths[r];
        }
    }

    private IdIndex userIndex() {
        int maxId = 0;
        long runs = 0;
        for (RatingBlock block : blocks) {
            for (int r = 0; r < block.runs; r++) {
                maxId = Math.max(maxId, block.runUsers[r]);
            }
            runs += block.runs;
        }
        if (maxId < MAX_BITSET_ID) {
            BitSet present = new BitSet(maxId + 1);
            for (RatingBlock block : blocks) {
                for (int r = 0; r < block.runs; r++) {
                    present.set(block.runUsers[r]);
                }
            }
            return IdIndex.of(present.stream().toArray());
        }
        int[] ids = new int[(int) runs];
        int at = 0;
        for (RatingBlock block : blocks) {
            System.arraycopy(block.runUsers, 0, ids, at, block.runs);
            at += block.runs;
        }
        return IdIndex.of(ids);
    }

    /** Per-user rows being put in order; repeated (user, movie) pairs keep the latest rating. */
    private static final class UserRows {
        int[] offsets;
        int[] movies;
        byte[] halfStars;
        int[] times;
        long removed;

        UserRows(int[] offsets, int[] movies, byte[] halfStars, int[] times) {
            this.offsets = offsets;
            this.movies = movies;
            this.halfStars = halfStars;
            this.times = times;
        }

        void sortAndDeduplicate() {
            AtomicLong repeated = new AtomicLong();
            IntStream.range(0, offsets.length - 1).parallel().forEach(u -> {
                int count = sortUser(offsets[u], offsets[u + 1]);
                if (count > 0) {
                    repeated.addAndGet(count);
                }
            });
            removed = repeated.get();
            if (removed > 0) {
                compact();
            }
        }

        /** Sorts one user's row by movie and marks repeats with movie -1; returns the repeats. */
        private int sortUser(int start, int end) {
            boolean sorted = true;
            for (int i = start + 1; i < end && sorted; i++) {
                sorted = movies[i - 1] < movies[i];
            }
            if (sorted) {
                return 0;
            }
            long[] keys = new long[end - start];
            for (int i = start; i < end; i++) {
                keys[i - start] = ((long) movies[i] << 32) | (i - start);
            }
            Arrays.sort(keys);
            int[] sortedMovies = new int[keys.length];
            byte[] sortedHalfStars = new byte[keys.length];
            int[] sortedTimes = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                int from = start + (int) keys[k];
                sortedMovies[k] = movies[from];
                sortedHalfStars[k] = halfStars[from];
                sortedTimes[k] = times[from];
            }
            int repeats = markRepeats(sortedMovies, sortedHalfStars, sortedTimes);
            System.arraycopy(sortedMovies, 0, movies, start, keys.length);
            System.arraycopy(sortedHalfStars, 0, halfStars, start, keys.length);
            System.arraycopy(sortedTimes, 0, times, start, keys.length);
            return repeats;
        }

        /** Within runs of the same movie (in file order), keeps the latest rating; a tie goes to the later line. */
        private static int markRepeats(int[] movies, byte[] halfStars, int[] times) {
            int repeats = 0;
            int runStart = 0;
            for (int k = 1; k <= movies.length; k++) {
                if (k < movies.length && movies[k] == movies[runStart]) {
                    continue;
                }
                int keep = runStart;
                for (int j = runStart + 1; j < k; j++) {
                    if (Integer.compareUnsigned(times[j], times[keep]) >= 0) {
                        keep = j;
                    }
                }
                for (int j = runStart; j < k; j++) {
                    if (j != keep) {
                        movies[j] = -1;
                        repeats++;
                    }
                }
                runStart = k;
            }
            return repeats;
        }

        private void compact() {
            int write = 0;
            int start = 0;
            for (int u = 0; u < offsets.length - 1; u++) {
                int end = offsets[u + 1];
                for (int i = start; i < end; i++) {
                    if (movies[i] >= 0) {
                        movies[write] = movies[i];
                        halfStars[write] = halfStars[i];
                        times[write] = times[i];
                        write++;
                    }
                }
                start = end;
                offsets[u + 1] = write;
            }
            movies = Arrays.copyOf(movies, write);
            halfStars = Arrays.copyOf(halfStars, write);
            times = Arrays.copyOf(times, write);
        }
    }
}
