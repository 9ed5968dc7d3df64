package io.github.movierecommender.ui.overview;

import io.github.movierecommender.ui.main.ViewLoader;
import io.github.movierecommender.ui.main.ViewLoader.View;
import java.net.URL;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * Builds the Overview tab's view ahead, so that its first showing costs what any later one does:
 * JavaFX takes a few hundred milliseconds to build, style and lay out its charts the first time.
 * Once a dataset's overview is worked out and its lists are settled, the view is built a step at a
 * time (the view, then each chart or top list), each step once the window has had no key, click or
 * scroll for a moment, so that no pick or slider move waits behind more than one small step. A tab
 * picked before that builds what is left at once.
 */
public final class OverviewTab {

    static final URL VIEW = OverviewTab.class.getResource("OverviewController.fxml");
    /** How long the window goes without input, and without a step, before the next step. */
    static final Duration QUIET = Duration.millis(300);
    private static final List<EventType<? extends InputEvent>> INPUT = List.of(KeyEvent.KEY_PRESSED,
            MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_DRAGGED, ScrollEvent.SCROLL);

    private final OverviewModel model;
    private final ViewLoader views;
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private final EventHandler<InputEvent> input = event -> restartQuiet();
    private Tab tab;
    private ObservableValue<Boolean> settled;
    private Parent view;
    private OverviewController controller;
    private Scene watched;

    /** {@code views} builds the view, whose controller shows {@code model}. */
    public OverviewTab(OverviewModel model, ViewLoader views) {
        this.model = model;
        this.views = views;
    }

    /**
     * Builds the view into {@code tab}: ahead, while {@code settled} holds (the lists the user
     * waits for are shown) and the window is quiet, or at once when the tab is picked first.
     */
    public void buildInto(Tab tab, ObservableValue<Boolean> settled) {
        this.tab = tab;
        this.settled = settled;
        quiet.setOnFinished(event -> step());
        tab.selectedProperty().addListener((property, before, selected) -> {
            if (selected) {
                finish();
            }
        });
        settled.addListener((property, before, now) -> restartQuiet());
        // Once the view's own listener has run: a new overview makes a built view stale.
        model.overviewProperty().addListener((property, before, now) -> Platform.runLater(this::restartQuiet));
    }

    /** The tab picked: what is not built yet is built now, while the user waits, and timed. */
    private void finish() {
        quiet.stop();
        stopWatching();
        if (view != null && tab.getContent() == view) {
            controller.showAllParts();
            return;
        }
        model.shownStep().start();
        if (view == null) {
            load();
        } else {
            controller.showAllParts();
        }
        tab.setContent(view);
    }

    private void load() {
        View<OverviewController> loaded = views.loadWithController(VIEW);
        view = loaded.root();
        controller = loaded.controller();
    }

    /** Waits for a quiet moment again, when there is something to build ahead. */
    private void restartQuiet() {
        if (buildsAhead()) {
            watchInput();
            quiet.playFromStart();
        } else {
            quiet.stop();
            stopWatching();
        }
    }

    private boolean buildsAhead() {
        return !tab.isSelected() && Boolean.TRUE.equals(settled.getValue()) && model.overviewProperty().get() != null
                && windowShowing() && (view == null || tab.getContent() == null || controller.holdsParts()
                || controller.stale());
    }

    private boolean windowShowing() {
        Scene scene = tab.getTabPane() == null ? null : tab.getTabPane().getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }

    /** One step: the view with its parts held, then the view in the tab, then each part, then any newer overview. */
    private void step() {
        if (buildsAhead()) {
            if (view == null) {
                load();
                controller.holdParts();
            } else if (tab.getContent() == null) {
                tab.setContent(view);
            } else if (!controller.showNextPart()) {
                controller.catchUp();
            }
        }
        restartQuiet();
    }

    /** A key, click or scroll in the window puts the next step off. */
    private void watchInput() {
        Scene scene = tab.getTabPane().getScene();
        if (watched != scene) {
            stopWatching();
            INPUT.forEach(type -> scene.addEventFilter(type, input));
            watched = scene;
        }
    }

    private void stopWatching() {
        if (watched != null) {
            INPUT.forEach(type -> watched.removeEventFilter(type, input));
            watched = null;
        }
    }
}
