package io.github.movierecommender.download;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Marks the release folders this app installs, moves a complete release into place, and clears
 * away temporary files and folders.
 */
final class ReleaseFolders {

    /** The file in each release folder the app installed; only such a folder is ever replaced. */
    static final String MARKER = ".installed-by-movie-recommender";

    private ReleaseFolders() {
    }

    /** Whether nothing is at {@code target}, or a folder the app installed (a link never counts). */
    static boolean isFreeOrInstalledByApp(Path target) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        return Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** Writes the marker into a release folder that is about to be installed. */
    static void mark(Path release, URI source) throws IOException {
        Files.writeString(release.resolve(MARKER), "Installed by Movie Recommender from " + source + ".\n"
                + "The app replaces this folder when the release is downloaded again; "
                + "delete this file to keep it from doing so.\n", StandardCharsets.UTF_8);
    }

    /**
     * Renames {@code staged} to {@code target}. A release already at {@code target} (one that
     * {@link #isFreeOrInstalledByApp} allows) is first renamed to {@code setAside}, and renamed
     * back if the new one cannot take its place.
     */
    static void install(Path staged, Path target, Path setAside) throws IOException {
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
     * effort: the outcome of the download stands even when the system will not let one go.
     */
    static void deleteQuietly(Path path) {
        try {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.walkFileTree(path, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } else {
                Files.deleteIfExists(path);
            }
        } catch (IOException bestEffort) {
            // Left for the system to clear; see above.
        }
    }
}
