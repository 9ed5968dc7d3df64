package io.github.movierecommender.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a folder of files so that a failure at any moment leaves no part of a file in it: the
 * files are written into a temporary sibling folder {@code .NAME.RANDOM.tmp}, forced to the disk,
 * and then the folder is renamed into place, or, when it exists already, each file replaces its
 * namesake in one rename (files of other names are kept). A failed write removes the temporary folder.
 */
public final class AtomicFolder {

    private static final String TEMPORARY_SUFFIX = ".tmp";

    /** Writes files into the folder it is given, which exists and is empty, and returns what it wrote. */
    @FunctionalInterface
    public interface Content<T> {
        T writeInto(Path folder) throws IOException;
    }

    private AtomicFolder() {
    }

    public static <T> T write(Path target, Content<T> content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = absolute.resolveSibling(temporaryPrefix(absolute)
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMPORARY_SUFFIX);
        Files.createDirectory(temp);
        T written;
        try {
            written = content.writeInto(temp);
            forceFiles(temp);
            if (Files.isDirectory(absolute)) {
                replaceFiles(temp, absolute);
            } else {
                Files.move(temp, absolute);
                AtomicFile.syncFolder(absolute.getParent());
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                FileTrees.delete(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        FileTrees.delete(temp);
        return written;
    }

    /**
     * Deletes the temporary folders of writes of {@code target} that were cut short (the process
     * ended) and last changed more than {@code age} ago: younger ones may be another process's
     * write under way. Best effort.
     */
    public static void clearLeftovers(Path target, Duration age) {
        Path absolute = target.toAbsolutePath();
        Instant before = Instant.now().minus(age);
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(absolute.getParent(),
                temporaryPrefix(absolute) + "*" + TEMPORARY_SUFFIX)) {
            for (Path temporary : temporaries) {
                if (Files.getLastModifiedTime(temporary).toInstant().isBefore(before)) {
                    OwnedFolders.deleteQuietly(temporary);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left for the next time; see above.
        }
    }

    private static String temporaryPrefix(Path absoluteTarget) {
        return "." + absoluteTarget.getFileName() + ".";
    }

    private static void forceFiles(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        }
        AtomicFile.syncFolder(folder);
    }

    private static void replaceFiles(Path from, Path into) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(from)) {
            for (Path file : files) {
                Path target = into.resolve(file.getFileName().toString());
                try {
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        AtomicFile.syncFolder(into);
    }
}
