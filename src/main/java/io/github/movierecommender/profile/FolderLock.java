package io.github.movierecommender.profile;

import io.github.movierecommender.problem.Problem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock every change to the profiles of one folder is made under, so that two processes, or
 * two stores of one process, never write over each other's changes: an operating-system lock on
 * the file {@code .lock} in the folder, which other processes see, and, since the operating system
 * grants that lock to a whole process, a lock of this process's own for the folder first. Waiting
 * is bounded.
 */
final class FolderLock {

    static final String FILE_NAME = ".lock";

    /** What is done while the lock is held. */
    @FunctionalInterface
    interface Locked<T> {
        T run() throws ProfileException, IOException;
    }

    /** Neither lock could be had in time; the problem names the lock file. */
    static final class BusyException extends Exception {
        private final transient Problem problem;

        BusyException(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    private static final ConcurrentMap<Path, ReentrantLock> IN_THIS_PROCESS = new ConcurrentHashMap<>();
    private static final long RETRY_MILLIS = 10;

    private final Path folder;
    private final Path file;
    private final Duration wait;
    private final ReentrantLock inThisProcess;

    FolderLock(Path folder, Duration wait) {
        this.folder = folder.toAbsolutePath().normalize();
        this.file = this.folder.resolve(FILE_NAME);
        this.wait = wait;
        this.inThisProcess = IN_THIS_PROCESS.computeIfAbsent(this.folder, key -> new ReentrantLock());
    }

    Path file() {
        return file;
    }

    /**
     * Runs {@code locked} holding both locks, making the folder first if need be; a thread that
     * holds them already just runs it. {@link IOException} when the folder or the lock file cannot
     * be made or opened, or when {@code locked} fails so.
     */
    <T> T holding(Locked<T> locked) throws ProfileException, IOException, BusyException {
        if (inThisProcess.isHeldByCurrentThread()) {
            return locked.run();
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!inThisProcess.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException(Problem.of(ProfileProblem.LOCK_INTERRUPTED, file));
        }
        try {
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock held = lock(channel, deadline)) {
                return locked.run();
            }
        } finally {
            inThisProcess.unlock();
        }
    }

    private FileLock lock(FileChannel channel, long deadline) throws IOException, BusyException {
        while (true) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() - deadline > 0) {
                throw busy();
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BusyException(Problem.of(ProfileProblem.LOCK_INTERRUPTED, file));
            }
        }
    }

    private BusyException busy() {
        return new BusyException(Problem.of(ProfileProblem.LOCK_BUSY, file, wait.toSeconds()));
    }
}
