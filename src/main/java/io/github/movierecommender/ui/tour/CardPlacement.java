package io.github.movierecommender.ui.tour;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Where the tour's card goes: beside what it points at, so that both are in sight, within the main
 * window; below it, else right of it, left or above; over the window's lower right corner when the
 * target leaves no room, as a table filling the window does.
 */
final class CardPlacement {

    static final double GAP = 12;

    private CardPlacement() {
    }

    /** The card's top left corner, all in screen coordinates. */
    static Point2D beside(Rectangle2D target, Rectangle2D window, double width, double height) {
        double besideY = clamp(target.getMinY(), window.getMinY(), window.getMaxY() - height);
        double besideX = clamp(target.getMinX(), window.getMinX(), window.getMaxX() - width);
        if (target.getMaxY() + GAP + height <= window.getMaxY()) {
            return new Point2D(besideX, target.getMaxY() + GAP);
        }
        if (target.getMaxX() + GAP + width <= window.getMaxX()) {
            return new Point2D(target.getMaxX() + GAP, besideY);
        }
        if (target.getMinX() - GAP - width >= window.getMinX()) {
            return new Point2D(target.getMinX() - GAP - width, besideY);
        }
        if (target.getMinY() - GAP - height >= window.getMinY()) {
            return new Point2D(besideX, target.getMinY() - GAP - height);
        }
        return new Point2D(Math.max(window.getMinX(), window.getMaxX() - GAP - width),
                Math.max(window.getMinY(), window.getMaxY() - GAP - height));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }
}
