package io.github.movierecommender.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
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
 * Writes files so that a crash or a failure at any moment leaves the old file or the new one,
 * never a part: the content goes to a temporary file {@code .NAME.RANDOM.tmp} in the same folder,
 * is forced to the disk, replaces the target in one rename, and the folder entry is forced to the
 * disk too. A failed write removes its temporary file.
 */
public final class AtomicFile {

    /** Writes a file's content to the stream it is given; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFile() {
    }

    public static void write(Path target, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /** Writes what {@code content} writes to {@code target}, replacing it only once all is written. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = writeTemp(absolute, content);
        try {
            replace(temp, absolute);
            syncFolder(absolute.getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Moves {@code source} onto {@code target}, replacing it in one rename where the file system can
     * (a reader sees the old file or the new one), else by a plain move that replaces it.
     */
    public static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Copies {@code source} beside itself under {@code wanted}, or {@code wanted-2}, {@code -3}…
     * when that name is taken: an existing file is never replaced. The copy streams, so a file of
     * any size is kept without holding it in memory. Returns the copy.
     */
    public static Path keepCopy(Path source, Path wanted) throws IOException {
        Path absolute = wanted.toAbsolutePath();
        Path temp = writeTemp(absolute, out -> Files.copy(source, out));
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

    /** Whether {@code file} is named like the temporary file of a write to a file in its folder. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX) && name.indexOf('.', 1) > 0;
    }

    /** Forces a folder's entries (a file created, renamed or deleted) to the disk. */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a file; its file systems make a rename durable themselves.
        }
    }

    private static Path writeTemp(Path target, Content content) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }
}
