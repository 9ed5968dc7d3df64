package io.github.movierecommender.data;

import io.github.movierecommender.concurrent.DaemonThreads;
import java.util.Arrays;
import java.util.BitSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Turns the parsed rows into {@link Ratings}: dense user indexes, placeholder movies for rated
 * movies missing from the catalogue, per-user rows sorted by movie with repeated ratings of a
 * movie reduced to the latest one. The rows are scanned and copied on every core, in parts of
 * whole user runs; the rows of a file that lists each user's ratings together and the users in
 * ascending order, as the releases do, become the user rows where they are, without a copy.
 */
final class RatingsAssembler {

    private static final int MAX_BITSET_ID = 1 << 26;
    private static final int PARTS_PER_CORE = 4;
    /** Rows from which the per-movie rows' arrays are made on a thread of their own as the assembly starts. */
    private static final int ROOM_AHEAD_MIN_ROWS = 1 << 20;

    private final RatingRows parsed;
    private final LoadMonitor monitor;
    private int placeholderMovies;
    private long ratingsOfPlaceholderMovies;
    private long duplicates;
    /** Null while the rows' movie column holds final indexes; see {@link #movieIndex}. */
    private int[] knownToFinal;
    /**
     * The per-movie rows' arrays for as many ratings as were parsed, zeroed beside the assembly's
     * first steps instead of after them; null for small files. Left aside, and made again at their
     * size, when repeated ratings make the rows fewer, or when there was no memory for them ahead.
     */
    private CompletableFuture<PerMovieRoom> perMovieRoom;

