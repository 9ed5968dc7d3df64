package io.github.movierecommender.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoftwareRenderingTest {

    private static final Instant NOW = Instant.parse("2026-12-06T06:00:00Z");
    private static final Map<String, String> SCREEN = Map.of("DISPLAY", ":0");

    @TempDir
    Path cache;

    private SoftwareRendering start(Map<String, String> environment, Properties system, Instant at) {
        return new SoftwareRendering(cache, "Linux", environment, system, Clock.fixed(at, ZoneOffset.UTC));
    }

    private Properties learntInSoftware() {
        Properties first = new Properties();
        start(SCREEN, first, NOW).learn(true);
        return first;
    }

    @Test
    void aDisplayFoundWithoutAGraphicsCardIsDrawnInSoftwareFromTheNextStartOn() {
        Properties first = new Properties();
        assertThat(start(SCREEN, first, NOW).chooseBeforeStart()).isFalse();
        assertThat(first).doesNotContainKey("prism.order");
        start(SCREEN, first, NOW).learn(true);

        Properties next = new Properties();
        assertThat(start(SCREEN, next, NOW.plus(Duration.ofDays(6))).chooseBeforeStart()).isTrue();
        assertThat(next.getProperty("prism.order")).isEqualTo("sw");
    }

    @Test
    void aWeekLaterOrOnAnotherDisplayTheGraphicsCardIsTriedAgain() {
        learntInSoftware();

        Properties weekLater = new Properties();
        Properties otherDisplay = new Properties();
        assertThat(start(SCREEN, weekLater, NOW.plus(Duration.ofDays(7))).chooseBeforeStart()).isFalse();
        assertThat(start(Map.of("DISPLAY", "localhost:10.0"), otherDisplay, NOW).chooseBeforeStart()).isFalse();
        assertThat(weekLater).doesNotContainKey("prism.order");
        assertThat(otherDisplay).doesNotContainKey("prism.order");
    }

    @Test
    void aStartWithItsPipelinesChosenTeachesNothingAndTheUsersChoiceStands() throws IOException {
        learntInSoftware();
        Properties remembered = new Properties();
        start(SCREEN, remembered, NOW.plus(Duration.ofDays(6))).chooseBeforeStart();
        start(SCREEN, remembered, NOW.plus(Duration.ofDays(6))).learn(true);

        assertThat(start(SCREEN, new Properties(), NOW.plus(Duration.ofDays(8))).chooseBeforeStart())
                .as("the memory runs out a week after it was learnt").isFalse();

        Properties users = new Properties();
        users.setProperty("prism.order", "es2");
        assertThat(start(SCREEN, users, NOW).chooseBeforeStart()).isFalse();
        start(SCREEN, users, NOW).learn(false);
        assertThat(users.getProperty("prism.order")).isEqualTo("es2");
        try (var files = Files.list(cache)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aGraphicsCardFoundAgainIsUsedFromTheNextStartOn() {
        learntInSoftware();

        start(SCREEN, new Properties(), NOW.plus(Duration.ofDays(8))).learn(false);

        assertThat(start(SCREEN, new Properties(), NOW.plus(Duration.ofDays(8))).chooseBeforeStart()).isFalse();
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyLeavesItUnremembered() throws IOException {
        Path underAFile = Files.writeString(cache.resolve("afile"), "").resolve("cache");
        SoftwareRendering rendering = new SoftwareRendering(underAFile, "Linux", SCREEN, new Properties(),
                Clock.fixed(NOW, ZoneOffset.UTC));

        rendering.learn(true);

        assertThat(rendering.chooseBeforeStart()).isFalse();
    }
}
