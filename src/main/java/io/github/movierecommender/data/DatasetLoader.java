package io.github.movierecommender.data;

import io.github.movierecommender.concurrent.Causes;
import io.github.movierecommender.concurrent.DaemonThreads;
import io.github.movierecommender.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads any MovieLens release (ml-latest-small, ml-latest, ml-20m, ml-25m, ml-32m, ml-10m,
 * ml-1m, ml-100k) from its folder or from the zip GroupLens distributes, without unpacking.
 */
public final class DatasetLoader {

    /**
     * The catalogue beside a ratings file this large is read once the first chunk of ratings is
     * parsed, so that the JIT queues the parser before the catalogue's many methods and compiles
     * it within the first second; a smaller one is read beside the catalogue from the start.
     */
    private static final long CATALOG_AFTER_BYTES = 64L << 20;

    private DatasetLoader() {
    }

    public static Dataset load(Path source) throws DatasetException {
        return load(source, LoadMonitor.NONE);
    }

    public static Dataset load(Path source, LoadMonitor monitor) throws DatasetException {
        return load(source, monitor, Snapshots.none());
    }

    /**
     * Loads the release from its snapshot among {@code snapshots} when there is a valid one;
     * otherwise from its files, and then has a snapshot of it written for next time.
     */
    public static Dataset load(Path source, LoadMonitor monitor, Snapshots snapshots) throws DatasetException {
        try (DatasetFiles files = DatasetFiles.open(source, Layout.KEY_FILES)) {
            DatasetSnapshot.Origin origin = snapshots.folder() == null ? null : files.origin();
            Dataset reopened = origin == null ? null : snapshots.reopen(origin, files.source());
            if (reopened != null) {
                stopIfCancelled(monitor);
                monitor.progress(reopened.ratings().size(), 1.0);
                return reopened;
            }
            Dataset dataset = load(files, monitor);
            if (origin != null) {
                snapshots.keep(origin, dataset);
            }
            return dataset;
        } catch (IOException e) {
            throw ReadProblem.cannotRead(source.toString(), e);
        }
    }

    /**
     * Loads the release that {@code files} holds; tests hand in files that misbehave. The
     * catalogue, links and tags are read on a thread of their own while the ratings are parsed; a
     * problem with them is reported before any with the ratings, as when they were read first.
     */
    static Dataset load(DatasetFiles files, LoadMonitor monitor) throws DatasetException {
        long started = System.nanoTime();
        try {
            Layout layout = Layout.detect(files);
            BadLines badLines = new BadLines();
            CompletableFuture<CatalogReader> reading = new CompletableFuture<>();
            CatalogStart catalogStart = new CatalogStart(() -> {
                try {
                    reading.complete(readCatalog(files, layout, badLines, monitor));
                } catch (RuntimeException | Error e) {
                    reading.completeExceptionally(e);
                }
            });
            if (files.size(layout.ratingsFile) < CATALOG_AFTER_BYTES) {
                catalogStart.now();
            }
            RatingsFileParser.Result parsed;
            try {
                parsed = readRatings(files, layout, new CatalogAwareMonitor(monitor, reading, catalogStart));
            } catch (DatasetException | RuntimeException e) {
                if (e instanceof LoadCancelledException && !catalogStart.started()) {
                    throw e;
                }
                catalogStart.now();
                catalogRead(files, layout, reading, badLines);
                throw e;
            }
            catalogStart.now();
            CatalogReader catalog = catalogRead(files, layout, reading, badLines);
            badLines.addAll(parsed.badLines(), 0);
            if (parsed.rows() == 0) {
                throw new DatasetException(noRatings(files.describe(layout.ratingsFile), parsed, layout));
            }
            RatingsAssembler assembler = new RatingsAssembler(parsed.ratings(), monitor);
            MovieCatalog movies = assembler.completeCatalog(catalog.movies());
            CompletableFuture<MovieTags> tagging = CompletableFuture.supplyAsync(() -> catalog.tags(movies),
                    DaemonThreads.named("tags-builder"));
            Ratings ratings = assembler.assemble(movies);
            stopIfCancelled(monitor);
            MovieTags tags = awaited(tagging);
            stopIfCancelled(monitor);
            long millis = (System.nanoTime() - started) / 1_000_000;
            LoadReport report = new LoadReport(badLines.count(), badLines.first(), assembler.duplicates(),
                    assembler.placeholderMovies(), assembler.ratingsOfPlaceholderMovies(), catalog.warnings(), millis);
            return new Dataset(layout.format, files.source(), movies, ratings, tags, report);
        } catch (UncheckedIOException e) {
            throw ReadProblem.cannotRead(files.source(), e.getCause());
        } catch (IllegalStateException e) {
            throw new DatasetException(Problem.of(DataProblem.BEYOND_LIMITS, files.source(), e.getMessage()), e);
        }
    }

    /** Starts reading the catalogue on a thread of its own, once, when first told to. */
    private static final class CatalogStart {
        private final AtomicBoolean started = new AtomicBoolean();
        private final Runnable reading;

