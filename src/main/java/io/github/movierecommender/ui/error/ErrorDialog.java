package io.github.movierecommender.ui.error;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Tells the user about an {@link ErrorReport} in an alert over the window. */
public final class ErrorDialog {

    private static final double WIDTH = 560;

    private ErrorDialog() {
    }

    public static void show(ErrorReport report, Window owner) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(report.title());
        alert.setHeaderText(null);
        alert.setContentText(report.message());
        alert.getDialogPane().setPrefWidth(WIDTH);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        if (report.hasDetails()) {
            TextArea details = new TextArea(report.details());
            details.setEditable(false);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.show();
    }
}
