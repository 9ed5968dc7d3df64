package io.github.movierecommender.ui.tour;

import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.main.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * The tour in a small window of its own over the main one, not modal, so the app stays in use:
 * each step brings its tabs to front in the main window, outlines what it points at and moves the
 * card beside it. Closing the window closes the tour, and the outlines go.
 */
public final class TourWindow {

    static final String OUTLINE = "tour-target";
    private static final String CARD_VIEW = "/io/github/movierecommender/ui/tour/TourController.fxml";
    private static final String STYLES = TourWindow.class.getResource("/io/github/movierecommender/ui/tour/Tour.css")
            .toExternalForm();

    private final Stage owner;
    private final TourModel model;
    private final ViewLoader views;
    private final Messages messages;
    private final List<Runnable> outlines = new ArrayList<>();
    private Stage stage;

    public TourWindow(Stage owner, TourModel model, ViewLoader views, Messages messages) {
        this.owner = owner;
        this.model = model;
        this.views = views;
        this.messages = messages;
    }

    /** Opens the tour at its start, or brings it to front at the step it is at. */
    public void open() {
        if (stage == null) {
            build();
        }
        if (!model.openProperty().get()) {
            model.start();
        }
        stage.show();
        stage.toFront();
    }

    private void build() {
        Parent card = views.load(TourWindow.class.getResource(CARD_VIEW));
        stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.setTitle(messages.text("tour.windowTitle"));
        stage.setResizable(false);
        stage.setScene(new Scene(card));
        stage.setOnHidden(event -> model.close());
        model.openProperty().addListener((property, wasOpen, open) -> {
            if (!open) {
                removeOutlines();
                stage.hide();
            }
        });
        model.stepProperty().addListener((property, before, step) -> {
            if (step != null) {
                point(step.pointer());
            }
        });
        model.textProperty().addListener((property, before, text) -> Platform.runLater(this::fit));
        model.noteProperty().addListener((property, before, text) -> Platform.runLater(this::fit));
    }

    /** Brings the step's tabs to front, outlines its controls, and moves the card beside the first. */
    private void point(Pointer pointer) {
        Scene main = owner.getScene();
        if (!main.getStylesheets().contains(STYLES)) {
            main.getStylesheets().add(STYLES);
        }
        removeOutlines();
        Parent root = main.getRoot();
        for (String id : pointer.tabs()) {
            tab(root, id).ifPresent(tab -> tab.getTabPane().getSelectionModel().select(tab));
        }
        for (String id : pointer.outlined()) {
            outline(root, id);
        }
        root.applyCss();
        root.layout();
        for (int i = pointer.outlined().size() - 1; i >= 0; i--) {
            Node node = root.lookup("#" + pointer.outlined().get(i));
            if (node != null) {
                scrollIntoSight(node);
            }
        }
        Platform.runLater(this::fit);
    }

    private void outline(Parent root, String id) {
        Optional<Tab> tab = tab(root, id);
        if (tab.isPresent()) {
            tab.get().getStyleClass().add(OUTLINE);
            outlines.add(() -> tab.get().getStyleClass().remove(OUTLINE));
            return;
        }
        Node node = root.lookup("#" + id);
        if (node != null) {
            node.getStyleClass().add(OUTLINE);
            outlines.add(() -> node.getStyleClass().remove(OUTLINE));
        }
    }

    /**
     * Scrolls the scroll pane around {@code node}, if any, to show it in the middle, such as a slider low in
     * the left panel; the outlined controls are scrolled to last to first, so that the first is surely in sight.
     */
    private static void scrollIntoSight(Node node) {
        Parent parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (!(parent instanceof ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        Node content = scroll.getContent();
        double hidden = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden <= 0) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = bounds.getMinY() - (scroll.getViewportBounds().getHeight() - bounds.getHeight()) / 2;
        double share = Math.max(0, Math.min(1, top / hidden));
        scroll.setVvalue(scroll.getVmin() + share * (scroll.getVmax() - scroll.getVmin()));
    }

    private void removeOutlines() {
        outlines.forEach(Runnable::run);
        outlines.clear();
    }

    /** Sizes the card to its text and places it beside the first outlined control still in sight. */
    private void fit() {
        if (stage == null || !stage.isShowing() || model.stepProperty().get() == null) {
            return;
        }
        stage.sizeToScene();
        Parent root = owner.getScene().getRoot();
        root.applyCss();
        root.layout();
        Rectangle2D window = new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        Rectangle2D target = model.stepProperty().get().pointer().outlined().stream()
                .map(id -> root.lookup("#" + id)).filter(node -> node != null && node.isVisible())
                .map(node -> node.localToScreen(node.getBoundsInLocal())).filter(bounds -> bounds != null)
                .findFirst().map(TourWindow::rectangle).orElse(window);
        Point2D corner = CardPlacement.beside(target, window, stage.getWidth(), stage.getHeight());
        stage.setX(corner.getX());
        stage.setY(corner.getY());
    }

    private static Rectangle2D rectangle(Bounds bounds) {
        return new Rectangle2D(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
    }

    /** The tab of this id in any tab pane of the main window. */
    private static Optional<Tab> tab(Parent root, String id) {
        return root.lookupAll(".tab-pane").stream().filter(TabPane.class::isInstance).map(TabPane.class::cast)
                .flatMap(pane -> pane.getTabs().stream()).filter(tab -> id.equals(tab.getId())).findFirst();
    }
}
