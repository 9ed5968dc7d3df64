package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.movierecommender.ChildJvm;
import io.github.movierecommender.Launcher;
import io.github.movierecommender.synth.SyntheticDataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping {@code recommend --user all --out} while it writes (Ctrl+C, or the signal a system
 * sends at shutdown) leaves neither the file nor a part of it.
 */
class BatchListsStopTest {

    private static final long STARTUP_SECONDS = 120;

    @TempDir
    Path folder;

    @Test
    void stoppedWhileWritingItLeavesNoFileAndNoTemporaryFile() throws Exception {
        Path release = folder.resolve("synthetic");
        new SyntheticDataset(new SyntheticDataset.Size(30_000, 2_000, 1_500_000), 3).writeTo(release, written -> { });
        Path out = folder.resolve("lists.csv");
        Path errors = folder.resolve("errors.txt");
        Process child = ChildJvm.command(List.of(ChildJvm.BRIEF), Launcher.class, "recommend", "--data",
                        release.toString(), "--no-snapshot", "--user", "all", "--method", "knn", "--threads", "1",
                        "--out", out.toString())
                .redirectError(errors.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            awaitWriting(child, errors);
            child.destroy();
            assertThat(child.waitFor(STARTUP_SECONDS, TimeUnit.SECONDS)).as("ended after the signal").isTrue();
        } finally {
            child.destroyForcibly().waitFor();
        }
        String err = Files.readString(errors, StandardCharsets.UTF_8);
        assumeTrue(child.exitValue() != 0, "every list was written before the signal arrived");
        assertThat(err).contains("stopped: " + out + " was not written").doesNotContain("Exception", "at java.");
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    /** Waits until the progress bar shows that the lists are being written. */
    private static void awaitWriting(Process child, Path errors) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
        while (!Files.readString(errors, StandardCharsets.UTF_8).contains("recommending")) {
            assertThat(child.isAlive()).as("still running: %s", Files.readString(errors)).isTrue();
            assertThat(System.nanoTime()).as("the lists started within %d s", STARTUP_SECONDS).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
