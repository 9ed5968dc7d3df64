package io.github.movierecommender.ui.welcome;

import io.github.movierecommender.ui.i18n.Messages;

/** Byte counts as people read them: "412 KB", "1.2 MB" (decimal units, as download sizes are quoted). */
final class ByteSizes {

    private static final double KILO = 1_000;
    private static final double MEGA = 1_000_000;

    private ByteSizes() {
    }

    static String format(Messages messages, long bytes) {
        return bytes < MEGA ? messages.format("welcome.kilobytes", Math.round(bytes / KILO))
                : messages.format("welcome.megabytes", bytes / MEGA);
    }
}
