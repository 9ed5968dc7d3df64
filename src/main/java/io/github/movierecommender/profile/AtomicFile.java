package io.github.movierecommender.profile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a crash at any moment leaves the old file or the new one, never a part:
 * the content goes to a temporary file in the same folder, is forced to the disk, replaces the
 * target in one rename, and the folder entry is forced to the disk too.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    static void write(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = writeTemp(absolute, content.getBytes(StandardCharsets.UTF_8));
        try {
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(absolute.getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Copies {@code source} beside itself under {@code wanted}, or {@code wanted-2}, {@code -3}…
     * when that name is taken: an existing file is never replaced. Returns the copy.
     */
    static Path keepCopy(Path source, Path wanted) throws IOException {
        Path absolute = wanted.toAbsolutePath();
        Path temp = writeTemp(absolute, Files.readAllBytes(source));
        try {
            Path copy = absolute;
            for (int attempt = 2; ; attempt++) {
                try {
                    Files.move(temp, copy);
                    syncFolder(copy.getParent());
                    return copy;
                } catch (FileAlreadyExistsException taken) {
                    copy = absolute.resolveSibling(absolute.getFileName() + "-" + attempt);
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Forces a folder's entries (a file created, renamed or deleted) to the disk. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a file; its file systems make a rename durable themselves.
        }
    }

    private static Path writeTemp(Path target, byte[] content) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(content);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }
}
