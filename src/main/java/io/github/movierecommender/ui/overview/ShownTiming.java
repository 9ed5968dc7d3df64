package io.github.movierecommender.ui.overview;

import io.github.movierecommender.ui.timing.Timings;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Times {@value #STEP}: from the event the user waits on (the tab selected, a dataset loaded while
 * it shows) until the view's scene has laid out what the overview put in it, as its next pulse
 * does. Started again before it is shown, it is timed from the latest start. Use it from the
 * JavaFX thread.
 */
final class ShownTiming {

    static final String STEP = "overview-shown";

    private final Timings timings;
    private Timings.Step running;
    private Timings.Step awaitingLayout;
    private Scene listenedTo;

    ShownTiming(Timings timings) {
        this.timings = timings;
    }

    /** Lays out {@code view}'s scene, whichever it comes to be in, before {@link #shown()} prints. */
    void follow(Node view) {
        listenTo(view.getScene());
        view.sceneProperty().addListener((property, before, scene) -> listenTo(scene));
    }

    /** One listener per scene, kept: a listener cannot remove itself while the pulse runs the listeners. */
    private void listenTo(Scene scene) {
        if (scene != null && scene != listenedTo) {
            scene.addPostLayoutPulseListener(this::laidOut);
            listenedTo = scene;
        }
    }

    void start() {
        if (timings.on()) {
            running = timings.start(STEP);
            awaitingLayout = null;
        }
    }

    /** Forgets the step, as when the tab is left before the overview shows or there is none to show. */
    void drop() {
        running = null;
        awaitingLayout = null;
    }

    /** The overview is in the view now: the step ends with the next layout. */
    void shown() {
        if (running != null) {
            awaitingLayout = running;
            running = null;
            Platform.requestNextPulse();
        }
    }

    private void laidOut() {
        Timings.Step step = awaitingLayout;
        if (step != null) {
            awaitingLayout = null;
            step.done();
        }
    }
}
