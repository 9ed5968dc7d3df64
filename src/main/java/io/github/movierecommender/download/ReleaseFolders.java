package io.github.movierecommender.download;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Moves a complete release into place and clears away temporary files and folders. */
final class ReleaseFolders {

    private ReleaseFolders() {
    }

    /**
     * Renames {@code staged} to {@code target}. A release already at {@code target} is first
     * renamed to {@code setAside}, and renamed back if the new one cannot take its place.
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
