package io.github.movierecommender.ui;

import java.util.Map;

/**
 * What the person starting the desktop app is told when JavaFX cannot open a window (no display, no
 * GTK): one line instead of a Java stack trace, and how to run a command instead.
 */
record WindowlessStart(Throwable failure, String osName, Map<String, String> environment) {

    String message() {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String display = osName.startsWith("Linux") && blank("DISPLAY") && blank("WAYLAND_DISPLAY")
                ? " Neither DISPLAY nor WAYLAND_DISPLAY is set: start it from a desktop session." : "";
        return "Movie Recommender could not open its window: " + why + "." + display
                + " The commands run without one, e.g. `stats --data FOLDER` (see --help).";
    }

    private boolean blank(String variable) {
        String value = environment.get(variable);
        return value == null || value.isBlank();
    }
}
