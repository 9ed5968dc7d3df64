package io.github.movierecommender.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowlessStartTest {

    private static final RuntimeException NO_DISPLAY = new RuntimeException("Application launch failed",
            new UnsupportedOperationException("Unable to open DISPLAY"));

    @Test
    void withoutADisplayOnLinuxItSaysWhyInOneLineAndPointsAtTheCommands() {
        String message = new WindowlessStart(NO_DISPLAY, "Linux", Map.of("DISPLAY", " ")).message();

        assertThat(message).isEqualTo("Movie Recommender could not open its window: Unable to open DISPLAY."
                + " Neither DISPLAY nor WAYLAND_DISPLAY is set: start it from a desktop session."
                + " The commands run without one, e.g. `stats --data FOLDER` (see --help).");
    }

    @Test
    void withADisplaySetItDoesNotBlameOneAndNamesAFailureWithoutMessageByItsKind() {
        String message = new WindowlessStart(new UnsatisfiedLinkError(), "Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"))
                .message();

        assertThat(message).startsWith("Movie Recommender could not open its window: UnsatisfiedLinkError.")
                .doesNotContain("DISPLAY");
    }
}
