package io.github.movierecommender.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Linux app image starts the app's JVM as {@code java -jar}'s restart does. */
class ImageLauncherOptionsTest {

    @Test
    void theImagesLaunchersReachTheOptimisingCompilerAsLateAsTheRestartedApp() throws IOException {
        String launcherOptions = Files.readString(Path.of("installer", "linux", "launcher.args"));

        for (String option : RestartDecision.DESKTOP_COMPILER_OPTIONS) {
            assertThat(launcherOptions).containsOnlyOnce("\n--java-options " + option + "\n");
        }
    }

    @Test
    void anImageOnJava24OrLaterAllowsJavaFxItsUnsafeMemoryAccessAsTheRestartedAppDoes() throws IOException {
        String newerJavaOptions = Files.readString(Path.of("installer", "newer-java.args"));

        assertThat(newerJavaOptions).containsOnlyOnce("\n--java-options " + RestartDecision.UNSAFE_MEMORY_ACCESS + "\n");
    }
}