    /** Asks {@code monitor} between the passes over the rows whether the load is cancelled. */
    RatingsAssembler(RatingRows parsed, LoadMonitor monitor) {
        this.parsed = parsed;
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

    /**
     * Adds placeholders for rated movies the catalogue lacks and returns the final catalogue; turns
     * the rows' movie ids into indexes on the way, final ones unless a movie was missing.
     */
    MovieCatalog completeCatalog(Movie[] movies) throws LoadCancelledException {
        if (parsed.size >= ROOM_AHEAD_MIN_ROWS) {
            int rows = parsed.size;
            perMovieRoom = CompletableFuture.supplyAsync(() -> PerMovieRoom.of(rows),
                    DaemonThreads.named("per-movie-room"));
        }
        IdIndex known = IdIndex.of(MovieCatalog.ids(movies));
        int[] movieIds = parsed.movieIds;
        int[][] missingPerPart = new int[parts(parsed.size)][];
        IntStream.range(0, missingPerPart.length).parallel().forEach(p -> {
            int[] missing = new int[0];
            int count = 0;
            for (int i = partStart(p, missingPerPart.length); i < partStart(p + 1, missingPerPart.length); i++) {
                int index = known.indexOf(movieIds[i]);
                if (index < 0) {
                    missing = count == missing.length ? Arrays.copyOf(missing, count * 2 + 1) : missing;
                    missing[count++] = movieIds[i];
                    index = -1 - movieIds[i];
                }
                movieIds[i] = index;
            }
            missingPerPart[p] = Arrays.copyOf(missing, count);
        });
        stopIfCancelled();
        TreeSet<Integer> missing = new TreeSet<>();
        for (int[] ids : missingPerPart) {
            ratingsOfPlaceholderMovies += ids.length;
            for (int id : ids) {
                missing.add(id);
            }
        }
        Movie[] complete = movies;
        if (!missing.isEmpty()) {
            TreeMap<Integer, Movie> all = new TreeMap<>();
            for (Movie movie : movies) {
                all.put(movie.id(), movie);
            }
            for (int id : missing) {
                all.put(id, Movie.placeholder(id));
            }
            complete = all.values().toArray(Movie[]::new);
        }
        placeholderMovies = missing.size();
        MovieCatalog catalog = new MovieCatalog(complete);
        if (!missing.isEmpty()) {
            knownToFinal = new int[known.size()];
            for (int k = 0; k < known.size(); k++) {
                knownToFinal[k] = catalog.indexOf(known.idAt(k));
            }
        }
        return catalog;
    }

    /**
     * The final movie index of a parsed row, whose movie column {@link #completeCatalog} left
     * holding the movie's index in the catalogue read, or {@code -1 - id} for a movie it lacks.
     */
    private int movieIndex(int column, MovieCatalog catalog) {
        if (knownToFinal == null) {
            return column;
        }
        return column >= 0 ? knownToFinal[column] : catalog.indexOf(-1 - column);
    }

    private static int parts(int rows) {
        return rows < 1 << 16 ? 1 : Runtime.getRuntime().availableProcessors() * PARTS_PER_CORE;
    }

    private int partStart(int part, int parts) {
        return (int) ((long) parsed.size * part / parts);
    }

    Ratings assemble(MovieCatalog catalog) throws LoadCancelledException {
        IdIndex users = userIndex();
        int runs = parsed.runs;
        int[] offsets = new int[users.size() + 1];
        int[] runUsers = parsed.runUsers;
        int[] runLengths = parsed.runLengths;
        for (int r = 0; r < runs; r++) {
            int u = users.indexOf(runUsers[r]);
            runUsers[r] = u;
            offsets[u + 1] += runLengths[r];
        }
        for (int u = 0; u < users.size(); u++) {
            offsets[u + 1] += offsets[u];
        }
        int[] targets = runUsers;
        int[] next = Arrays.copyOf(offsets, users.size());
        for (int r = 0; r < runs; r++) {
            int u = runUsers[r];
            targets[r] = next[u];
            next[u] += runLengths[r];
        }
        int[] runStarts = runStarts();
        int[] firstRuns = runPartsBySize(runStarts, parts(parsed.size));
        UserRows rows = Arrays.equals(targets, 0, runs, runStarts, 0, runs)
                ? userRowsInPlace(offsets, firstRuns, runStarts, catalog)
                : userRowsCopied(offsets, firstRuns, runStarts, targets, catalog);
        stopIfCancelled();
        rows.sortAndDeduplicate();
        duplicates = rows.removed;
        PerMovieRoom room = perMovieRoom == null ? null : perMovieRoom.exceptionally(failed -> null).join();
        perMovieRoom = null;
        return new Ratings(users, rows.offsets, rows.movies, rows.halfStars, rows.times, catalog.size(), room);
    }

    /**
     * The parsed rows themselves as the user rows, their movie ids turned into indexes: every
     * user's rows are already together and in user order, as in the releases. Saves copying the
     * rows, and holding them twice, at the cost of the parsed arrays' spare room.
     */
    private UserRows userRowsInPlace(int[] offsets, int[] firstRuns, int[] runStarts, MovieCatalog catalog) {
        int[] movies = parsed.movieIds;
        if (knownToFinal != null) {
            copyRuns(firstRuns, runStarts, runStarts, (from, to, length) -> {
                for (int i = from; i < from + length; i++) {
                    movies[i] = movieIndex(movies[i], catalog);
                }
            });
        }
        UserRows rows = new UserRows(offsets, movies, parsed.halfStars, parsed.times);
        parsed.movieIds = null;
        parsed.halfStars = null;
        parsed.times = null;
        return rows;
    }

    /**
     * Copies every run to where its user's rows go, turning movie ids into indexes. The three
     * arrays are copied one after the other, each parsed one let go once copied, so that the
     * parsed rows and the user rows are never held whole at once.
     */
    private UserRows userRowsCopied(int[] offsets, int[] firstRuns, int[] runStarts, int[] targets,
                                    MovieCatalog catalog) throws LoadCancelledException {
        int size = parsed.size;
        int[] movies = new int[size];
        int[] movieIds = parsed.movieIds;
        copyRuns(firstRuns, runStarts, targets, (from, to, length) -> {
            for (int i = 0; i < length; i++) {
                movies[to + i] = movieIndex(movieIds[from + i], catalog);
            }
        });
        parsed.movieIds = null;
        stopIfCancelled();
        byte[] halfStars = new byte[size];
        byte[] parsedHalfStars = parsed.halfStars;
        copyRuns(firstRuns, runStarts, targets, (from, to, length) -> System.arraycopy(parsedHalfStars, from, halfStars, to, length));
        parsed.halfStars = null;
        int[] times = new int[size];
        int[] parsedTimes = parsed.times;
        copyRuns(firstRuns, runStarts, targets, (from, to, length) -> System.arraycopy(parsedTimes, from, times, to, length));
        parsed.times = null;
        return new UserRows(offsets, movies, halfStars, times);
    }

    /** Copies part of a run: {@code length} entries from {@code from} in the parsed rows to {@code to} in the user rows. */
    @FunctionalInterface
    private interface RunCopy {
        void copy(int from, int to, int length);
    }

    /** Copies every run to where its user's row takes it ({@code targets}), one part of the runs per task. */
    private void copyRuns(int[] firstRuns, int[] runStarts, int[] targets, RunCopy copy) {
        int[] runLengths = parsed.runLengths;
        IntStream.range(0, firstRuns.length - 1).parallel().forEach(p -> {
            for (int r = firstRuns[p]; r < firstRuns[p + 1]; r++) {
                copy.copy(runStarts[r], targets[r], runLengths[r]);
            }
        });
    }

    /** Where each run starts in the parsed rows, and the row count last. */
    private int[] runStarts() {
        int[] starts = new int[parsed.runs + 1];
        for (int r = 0; r < parsed.runs; r++) {
            starts[r + 1] = starts[r] + parsed.runLengths[r];
        }
        return starts;
    }

    /** The first run of each of {@code parts} consecutive parts with about as many rows, and the run count last. */
    private static int[] runPartsBySize(int[] runStarts, int parts) {
        int runs = runStarts.length - 1;
        int[] firstRuns = new int[parts + 1];
        int r = 0;
        for (int p = 1; p < parts; p++) {
            long wanted = (long) runStarts[runs] * p / parts;
            while (r < runs && runStarts[r] < wanted) {
                r++;
            }
            firstRuns[p] = r;
        }
        firstRuns[parts] = runs;
        return firstRuns;
    }

    private IdIndex userIndex() {
        int maxId = 0;
        int runs = parsed.runs;
        int[] runUsers = parsed.runUsers;
        boolean ascending = true;
        for (int r = 0; r < runs; r++) {
            maxId = Math.max(maxId, runUsers[r]);
            ascending &= r == 0 || runUsers[r - 1] < runUsers[r];
        }
        if (ascending) {
            return IdIndex.of(Arrays.copyOf(runUsers, runs));
        }
        if (maxId < MAX_BITSET_ID) {
            BitSet present = new BitSet(maxId + 1);
            for (int r = 0; r < runs; r++) {
                present.set(runUsers[r]);
            }
            return IdIndex.of(present.stream().toArray());
        }
        return IdIndex.of(Arrays.copyOf(runUsers, runs));
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
