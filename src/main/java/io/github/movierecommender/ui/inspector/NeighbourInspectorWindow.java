package io.github.movierecommender.ui.inspector;

import io.github.movierecommender.recommend.Neighbour;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.main.ViewLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The neighbour inspector's own window, beside the main one, so the lists stay in sight: one window,
 * built when first opened and brought to the front with each neighbour inspected; Escape closes it
 * and stops it following the lists.
 */
public final class NeighbourInspectorWindow {

    private static final double WIDTH = 980;
    private static final double HEIGHT = 640;

    private final Window owner;
    private final ViewLoader views;
    private final NeighbourInspection inspection;
    private final Messages messages;
    private Stage stage;

    public NeighbourInspectorWindow(Window owner, ViewLoader views, NeighbourInspection inspection, Messages messages) {
        this.owner = owner;
        this.views = views;
        this.inspection = inspection;
        this.messages = messages;
    }

    /** Inspects {@code neighbour} beside the user the lists are for; nothing happens while no lists are shown. */
    public void open(Neighbour neighbour) {
        if (!inspection.inspect(neighbour)) {
            return;
        }
        if (stage == null) {
            Parent root = views.load(NeighbourInspectorController.class.getResource("NeighbourInspectorController.fxml"));
            stage = new Stage();
            stage.initOwner(owner);
            stage.setOnHidden(event -> inspection.stop());
            stage.setScene(new Scene(root, Math.min(WIDTH, owner.getWidth()), Math.min(HEIGHT, owner.getHeight())));
            if (owner instanceof Stage main) {
                stage.getIcons().setAll(main.getIcons());
            }
        }
        stage.setTitle(messages.format("inspector.window", neighbour.userId()));
        stage.show();
        stage.toFront();
    }
}
