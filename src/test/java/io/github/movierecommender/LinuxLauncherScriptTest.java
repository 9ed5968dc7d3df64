package io.github.movierecommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * installer/linux/launcher.sh, the Linux app image's launchers: started from an image laid out as
 * jpackage lays it out (with a space in its path and its launcher's name), it starts the image's Java
 * with what the launcher's .cfg says, then the arguments it was given, as jpackage's launcher does.
 */
class LinuxLauncherScriptTest {

    private static final Path SCRIPT = Path.of("installer", "linux", "launcher.sh");
    private static final String LAUNCHER = "Movie Recommender";

    @TempDir
    Path tmp;
    private Path image;

    @BeforeEach
    void layOutAnImage() throws IOException {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash) && Files.isDirectory(Path.of("/proc/self")), "Linux with bash only");
        image = tmp.resolve("Tom & Jerry's image");
        executable(image.resolve("bin").resolve(LAUNCHER), Files.readString(SCRIPT));
        Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(image.resolve("lib/app").resolve(LAUNCHER + ".cfg"), """
                [Application]
                app.classpath=$APPDIR/movie-recommender.jar
                app.mainclass=io.github.movierecommender.Launcher

                [JavaOptions]
                java-options=-Djpackage.app-version=1.2.3
                java-options=-Dtwo.words=in $ROOTDIR
                """);
        // The image's Java, here: prints each argument on a line of its own, and exits with the status JAVA_EXIT names.
        executable(image.resolve("lib/runtime/bin/java"), """
                #!/bin/bash
                printf '%s\\n' "$@"
                exit "${JAVA_EXIT:-0}"
                """);
    }

    @Test
    void startsTheImagesJavaWithTheOptionsOfItsCfgAndTheArgumentsGiven() throws Exception {
        Run run = launch(image.resolve("bin").resolve(LAUNCHER), "0", "stats", "--data", "a folder");

        assertThat(run.status()).isZero();
        assertThat(run.lines()).containsExactly(
                "-Djpackage.app-version=1.2.3",
                "-Dtwo.words=in " + image,
                "-Djpackage.app-path=" + image.resolve("bin").resolve(LAUNCHER),
                "-cp", image.resolve("lib/app/movie-recommender.jar").toString(),
                "io.github.movierecommender.Launcher",
                "stats", "--data", "a folder");
    }

    @Test
    void findsItsImageThroughALinkAndHandsBackJavasExitStatus() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("movie-recommender"), image.resolve("bin").resolve(LAUNCHER));

        Run run = launch(link, "3", "--version");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.lines()).contains("-cp", image.resolve("lib/app/movie-recommender.jar").toString());
        assertThat(run.lines()).last().isEqualTo("--version");
    }

    @Test
    void startsJavaWithItsAheadOfTimeCacheUnlessTheUsersOptionsChooseClassDataSharing() throws Exception {
        Path launcher = image.resolve("bin").resolve(LAUNCHER);
        assertThat(launch(launcher, "0").lines()).as("an image without a cache").noneMatch(line -> line.contains("AOT"));
        Path commandLine = image.resolve("bin/movie-recommender");
        executable(commandLine, Files.readString(SCRIPT));
        Files.copy(image.resolve("lib/app").resolve(LAUNCHER + ".cfg"), image.resolve("lib/app/movie-recommender.cfg"));
        Path commandLinesCache = Files.writeString(image.resolve("lib/app/movie-recommender.aot"), "its cache");
        Path cache = Files.writeString(image.resolve("lib/app").resolve(LAUNCHER + ".aot"), "the app's cache");

        assertThat(launch(commandLine, "0", "stats").lines()).as("each launcher its own")
                .contains("-XX:AOTCache=" + commandLinesCache).doesNotContain("-XX:AOTCache=" + cache);

        assertThat(launch(launcher, "0", "stats").lines()).containsSubsequence("-Dtwo.words=in " + image,
                "-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off", "-Djpackage.app-path=" + launcher,
                "-cp", image.resolve("lib/app/movie-recommender.jar").toString(), "io.github.movierecommender.Launcher",
                "stats");
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            assertThat(launch(launcher, "0", Map.of(variable, "-Dtitle=CHAOTIC -Xmx1g")).lines())
                    .as(variable + " without such options").contains("-XX:AOTCache=" + cache);
            for (String option : List.of("-Xshare:off", "-XX:SharedArchiveFile=mine.jsa", "-XX:AOTMode=record",
                    "@more-options.txt", "-XX:Flags=more.flags")) {
                assertThat(launch(launcher, "0", Map.of(variable, "-Xmx1g " + option)).lines())
                        .as(variable + "=" + option).noneMatch(line -> line.contains("AOTCache"));
            }
        }
    }

    private static void executable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Run launch(Path launcher, String javaExit, String... arguments) throws Exception {
        return launch(launcher, javaExit, Map.of(), arguments);
    }

    /** Runs the launcher with no JVM options in the environment but {@code options}. */
    private Run launch(Path launcher, String javaExit, Map<String, String> options, String... arguments)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"));
        builder.environment().putAll(options);
        builder.environment().put("JAVA_EXIT", javaExit);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
        return new Run(process.exitValue(), out.lines().toList());
    }

    private record Run(int status, List<String> lines) {
    }
}
