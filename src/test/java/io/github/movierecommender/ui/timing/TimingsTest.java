package io.github.movierecommender.ui.timing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.launch.Relaunch;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void aFinishedStepPrintsItsNameAndMilliseconds() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Timings timings = Timings.printingTo(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        timings.start("pick-to-lists").done();
        timings.sinceProcessStart("first-window");

        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).matches("timing pick-to-lists \\d+\\.\\d ms");
        assertThat(lines[1]).matches("timing first-window \\d+\\.\\d ms");
    }

    @Test
    void theFirstWindowCountsFromTheFirstJvmsStartWhenJavaDashJarRestarted() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Timings timings = Timings.printingTo(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        long hourAgo = System.currentTimeMillis() - 3_600_000;
        System.setProperty(Relaunch.LAUNCHED_AT, Long.toString(hourAgo));
        try {
            timings.sinceProcessStart("first-window");
        } finally {
            System.clearProperty(Relaunch.LAUNCHED_AT);
        }

        String line = bytes.toString(StandardCharsets.UTF_8).strip();
        assertThat(line).matches("timing first-window \\d+\\.\\d ms");
        double millis = Double.parseDouble(line.split(" ")[2]);
        assertThat(millis).as("an hour and the moment the test took").isBetween(3_600_000.0, 3_660_000.0);
    }

    @Test
    void timingsAreOffUnlessTheSystemPropertyTurnsThemOn() {
        assertThat(Timings.OFF.on()).isFalse();
        assertThat(Timings.fromSystemProperty().on()).isEqualTo(Boolean.getBoolean(Timings.PROPERTY));
    }
}
