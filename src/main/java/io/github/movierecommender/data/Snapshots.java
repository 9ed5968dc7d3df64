package io.github.movierecommender.data;

import io.github.movierecommender.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;

/**
 * The binary snapshots of datasets loaded before, one file per release in a folder of their own,
 * so that a release opens again without reading its CSV files. A snapshot is only ever a shortcut:
 * one that is missing, stale (the source files changed size or time), damaged or of another
 * format version is passed over and written anew after the CSV load; one that cannot be written
 * (a read-only folder, a full disk) is simply not there next time.
 */
public final class Snapshots {

    static final String SUFFIX = ".snapshot";
    private static final Snapshots NONE = new Snapshots(null, Runnable::run);

    private final Path folder;
    private final Executor writer;

    private Snapshots(Path folder, Executor writer) {
        this.folder = folder;
        this.writer = writer;
    }

    /** No snapshots: every load reads the CSV files. */
    public static Snapshots none() {
        return NONE;
    }

    /** Snapshots kept in {@code folder} (made when needed), written by {@code writer} after a load. */
    public static Snapshots in(Path folder, Executor writer) {
        return new Snapshots(folder, writer);
    }

    /** The folder, or null for {@link #none()}. */
    public Path folder() {
        return folder;
    }

    /** Deletes every snapshot, and the temporary file of any write that was cut short. */
    public void clear() throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> children = Files.list(folder)) {
            files = children.filter(Snapshots::isSnapshotFile).toList();
        }
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    /** Clears the snapshots once the writes asked for before are done; the future fails when a delete fails. */
    public CompletableFuture<Void> clearInTurn() {
        CompletableFuture<Void> cleared = new CompletableFuture<>();
        try {
            writer.execute(() -> {
                try {
                    clear();
                    cleared.complete(null);
                } catch (IOException | RuntimeException e) {
                    cleared.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            cleared.completeExceptionally(e);
        }
        return cleared;
    }

    private static boolean isSnapshotFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) || AtomicFile.isTemporary(file) && name.contains(SUFFIX + ".");
    }

    /** The dataset from a valid snapshot of the release {@code files} holds, or null when there is none. */
    Dataset reopen(DatasetSnapshot.Origin origin, String source) {
        if (folder == null) {
            return null;
        }
        long started = System.nanoTime();
        Dataset dataset = DatasetSnapshot.read(fileFor(origin), origin, source);
        if (dataset == null) {
            return null;
        }
        LoadReport report = dataset.report();
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Dataset(dataset.format(), dataset.source(), dataset.movies(), dataset.ratings(), dataset.tags(),
                new LoadReport(0, List.of(), report.duplicateRatings(), report.placeholderMovies(),
                        report.ratingsOfPlaceholderMovies(), List.of(), millis));
    }

    /**
     * Has a snapshot of {@code dataset} written, unless the load skipped lines or left files out:
     * those are read again each time, so that their report stays whole.
     */
    void keep(DatasetSnapshot.Origin origin, Dataset dataset) {
        if (folder == null || dataset.report().skippedLines() > 0 || !dataset.report().warnings().isEmpty()) {
            return;
        }
        try {
            writer.execute(() -> write(origin, dataset));
        } catch (RejectedExecutionException e) {
            // the app is closing; the next load reads the CSV files again
        }
    }

    private void write(DatasetSnapshot.Origin origin, Dataset dataset) {
        try {
            Files.createDirectories(folder);
            AtomicFile.write(fileFor(origin), out -> DatasetSnapshot.write(dataset, origin, out));
        } catch (IOException | RuntimeException e) {
            // never required: without a snapshot the next load reads the CSV files again
        }
    }

    Path fileFor(DatasetSnapshot.Origin origin) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(origin.key().getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(digest, 0, 12) + SUFFIX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
