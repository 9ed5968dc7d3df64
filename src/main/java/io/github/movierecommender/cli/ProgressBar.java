package io.github.movierecommender.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn in place at most once per percent. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private int shownPercent = -1;

    ProgressBar(PrintWriter err, String label, long total) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
    }

    synchronized void update(long done) {
        show((int) Math.min(100, done * 100 / total));
    }

    synchronized void updateFraction(double fraction) {
        show((int) Math.min(100, Math.round(fraction * 100)));
    }

    private void show(int percent) {
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = percent * WIDTH / 100;
        err.printf("\r%s [%s%s] %3d%%", label, "#".repeat(filled), " ".repeat(WIDTH - filled), percent);
        err.flush();
    }

    synchronized void finish() {
        show(100);
        err.println();
    }
}
