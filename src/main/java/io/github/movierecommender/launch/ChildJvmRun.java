package io.github.movierecommender.launch;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a {@link Restart} whose archive's temporary file is made: starts the child JVM on this process's
 * standard streams and waits for it, then any JVM that makes its archive. When this process is stopped
 * (SIGTERM, Ctrl-C), the JVM running gets SIGTERM and up to {@value #SHUTDOWN_SECONDS} s to end, as if it
 * had been stopped itself, then is killed, and the archive's temporary files are deleted.
 */
final class ChildJvmRun {

    /** How long a child stopped with this process has for its shutdown before it is killed. */
    static final long SHUTDOWN_SECONDS = 10;
    /** How long the JVM making a cache may take (3 s for the app's on two cores) before it is stopped. */
    private static final long ASSEMBLY_SECONDS = 120;

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
        AtomicReference<Process> running = new AtomicReference<>(child);
        Runtime.getRuntime().addShutdownHook(new Thread(new StopRunning(running, dump), "stop child JVM"));
        int code = waitFor(child);
        dump.ifPresent(d -> ClassArchives.finish(d,
                code == 0 && d.assembly().map(assembly -> assembled(assembly, running)).orElse(true)));
        return OptionalInt.of(code);
    }

    /** Whether the JVM making a cache ran, quietly, and succeeded within {@value #ASSEMBLY_SECONDS} s. */
    private static boolean assembled(CacheAssembly assembly, AtomicReference<Process> running) {
        Process process;
        try {
            process = new ProcessBuilder(assembly.command()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        running.set(process);
        try {
            if (process.waitFor(ASSEMBLY_SECONDS, TimeUnit.SECONDS)) {
                return process.exitValue() == 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        return false;
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

    /** This process is stopping: so does the JVM it runs, by SIGTERM first, and its archive is not kept. */
    private record StopRunning(AtomicReference<Process> running, Optional<ArchiveDump> dump) implements Runnable {
        @Override
        public void run() {
            Process process = running.get();
            if (process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(SHUTDOWN_SECONDS, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                }
            }
            dump.ifPresent(ClassArchives::discard);
        }
    }
}
