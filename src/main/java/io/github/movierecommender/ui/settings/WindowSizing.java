package io.github.movierecommender.ui.settings;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: where it was left, when that is on a screen and big enough to use,
 * else at the default size centred on the main screen; never bigger than the main screen.
 */
public final class WindowSizing {

    public static final double DEFAULT_WIDTH = 1100;
    public static final double DEFAULT_HEIGHT = 720;
    /** A window smaller than this (or than the screen, if that is smaller) has been shrunk by accident. */
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 560;
    /** How much of the title bar must be on a screen for the window to be put back there. */
    private static final double GRIP = 40;

    private WindowSizing() {
    }

    /**
     * The bounds to open with: {@code saved} if usable, big enough and with its title bar on one of
     * {@code screens}; a saved size away from every screen is centred on {@code main}, a saved size too small
     * gives way to the default.
     */
    public static WindowBounds initial(Optional<WindowBounds> saved, Rectangle2D main, List<Rectangle2D> screens) {
        WindowBounds chosen = saved.filter(WindowBounds::isUsable)
                .filter(bounds -> isUsableSize(bounds.width(), bounds.height(), main))
                .orElse(null);
        if (chosen == null) {
            return centred(DEFAULT_WIDTH, DEFAULT_HEIGHT, main, false);
        }
        Rectangle2D titleBar = new Rectangle2D(chosen.x(), chosen.y(), Math.min(chosen.width(), GRIP), GRIP);
        if (screens.stream().noneMatch(screen -> screen.intersects(titleBar))) {
            return centred(chosen.width(), chosen.height(), main, chosen.maximized());
        }
        return new WindowBounds(chosen.x(), chosen.y(), Math.min(chosen.width(), main.getWidth()),
                Math.min(chosen.height(), main.getHeight()), chosen.maximized());
    }

    /** Whether a window of this size on a screen of {@code main}'s size is big enough to use (and to save). */
    public static boolean isUsableSize(double width, double height, Rectangle2D main) {
        return width >= Math.min(MIN_WIDTH, main.getWidth()) && height >= Math.min(MIN_HEIGHT, main.getHeight());
    }

    private static WindowBounds centred(double width, double height, Rectangle2D main, boolean maximized) {
        double shownWidth = Math.min(width, main.getWidth());
        double shownHeight = Math.min(height, main.getHeight());
        return new WindowBounds(main.getMinX() + (main.getWidth() - shownWidth) / 2,
                main.getMinY() + (main.getHeight() - shownHeight) / 2, shownWidth, shownHeight, maximized);
    }
}
