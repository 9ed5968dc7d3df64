package io.github.movierecommender.launch;

import io.github.movierecommender.files.AtomicFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The class data archives of the app in the cache folder: one per jar and Java, named
 * {@code movie-recommender-HASH.jsa} (Java 17 to 24) or {@code .aot} (25 on); a child JVM writes a new one,
 * or the record a cache is made of, to {@code .NAME.PID-RANDOM.tmp} beside it, and a cache is made into
 * {@code .NAME.PID-RANDOM.aot.tmp}; either takes the archive's place once complete. The newest
 * {@value #KEPT} stay, so that two jars or two Javas used in turn each keep theirs.
 */
final class ClassArchives {

    /** How many archives of the app the cache folder keeps, the newest: those of the jars and Javas used lately. */
    static final int KEPT = 3;
    private static final String PREFIX = "movie-recommender-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final String ASSEMBLED_SUFFIX = ".aot" + TEMP_SUFFIX;
    /** The first four bytes of a dynamic archive Java 17 wrote completely (it writes its header last). */
    private static final int DYNAMIC_ARCHIVE_MAGIC = 0xf00baba8;
    /** The first four bytes of an ahead-of-time cache, which counts as complete when the JVM making it succeeded. */
    private static final int AHEAD_OF_TIME_CACHE_MAGIC = 0xf00baba2;

    private ClassArchives() {
    }

    /**
     * The archive's name for a jar (its absolute path, size and modification time) and a Java (its home
     * and VM version) and the Java's format: a jar built again, moved, or run by another Java gets a name of
     * its own.
     */
    static String name(Path jar, long size, long modifiedMillis, String javaHome, String vmVersion,
                       ArchiveFormat format) {
        String stamp = jar.toAbsolutePath() + "\n" + size + "\n" + modifiedMillis + "\n" + javaHome + "\n" + vmVersion;
        return PREFIX + NameHash.of(stamp) + format.suffix();
    }

    /** A name beside {@code archive} that no other process picks: this process's id and a random number. */
    static Path temporaryFor(Path archive, long pid) {
        return archive.resolveSibling("." + archive.getFileName() + "." + pid + "-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMP_SUFFIX);
    }

    /** Where the cache made of the record {@code temporary} is written before it takes the archive's place. */
    static Path assembledFrom(Path temporary) {
        String name = temporary.getFileName().toString();
        return temporary.resolveSibling(name.substring(0, name.length() - TEMP_SUFFIX.length()) + ASSEMBLED_SUFFIX);
    }

    /** Creates the cache folder and the empty temporary file, so that the child can write it; false if not. */
    static boolean prepare(ArchiveDump dump) {
        try {
            Files.createDirectories(dump.temporary().getParent());
            Files.createFile(dump.temporary());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * After the child exited: when it did so cleanly (and the dump's assembly succeeded), the complete archive
     * written, or made by the assembly, takes the archive's place, and older archives of the app and temporary
     * files of ended processes are deleted; anything else is deleted. Failures only cost the archive.
     */
    static void finish(ArchiveDump dump, boolean cleanExit) {
        try {
            Path written = dump.assembly().map(CacheAssembly::output).orElse(dump.temporary());
            if (cleanExit && isComplete(written)) {
                AtomicFile.replace(written, dump.archive());
                deleteOlder(dump.archive());
            }
        } catch (IOException | RuntimeException e) {
            // The next start makes the archive again.
        } finally {
            discard(dump);
        }
    }

    /** Deletes the temporary files, if still there. */
    static void discard(ArchiveDump dump) {
        try {
            Files.deleteIfExists(dump.temporary());
            if (dump.assembly().isPresent()) {
                Files.deleteIfExists(dump.assembly().get().output());
            }
        } catch (IOException | RuntimeException e) {
            // Left over, it is deleted the next time a new archive takes its place in this folder.
        }
    }

    static boolean isComplete(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer magic = ByteBuffer.allocate(Integer.BYTES).order(ByteOrder.nativeOrder());
            while (magic.hasRemaining() && channel.read(magic) >= 0) {
                continue;
            }
            return !magic.hasRemaining()
                    && (magic.getInt(0) == DYNAMIC_ARCHIVE_MAGIC || magic.getInt(0) == AHEAD_OF_TIME_CACHE_MAGIC);
        }
    }

    /**
     * Keeps {@code kept} and the newest other archives of the app, {@link #KEPT} in all, and deletes the
     * older ones and the temporary files whose process has ended; those of a process still running stay,
     * as it may yet complete them.
     */
    private static void deleteOlder(Path kept) throws IOException {
        List<Path> others = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(kept.getParent())) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (isArchive(name) && !file.equals(kept)) {
                    others.add(file);
                } else if (isLeftover(name)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        others.sort(Comparator.comparingLong(ClassArchives::modifiedMillis).reversed());
        for (Path older : others.subList(Math.min(KEPT - 1, others.size()), others.size())) {
            Files.deleteIfExists(older);
        }
    }

    /** When the file was last written; 0, the oldest, when that cannot be read. */
    private static long modifiedMillis(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether {@code name} is that of an archive of the app, of any format. */
    private static boolean isArchive(String name) {
        return name.startsWith(PREFIX) && Arrays.stream(ArchiveFormat.values()).anyMatch(f -> name.endsWith(f.suffix()));
    }

    /** Whether {@code name} is a temporary archive file of a process that no longer runs. */
    private static boolean isLeftover(String name) {
        if (!name.startsWith("." + PREFIX) || !name.endsWith(TEMP_SUFFIX)) {
            return false;
        }
        int end = name.lastIndexOf('-');
        int start = name.lastIndexOf('.', end) + 1;
        try {
            return start > 0 && ProcessHandle.of(Long.parseLong(name.substring(start, end))).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
