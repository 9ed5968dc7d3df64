package io.github.movierecommender.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoftwareRenderingTest {

    private static final Instant NOW = Instant.parse("2026-12-06T06:00:00Z");
    private static final Map<String, String> SCREEN = Map.of("DISPLAY", ":0");

    @TempDir
    Path home;

    private Path cache() {
        return home.resolve(".cache").resolve("movie-recommender");
    }

    private SoftwareRendering start(String host, Map<String, String> environment, Properties system, Instant at) {
        return new SoftwareRendering(cache(), "Linux", host, environment, system, Clock.fixed(at, ZoneOffset.UTC));
    }

    private SoftwareRendering start(Properties system, Instant at) {
        return start("desk", SCREEN, system, at);
    }

    private boolean drawsInSoftwareAt(Instant at) {
        return start(new Properties(), at).chooseBeforeStart();
    }

    private List<String> remembered() throws IOException {
        if (!Files.isDirectory(cache())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache())) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    @Test
    void aDisplayFoundWithoutAGraphicsCardIsDrawnInSoftwareFromTheNextStartOn() throws IOException {
        Properties first = new Properties();
        assertThat(start(first, NOW).chooseBeforeStart()).isFalse();
        assertThat(first).doesNotContainKey("prism.order");
        start(first, NOW).learn(true);

        Properties next = new Properties();
        assertThat(start(next, NOW.plus(Duration.ofDays(6))).chooseBeforeStart()).isTrue();
        assertThat(next.getProperty("prism.order")).isEqualTo("sw");
        assertThat(remembered()).singleElement().asString().matches("software-rendering-[0-9a-f]{16}");
    }

    @Test
    void aWeekLaterOnAnotherDisplayOrHostOrWithTheClockBackTheGraphicsCardIsTriedAgain() {
        start(new Properties(), NOW).learn(true);

        assertThat(drawsInSoftwareAt(NOW.plus(Duration.ofDays(7)))).isFalse();
        assertThat(drawsInSoftwareAt(NOW.minus(Duration.ofMinutes(1)))).as("written in the future").isFalse();
        assertThat(start("desk", Map.of("DISPLAY", "localhost:10.0"), new Properties(), NOW).chooseBeforeStart())
                .isFalse();
        assertThat(start("desk", Map.of("DISPLAY", ":0", "WAYLAND_DISPLAY", "wayland-0"), new Properties(), NOW)
                .chooseBeforeStart()).isFalse();
        assertThat(start("laptop", SCREEN, new Properties(), NOW).chooseBeforeStart()).isFalse();
    }

    @Test
    void aStartWithItsPipelinesChosenTeachesNothingAndTheUsersChoiceStands() throws IOException {
        start(new Properties(), NOW).learn(true);
        Properties remembered = new Properties();
        start(remembered, NOW.plus(Duration.ofDays(6))).chooseBeforeStart();
        start(remembered, NOW.plus(Duration.ofDays(6))).learn(true);

        assertThat(drawsInSoftwareAt(NOW.plus(Duration.ofDays(8)))).as("a week after it was learnt").isFalse();

        for (String option : List.of("prism.order", "prism.forceGPU")) {
            Properties users = new Properties();
            users.setProperty(option, "es2");
            assertThat(start(users, NOW).chooseBeforeStart()).as(option).isFalse();
            start(users, NOW).learn(false);
            assertThat(users.getProperty(option)).isEqualTo("es2");
            assertThat(users).hasSize(1);
        }
        assertThat(remembered()).as("not forgotten by a start with its pipelines chosen").hasSize(1);
    }

    @Test
    void aGraphicsCardFoundAgainIsUsedFromTheNextStartOn() throws IOException {
        start(new Properties(), NOW).learn(true);

        start(new Properties(), NOW.plus(Duration.ofDays(1))).learn(false);

        assertThat(drawsInSoftwareAt(NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThat(remembered()).isEmpty();
    }

    @Test
    void onlyLinuxAndOnlyAnAbsoluteCacheFolderKeepAMemory() throws IOException {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Path relative = Path.of("?", ".cache", "movie-recommender");
        new SoftwareRendering(relative, "Linux", "desk", SCREEN, new Properties(), clock).learn(true);
        new SoftwareRendering(cache(), "Windows 11", "desk", SCREEN, new Properties(), clock).learn(true);

        assertThat(Files.exists(relative)).isFalse();
        assertThat(remembered()).isEmpty();
        start(new Properties(), NOW).learn(true);
        assertThat(new SoftwareRendering(cache(), "Mac OS X", "desk", SCREEN, new Properties(), clock)
                .chooseBeforeStart()).isFalse();
        assertThat(drawsInSoftwareAt(NOW)).isTrue();
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyLeavesItUnremembered() throws IOException {
        Path underAFile = Files.writeString(home.resolve("afile"), "").resolve("cache");
        SoftwareRendering rendering = new SoftwareRendering(underAFile, "Linux", "desk", SCREEN, new Properties(),
                Clock.fixed(NOW, ZoneOffset.UTC));

        rendering.learn(true);

        assertThat(rendering.chooseBeforeStart()).isFalse();
    }
}
