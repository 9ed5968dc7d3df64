package io.github.movierecommender.download;

import io.github.movierecommender.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Run in a process of its own, as another instance of the app would be. {@code hold FILE} locks
 * the file, prints "locked", and holds the lock until its standard input closes; {@code try FILE}
 * prints whether the file's lock is "free" or "held".
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (FileChannel channel = FileChannel.open(Path.of(args[1]), StandardOpenOption.WRITE)) {
            if (args[0].equals("try")) {
                System.out.println(channel.tryLock() == null ? "held" : "free");
                return;
            }
            try (FileLock lock = channel.lock()) {
                System.out.println("locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    continue;
                }
            }
        }
    }

    /** Starts {@code java LockHolder MODE FILE} in a JVM of its own. */
    static Process start(String mode, Path file) throws IOException {
        return ChildJvm.command(List.of(ChildJvm.BRIEF), LockHolder.class, mode, file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The first line {@code process} prints. */
    static String firstLine(Process process) throws IOException {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }
}
