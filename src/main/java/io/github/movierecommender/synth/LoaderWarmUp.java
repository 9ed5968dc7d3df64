package io.github.movierecommender.synth;

import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.data.LoadCancelledException;
import io.github.movierecommender.data.LoadMonitor;
import io.github.movierecommender.files.AtomicFolder;
import io.github.movierecommender.files.OwnedFolders;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * A small synthetic release that the desktop app loads once while it waits for the user, so that
 * the JIT has compiled the loader before the user's first large load: a first load of 32 million
 * ratings in a JVM that had loaded this took a third less time. The release (13 MB) is written
 * once into a folder of its own and kept there; one that does not load is written anew next time,
 * as is one whose writing the app's end cut short.
 */
public final class LoaderWarmUp {

    /** Enough lines, users and movies for each of the loader's per-line, per-user and per-movie methods to be compiled. */
    static final SyntheticDataset.Size SIZE = new SyntheticDataset.Size(5_000, 20_000, 500_000);
    /** The release's folder, named after what it holds, so that a change of it writes a new one. */
    static final String RELEASE = "loader-warm-up-" + SIZE.users() + "-" + SIZE.movies() + "-" + SIZE.ratings();
    private static final long SEED = 20_261_206L;

    private final Path release;

    /** A warm-up keeping its release in {@code folder}. */
    public LoaderWarmUp(Path folder) {
        this.release = folder.resolve(RELEASE);
    }

    /**
     * Writes the release unless it is there, then loads it; stops as soon as {@code stop} says so,
     * even in the middle of the load. Does nothing more once it fails: it is never needed.
     */
    public void run(BooleanSupplier stop) {
        try {
            if (!Files.isDirectory(release)) {
                write();
            }
            if (!stop.getAsBoolean()) {
                DatasetLoader.load(release, new StopWhenAsked(stop));
            }
        } catch (LoadCancelledException e) {
            // asked to stop: the release stays for next time
        } catch (DatasetException e) {
            OwnedFolders.deleteQuietly(release);
        } catch (IOException e) {
            // no room or no right to write it: the next start tries again
        }
    }

    /** Writes the release, first removing what writes of it cut short by the app's end left. */
    private void write() throws IOException {
        Path folder = release.getParent();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> unfinished = Files.newDirectoryStream(folder, "." + RELEASE + ".*.tmp")) {
                unfinished.forEach(OwnedFolders::deleteQuietly);
            }
        }
        AtomicFolder.write(release, into -> {
            new SyntheticDataset(SIZE, SEED).writeTo(into, written -> { });
            return null;
        });
    }

    /** The folder the release is kept in. */
    Path release() {
        return release;
    }

    private record StopWhenAsked(BooleanSupplier stop) implements LoadMonitor {

        @Override
        public void progress(long rowsRead, double fractionOfBytes) {
        }

        @Override
        public boolean isCancelled() {
            return stop.getAsBoolean();
        }
    }
}
