package io.github.movierecommender.ui.settings;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Follows a stage's bounds while it is neither maximized nor minimized, so the bounds to save are
 * the ones to come back to, and puts a stage back where it was if that place is still on a screen.
 */
public final class WindowPlacement {

    /** How much of the title bar must be on a screen for the window to be put back there. */
    private static final double GRIP = 40;

    private final Stage stage;
    private double x;
    private double y;
    private double width;
    private double height;

    public WindowPlacement(Stage stage) {
        this.stage = stage;
        remember();
        stage.xProperty().addListener(observable -> remember());
        stage.yProperty().addListener(observable -> remember());
        stage.widthProperty().addListener(observable -> remember());
        stage.heightProperty().addListener(observable -> remember());
    }

    private void remember() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            x = stage.getX();
            y = stage.getY();
            width = stage.getWidth();
            height = stage.getHeight();
        }
    }

    /** The bounds to save: the last normal ones, and whether the stage is maximized. */
    public WindowBounds current() {
        return new WindowBounds(x, y, width, height, stage.isMaximized());
    }

    /**
     * Gives the stage {@code bounds}; when their title bar would be on no screen (a screen was
     * unplugged), the stage keeps the size but is centred on the main screen.
     */
    public void restore(WindowBounds bounds) {
        if (!bounds.isUsable()) {
            return;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(bounds.width(), screen.getWidth()));
        stage.setHeight(Math.min(bounds.height(), screen.getHeight()));
        if (Screen.getScreensForRectangle(bounds.x(), bounds.y(), Math.min(bounds.width(), GRIP), GRIP).isEmpty()) {
            stage.centerOnScreen();
        } else {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setMaximized(bounds.maximized());
        remember();
    }
}