        CatalogStart(Runnable reading) {
            this.reading = reading;
        }

        void now() {
            if (started.compareAndSet(false, true)) {
                DaemonThreads.start("catalog-reader", reading);
            }
        }

        boolean started() {
            return started.get();
        }
    }

    /**
     * What work on another thread (the catalogue's reading, the tags' building) gave; throws what
     * stopped it, a catalogue's problem as the {@link DatasetException} it is.
     */
    private static <T> T awaited(Future<T> work) throws DatasetException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CatalogFailure failure) {
                throw failure.getCause();
            }
            throw Causes.unchecked(e.getCause());
        }
    }

    /** The catalogue once read; throws what stopped its reading, or that it holds no movie. */
    private static CatalogReader catalogRead(DatasetFiles files, Layout layout, CompletableFuture<CatalogReader> reading,
                                             BadLines badLines) throws DatasetException {
        CatalogReader catalog = awaited(reading);
        if (catalog.movies().length == 0) {
            throw new DatasetException(noMovies(files.describe(layout.moviesFile), badLines));
        }
        return catalog;
    }

    /** Carries a {@link DatasetException} out of the catalogue's thread. */
    private static final class CatalogFailure extends RuntimeException {
        CatalogFailure(DatasetException cause) {
            super(cause);
        }

        @Override
        public synchronized DatasetException getCause() {
            return (DatasetException) super.getCause();
        }
    }

    /**
     * The load's monitor, which also starts the catalogue's reading at the first chunk of ratings
     * parsed (if not started yet) and stops the ratings when reading the catalogue failed or found
     * no movie: that is what to report.
     */
    private record CatalogAwareMonitor(LoadMonitor monitor, CompletableFuture<CatalogReader> catalog,
                                       CatalogStart catalogStart) implements LoadMonitor {
        @Override
        public void progress(long rowsRead, double fractionOfBytes) {
            catalogStart.now();
            monitor.progress(rowsRead, fractionOfBytes);
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCancelled() || catalog.isCompletedExceptionally()
                    || catalog.isDone() && catalog.join().movies().length == 0;
        }
    }

    private static void stopIfCancelled(LoadMonitor monitor) throws LoadCancelledException {
        if (monitor.isCancelled()) {
            throw new LoadCancelledException();
        }
    }

    private static Problem noMovies(String file, BadLines badLines) {
        return badLines.first().isEmpty() ? Problem.of(DataProblem.NO_MOVIES, file)
                : Problem.of(DataProblem.NO_VALID_MOVIES, file, badLines.first().get(0));
    }

    private static Problem noRatings(String file, RatingsFileParser.Result parsed, Layout layout) {
        if (!parsed.badLines().first().isEmpty()) {
            return Problem.of(DataProblem.NO_VALID_RATINGS, file, parsed.badLines().first().get(0));
        }
        return Problem.of(layout.ratingsHeader == null ? DataProblem.EMPTY_FILE : DataProblem.HEADER_BUT_NO_RATINGS, file);
    }

    private static CatalogReader readCatalog(DatasetFiles files, Layout layout, BadLines badLines,
                                             LoadMonitor monitor) {
        try {
            return readCatalogFiles(files, layout, badLines, monitor);
        } catch (DatasetException e) {
            throw new CatalogFailure(e);
        }
    }

    private static CatalogReader readCatalogFiles(DatasetFiles files, Layout layout, BadLines badLines,
                                                  LoadMonitor monitor) throws DatasetException {
        CatalogReader catalog = new CatalogReader(files, badLines, monitor);
        switch (layout) {
            case ML_LATEST -> {
                catalog.readMoviesCsv(layout.moviesFile);
                if (files.has("links.csv")) {
                    catalog.readLinks("links.csv");
                }
                if (files.has("tags.csv")) {
                    catalog.readTagsCsv("tags.csv");
                }
            }
            case ML_1M, ML_10M -> {
                catalog.readMoviesDat(layout.moviesFile);
                if (files.has("tags.dat")) {
                    catalog.readTagsDat("tags.dat");
                }
            }
            case ML_100K -> catalog.readMl100kItems(layout.moviesFile, "u.genre");
        }
        return catalog.finished();
    }

    /** The ratings file's rows, their number projected from samples of the file where it is read at any position. */
    private static RatingsFileParser.Result readRatings(DatasetFiles files, Layout layout, LoadMonitor monitor)
            throws DatasetException {
        String name = files.describe(layout.ratingsFile);
        RatingsFileParser parser = new RatingsFileParser(name, layout.separator, layout.ratingsHeader);
        long size = files.size(layout.ratingsFile);
        try (InputStream in = files.open(layout.ratingsFile)) {
            return parser.parse(in, size, () -> LineSamples.of(files, layout.ratingsFile, size), monitor);
        } catch (IOException e) {
            throw ReadProblem.cannotRead(name, e);
        }
    }
}
