package io.github.movierecommender.ui.settings;

/** Where the main window was and how big, in screen coordinates, when it was not maximized. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** Whether the numbers describe a window that can be shown: finite, with a positive size. */
    public boolean isUsable() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                && width > 0 && height > 0;
    }
}
