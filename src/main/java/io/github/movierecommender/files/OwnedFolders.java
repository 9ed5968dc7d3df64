package io.github.movierecommender.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Folders the app writes whole into the data folder (downloaded releases, the demo): marks them,
 * moves a complete one into place, and clears away temporary files and folders. Only a folder
 * that holds the {@link #MARKER} is ever replaced, so nothing a person put there is overwritten.
 */
public final class OwnedFolders {

    /** The file in each folder the app made; only such a folder is ever replaced. */
    public static final String MARKER = ".installed-by-movie-recommender";

    private OwnedFolders() {
    }

    /** Whether nothing is at {@code target}, or a folder the app made (a link never counts). */
    public static boolean isFreeOrMadeByApp(Path target) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        return Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** Refuses a {@code target} that {@link #isFreeOrMadeByApp} does not allow. */
    public static void requireFreeOrMadeByApp(Path target) throws FolderInTheWayException {
        if (!isFreeOrMadeByApp(target)) {
            throw new FolderInTheWayException(target);
        }
    }

    /**
     * Writes the marker into a folder that is about to be moved into place: "Installed by Movie
     * Recommender {@code origin}. The app replaces this folder {@code replacedWhen}; …".
     */
    public static void mark(Path folder, String origin, String replacedWhen) throws IOException {
        Files.writeString(folder.resolve(MARKER), "Installed by Movie Recommender " + origin + ".\n"
                + "The app replaces this folder " + replacedWhen + "; delete this file to keep it from doing so.\n",
                StandardCharsets.UTF_8);
    }

    /**
     * Renames {@code staged} to {@code target}. A folder already at {@code target} (one that
     * {@link #isFreeOrMadeByApp} allows) is first renamed to {@code setAside}, and renamed back if
     * the new one cannot take its place.
     */
    public static void install(Path staged, Path target, Path setAside) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Files.move(target, setAside, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.move(setAside, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException restoring) {
                e.addSuppressed(restoring);
            }
            throw e;
        }
    }

    /**
     * Deletes a temporary file or folder with everything inside, without following links. Best
     * effort: the outcome of the work stands even when the system will not let one go.
     */
    public static void deleteQuietly(Path path) {
        try {
            FileTrees.delete(path);
        } catch (IOException bestEffort) {
            // Left for the system to clear; see above.
        }
    }
}
