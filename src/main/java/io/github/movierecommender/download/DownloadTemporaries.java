package io.github.movierecommender.download;

import io.github.movierecommender.files.OwnedFolders;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One download's temporary files in the datasets folder, the zip as it arrives
 * ({@code .download-ID.zip.part}) and the folder it is unpacked into ({@code .unpacking-ID}),
 * named after a lock file ({@code .download-ID.lock}) that the download holds locked while it runs.
 * A download that was killed leaves them behind; {@link #clearStale} removes those at the next
 * download, but only those whose lock nobody holds, so a download still running in another
 * instance of the app keeps its files.
 */
final class DownloadTemporaries implements AutoCloseable {

    /** How long temporaries are kept when no lock can tell whether a download still uses them. */
    private static final Duration UNLOCKED_LIFETIME = Duration.ofDays(1);

    private static final String PREFIX = ".download-";
    private static final String LOCK_SUFFIX = ".lock";
    private static final String ZIP_SUFFIX = ".zip.part";
    private static final String UNPACKING_PREFIX = ".unpacking-";
    /** The names above; the ID is the number {@link Files#createTempFile} puts in the lock file's name. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.download-(\\d+)(?:\\.lock|\\.zip\\.part)"
            + "|\\.unpacking-(\\d+)");

    private enum Lock { TAKEN, HELD_ELSEWHERE, IMPOSSIBLE }

    /**
     * The lock files this process holds. They are never opened again here: on some systems closing
     * any channel on a file drops every lock the process holds on it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path datasets;
    private final String id;
    private final FileChannel lockChannel;

    private DownloadTemporaries(Path datasets, String id, FileChannel lockChannel) {
        this.datasets = datasets;
        this.id = id;
        this.lockChannel = lockChannel;
    }

    /**
     * Creates a lock file of a new name in {@code datasets} and locks it; the download runs
     * unlocked where the file system cannot lock.
     */
    static DownloadTemporaries claim(Path datasets) throws IOException {
        while (true) {
            Path lockFile = Files.createTempFile(datasets, PREFIX, LOCK_SUFFIX);
            String name = lockFile.getFileName().toString();
            String id = name.substring(PREFIX.length(), name.length() - LOCK_SUFFIX.length());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            // Another download clearing stale temporaries may lock the new file before this one
            // does; it then deletes the file, and a new one is made.
            if (tryLock(channel) != Lock.HELD_ELSEWHERE && Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                HELD.add(lockFile);
                return new DownloadTemporaries(datasets, id, channel);
            }
            channel.close();
        }
    }

    /** Where the zip goes as it arrives; not created yet. */
    Path zip() {
        return zip(datasets, id);
    }

    /** The folder to unpack into; not created yet. */
    Path unpacking() {
        return unpacking(datasets, id);
    }

    /** Deletes the temporaries and then the lock file, and lets go of the lock. */
    @Override
    public void close() {
        deleteAll(datasets, id);
        try {
            lockChannel.close();
        } catch (IOException closingReleasesTheLockAnyway) {
            // The channel is gone either way, and with it the lock.
        } finally {
            HELD.remove(lockFile(datasets, id));
        }
    }

    /**
     * Deletes what downloads that no longer run left in {@code datasets}: the temporaries of each
     * lock file whose lock can be taken, with the lock file; and, where the file system cannot
     * lock or a lock file is missing, temporaries that have not changed for
     * {@link #UNLOCKED_LIFETIME}. Best effort: whatever cannot be deleted stays for next time.
     */
    static void clearStale(Path datasets) {
        Map<String, List<Path>> temporaries = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(datasets)) {
            for (Path entry : entries) {
                Matcher name = TEMPORARY.matcher(entry.getFileName().toString());
                if (name.matches()) {
                    String id = name.group(1) != null ? name.group(1) : name.group(2);
                    temporaries.computeIfAbsent(id, any -> new ArrayList<>()).add(entry);
                }
            }
        } catch (IOException bestEffort) {
            return;
        }
        temporaries.forEach((id, paths) -> clearIfStale(datasets, id, paths));
    }

    private static void clearIfStale(Path datasets, String id, List<Path> paths) {
        Path lockFile = lockFile(datasets, id);
        if (HELD.contains(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            switch (tryLock(channel)) {
                case TAKEN -> {
                    if (Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                        deleteAll(datasets, id);
                    }
                }
                case IMPOSSIBLE -> deleteIfUnchanged(paths);
                case HELD_ELSEWHERE -> {
                    // A download is using them.
                }
            }
        } catch (NoSuchFileException noLockFile) {
            deleteIfUnchanged(paths);
        } catch (IOException bestEffort) {
            // Left for the next download to try again.
        }
    }

    private static Lock tryLock(FileChannel channel) {
        try {
            return channel.tryLock() == null ? Lock.HELD_ELSEWHERE : Lock.TAKEN;
        } catch (OverlappingFileLockException heldInThisProcess) {
            return Lock.HELD_ELSEWHERE;
        } catch (IOException cannotLock) {
            return Lock.IMPOSSIBLE;
        }
    }

    /** Deletes {@code paths} when none of them changed for {@link #UNLOCKED_LIFETIME}. */
    private static void deleteIfUnchanged(List<Path> paths) {
        Instant oldest = Instant.now().minus(UNLOCKED_LIFETIME);
        try {
            for (Path path : paths) {
                if (Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant().isAfter(oldest)) {
                    return;
                }
            }
        } catch (IOException goneOrUnreadable) {
            return;
        }
        paths.forEach(OwnedFolders::deleteQuietly);
    }

    /** The lock file goes last: until then no other download takes the temporaries for abandoned. */
    private static void deleteAll(Path datasets, String id) {
        OwnedFolders.deleteQuietly(zip(datasets, id));
        OwnedFolders.deleteQuietly(unpacking(datasets, id));
        OwnedFolders.deleteQuietly(lockFile(datasets, id));
    }

    private static Path lockFile(Path datasets, String id) {
        return datasets.resolve(PREFIX + id + LOCK_SUFFIX);
    }

    private static Path zip(Path datasets, String id) {
        return datasets.resolve(PREFIX + id + ZIP_SUFFIX);
    }

    private static Path unpacking(Path datasets, String id) {
        return datasets.resolve(UNPACKING_PREFIX + id);
    }
}
