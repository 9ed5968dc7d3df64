package io.github.movierecommender.ui.settings;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Follows a stage's bounds while it is neither maximized nor minimized, so the bounds to save are
 * the ones to come back to, and gives a stage the bounds it should open with.
 */
public final class WindowPlacement {

    /** How many times a window manager is asked again for the size of a window it has just mapped. */
    private static final int MAX_ASKS = 5;
    /** How long after showing a window the window manager may still answer with another size. */
    private static final Duration SETTLING = Duration.seconds(3);

    private final Stage stage;
    private double x;
    private double y;
    private double width;
    private double height;
    private SizeRequest request;

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

    /** Gives the stage {@code bounds} (see {@link WindowSizing#initial} for the ones to open with). */
    public void restore(WindowBounds bounds) {
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
        remember();
    }

    /**
     * Shows the stage with {@code bounds}, then runs {@code sized} each time it has them. JavaFX 21
     * under a window manager (openbox, GNOME; JDK-8316423, fixed in JavaFX 22) maps a new window at
     * 200 × 200 whatever size was asked, and a busy window manager may say so late; so for a moment
     * after showing, each other size the stage reports is answered by asking again (a few times at
     * most, so a window manager that never grants it is not fought).
     */
    public void show(WindowBounds bounds, Runnable sized) {
        restore(bounds);
        stage.show();
        if (bounds.maximized()) {
            stage.setMaximized(true);
            Platform.runLater(sized);
        } else {
            request = new SizeRequest(bounds, sized);
            request.start();
        }
    }

    /**
     * Stops asking for the size, as the app that showed the stage stops (its stage may be shown
     * again by another, as tests do).
     */
    public void stopAsking() {
        if (request != null) {
            request.active = false;
        }
    }

    /** Asks again for the size while the window settles; runs {@code sized} whenever the stage has it. */
    private final class SizeRequest implements InvalidationListener {

        private final WindowBounds bounds;
        private final Runnable sized;
        private volatile boolean active = true;
        private int asked;

        SizeRequest(WindowBounds bounds, Runnable sized) {
            this.bounds = bounds;
            this.sized = sized;
        }

        void start() {
            stage.widthProperty().addListener(this);
            stage.heightProperty().addListener(this);
            PauseTransition settling = new PauseTransition(SETTLING);
            settling.setOnFinished(event -> {
                stage.widthProperty().removeListener(this);
                stage.heightProperty().removeListener(this);
            });
            settling.play();
            Platform.runLater(this::check);
        }

        @Override
        public void invalidated(Observable size) {
            Platform.runLater(this::check);
        }

        private void check() {
            if (!active) {
                return;
            }
            if (Math.abs(stage.getWidth() - bounds.width()) < 1 && Math.abs(stage.getHeight() - bounds.height()) < 1) {
                sized.run();
            } else if (asked < MAX_ASKS) {
                asked++;
                restore(bounds);
            }
        }
    }
}
