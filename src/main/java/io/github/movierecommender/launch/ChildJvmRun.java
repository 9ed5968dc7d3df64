package io.github.movierecommender.launch;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link Restart} whose archive's temporary file is made: starts the child JVM on this process's
 * standard streams and waits for it. When this process is stopped (SIGTERM, Ctrl-C), the child gets
 * SIGTERM and up to {@value #SHUTDOWN_SECONDS} s to end, as if it had been stopped itself, then is killed.
 */
final class ChildJvmRun {

    /** How long a child stopped with this process has for its shutdown before it is killed. */
    static final long SHUTDOWN_SECONDS = 10;

    private ChildJvmRun() {
    }

    /** The child's exit code, or nothing when it could not be started. */
    static OptionalInt run(Restart restart) {
        Optional<ArchiveDump> dump = restart.dump();
        Process child;
        try {
            child = new ProcessBuilder(restart.command()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            dump.ifPresent(ClassArchives::discard);
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(new StopChild(child, dump), "stop child JVM"));
        int code = waitFor(child);
        dump.ifPresent(d -> ClassArchives.finish(d, code == 0));
        return OptionalInt.of(code);
    }

    private static int waitFor(Process child) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return child.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** This process is stopping: so does the child, by SIGTERM first, and its archive is not kept. */
    private record StopChild(Process child, Optional<ArchiveDump> dump) implements Runnable {
        @Override
        public void run() {
            if (child.isAlive()) {
                child.destroy();
                try {
                    if (!child.waitFor(SHUTDOWN_SECONDS, TimeUnit.SECONDS)) {
                        child.destroyForcibly().waitFor(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    child.destroyForcibly();
                }
                dump.ifPresent(ClassArchives::discard);
            }
        }
    }
}
