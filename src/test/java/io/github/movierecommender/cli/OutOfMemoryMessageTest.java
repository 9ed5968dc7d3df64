package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ChildJvm;
import io.github.movierecommender.Launcher;
import io.github.movierecommender.synth.SyntheticDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset too big for the heap, loaded by the jar's entry point in a child JVM with a small -Xmx. */
class OutOfMemoryMessageTest {

    private static final String SMALL_HEAP = "-Xmx16m";

    @TempDir
    static Path folder;

    static Path dataset;

    @BeforeAll
    static void writeDataset() throws IOException {
        dataset = folder.resolve("big");
        new SyntheticDataset(new SyntheticDataset.Size(5_000, 3_000, 1_000_000), 1).writeTo(dataset, written -> { });
    }

    @Test
    void aDatasetTooBigForTheHeapIsAMessageWithAdviceAndExitCodeOne() throws Exception {
        Result result = run(SMALL_HEAP, "stats", "--data", dataset.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).contains("error: out of memory", "Give Java more memory",
                "java -Xmx2g -jar movie-recommender.jar stats").containsPattern("heap of at most 1[0-9] MB");
        assertThat(result.err()).doesNotContain("at java.", "Exception in thread", "OutOfMemoryError");
    }

    @Test
    void theInstalledLauncherIsToldToSetJavaToolOptions() throws Exception {
        Result result = run(SMALL_HEAP, "-Djpackage.app-path=/opt/movie-recommender/bin/movie-recommender",
                "evaluate", "--data", dataset.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).contains("set the environment variable JAVA_TOOL_OPTIONS=-Xmx2g",
                "run movie-recommender evaluate");
        assertThat(result.err()).doesNotContain("at java.", "Exception in thread");
    }

    private record Result(int exitCode, String err) {
    }

    /** Runs the launcher with the JVM options before the command's first argument. */
    private static Result run(String... options) throws IOException, InterruptedException {
        List<String> jvmOptions = new ArrayList<>(List.of(ChildJvm.BRIEF));
        int firstArgument = 0;
        while (options[firstArgument].startsWith("-")) {
            jvmOptions.add(options[firstArgument++]);
        }
        String[] arguments = Arrays.copyOfRange(options, firstArgument, options.length);
        Path errors = folder.resolve("errors.txt");
        Process child = ChildJvm.command(jvmOptions, Launcher.class, arguments).redirectError(errors.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
            throw new AssertionError("the command did not end within a minute");
        }
        return new Result(child.exitValue(), Files.readString(errors, StandardCharsets.UTF_8));
    }
}
