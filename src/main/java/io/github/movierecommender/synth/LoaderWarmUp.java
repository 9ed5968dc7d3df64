package io.github.movierecommender.synth;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.data.LoadCancelledException;
import io.github.movierecommender.data.LoadMonitor;
import io.github.movierecommender.files.AtomicFolder;
import io.github.movierecommender.files.FolderRoom;
import io.github.movierecommender.files.OwnedFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A small synthetic release that the desktop app loads once while it waits for the user, so that
 * the JIT has compiled the loader before the user's first large load (a first 32M open in the app
 * went from 4.16 to 3.74 s). The release is written once into a folder of its own and kept there;
 * one that no longer loads is written anew next time. The warm-up is never needed: whatever fails
 * (no room, no right to write, a file gone) only leaves it out.
 */
public final class LoaderWarmUp {

    /** Enough lines, users and movies for the loader's per-line, per-user and per-movie methods to be compiled. */
    static final SyntheticDataset.Size SIZE = new SyntheticDataset.Size(5_000, 20_000, 500_000);
    /** The free space the cache folder must have left for the release (13 MB) to be written. */
    private static final long ROOM = 64L << 20;
    /** Writes cut short this long ago are no other process's write under way. */
    private static final Duration LEFTOVER_AGE = Duration.ofHours(1);
    private static final long SEED = 20_261_206L;

    private final Path release;
    private final SyntheticDataset.Size size;

    /** A warm-up keeping its release in {@code folder}. */
    public LoaderWarmUp(Path folder) {
        this(folder, SIZE);
    }

    LoaderWarmUp(Path folder, SyntheticDataset.Size size) {
        this.release = folder.resolve("loader-warm-up-" + size.users() + "-" + size.movies() + "-" + size.ratings());
        this.size = size;
    }

    /**
     * Writes the release unless it is there, then loads it; gives up as soon as {@code stop} says
     * so, while writing as while loading. Returns the release loaded, for the work that follows a
     * load to be warmed up with it, or nothing when the load did not run to its end.
     */
    public Optional<Dataset> run(BooleanSupplier stop) {
        try {
            if (!Files.isDirectory(release) && !write(stop) || stop.getAsBoolean()) {
                return Optional.empty();
            }
            return Optional.of(DatasetLoader.load(release, new StopWhenAsked(stop)));
        } catch (LoadCancelledException | CancellationException e) {
            return Optional.empty();
        } catch (DatasetException e) {
            if (!stop.getAsBoolean()) {
                OwnedFolders.deleteQuietly(release);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private boolean write(BooleanSupplier stop) throws IOException {
        Path folder = release.getParent();
        if (stop.getAsBoolean() || !FolderRoom.canTake(folder, ROOM)) {
            return false;
        }
        AtomicFolder.clearLeftovers(release, LEFTOVER_AGE);
        AtomicFolder.write(release, into -> {
            new SyntheticDataset(size, SEED).writeTo(into, written -> {
                if (stop.getAsBoolean()) {
                    throw new CancellationException("a dataset started opening");
                }
            });
            return null;
        });
        return true;
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
