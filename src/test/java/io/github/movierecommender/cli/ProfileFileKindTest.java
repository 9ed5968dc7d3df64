package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** {@code --profile} takes only a regular file: a named pipe, a device or a folder is an error naming it, at once. */
class ProfileFileKindTest extends SmallWorldCommandTest {

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aNamedPipeOrADeviceIsRefusedWithoutWaitingOrReading() throws Exception {
        Path pipe = folder.resolve("ratings-pipe.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());

        for (String notAFile : new String[] {pipe.toString(), "/dev/zero"}) {
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> CliRun.of("recommend", "--data", data, "--profile", notAFile, "--method", "popular"));

            assertNotEquals(0, run.exitCode());
            assertThat(run.err()).contains(notAFile + ": not a regular file").doesNotContain("Exception");
        }
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path profiles = Files.createDirectories(folder.resolve("a-folder.csv"));

        CliRun run = CliRun.of("neighbours", "--data", data, "--profile", profiles.toString());

        assertNotEquals(0, run.exitCode());
        assertThat(run.err()).contains(profiles + ": not a regular file (it is a folder)");
    }
}
