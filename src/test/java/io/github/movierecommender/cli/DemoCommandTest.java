package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.synth.DemoDataset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

    @Test
    void writesExactlyTheCommittedDemoWithTheDefaultSeed(@TempDir Path folder) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new DemoCommand());
        command.setOut(new PrintWriter(out, true));

        int exitCode = command.execute("--out", folder.resolve("demo").toString());

        assertThat(exitCode).isZero();
        assertThat(out.toString()).startsWith("wrote 304 films, 250 synthetic users, ").endsWith(" tags to "
                + folder.resolve("demo") + System.lineSeparator());
        for (String name : DemoDataset.FILES) {
            assertThat(folder.resolve("demo").resolve(name)).hasSameBinaryContentAs(Path.of("data", "demo", name));
        }
    }

    @Test
    void takesTheSeedFromTheCommandLine(@TempDir Path folder) {
        CommandLine command = new CommandLine(new DemoCommand());
        command.setOut(new PrintWriter(new StringWriter(), true));

        int exitCode = command.execute("--out", folder.toString(), "--seed", "7");

        assertThat(exitCode).isZero();
        assertThat(folder.resolve("README.txt")).content().contains("with seed 7.", "--seed 7");
    }
}
