package io.github.movierecommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** installer/linux/newest-jdk.sh: which JDK the Linux app image is made with, among those installed. */
class NewestJdkScriptTest {

    private static final Path SCRIPT = Path.of("installer", "linux", "newest-jdk.sh");

    @TempDir
    Path jvms;

    @Test
    void theNewestJdkOf25OrLaterWithJlinkAndJpackage() throws Exception {
        jdk("java-17-openjdk-amd64", "17.0.15", true);
        jdk("jdk-25", "25.0.3", true);
        jdk("jdk-26", "26", true);
        jdk("jre-27", "27.0.1", false);

        assertThat(newest()).isEqualTo(jvms.resolve("jdk-26").toString());
    }

    @Test
    void nothingWhenNoneIs25OrLater() throws Exception {
        jdk("java-17-openjdk-amd64", "17.0.15", true);
        jdk("java-21-openjdk-amd64", "21.0.5", true);

        assertThat(newest()).isEmpty();
    }

    private void jdk(String name, String version, boolean tools) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name).resolve("bin"));
        Files.writeString(home.resolveSibling("release"), "IMPLEMENTOR=\"X\"\nJAVA_VERSION=\"" + version + "\"\n");
        for (String tool : tools ? new String[] {"java", "jlink", "jpackage"} : new String[] {"java"}) {
            Path file = Files.writeString(home.resolve(tool), "#!/bin/sh\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private String newest() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash");
        Process process = new ProcessBuilder("bash", SCRIPT.toString(), jvms.toString()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return out;
    }
}
