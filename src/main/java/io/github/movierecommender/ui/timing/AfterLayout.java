package io.github.movierecommender.ui.timing;

import io.github.movierecommender.concurrent.EachAction;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Runs actions once the window has laid out what was changed before they were asked for, as its
 * next pulse does: what a table was given then has its rows in place. Each action runs even when one
 * before it fails; the first failure is thrown after them. Use it from the JavaFX thread.
 */
public interface AfterLayout {

    /** Runs {@code action} at once, for models used without a window. */
    AfterLayout AT_ONCE = Runnable::run;

    /** Runs {@code action} right after the next layout pass of the window's scene. */
    void run(Runnable action);

    /**
     * From an action given to {@link #run}: runs {@code action} once the frame just laid out has reached
     * the screen, as far as JavaFX lets one tell, so that long work on the JavaFX thread does not hold it
     * back: the renderer draws a frame beside the JavaFX thread and, with software rendering, queues its
     * upload to the window onto that thread. The action is queued two pulses on, which came after the
     * upload in every measured start of the app, where the next pulse came before it in about one in two.
     */
    default void runOnceShown(Runnable action) {
        run(action);
    }

    /** After the layout of {@code window}'s scene; at once while it has none. */
    static AfterLayout of(Window window) {
        return new AfterLayout() {
            private final List<Runnable> waiting = new ArrayList<>();
            private Scene listenedTo;

            @Override
            public void run(Runnable action) {
                Scene scene = window.getScene();
                if (scene == null) {
                    action.run();
                    return;
                }
                if (listenedTo != scene) {
                    // One listener, kept: a listener cannot remove itself while the pulse runs the listeners.
                    scene.addPostLayoutPulseListener(this::laidOut);
                    listenedTo = scene;
                }
                waiting.add(action);
                Platform.requestNextPulse();
            }

            @Override
            public void runOnceShown(Runnable action) {
                if (window.getScene() == null) {
                    action.run();
                } else {
                    run(() -> run(() -> Platform.runLater(action)));
                }
            }

            private void laidOut() {
                if (waiting.isEmpty()) {
                    return;
                }
                List<Runnable> due = List.copyOf(waiting);
                waiting.clear();
                EachAction.run(due);
            }
        };
    }
}
