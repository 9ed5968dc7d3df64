package io.github.movierecommender.ui.posters;

import io.github.movierecommender.posters.ApiKey;
import io.github.movierecommender.ui.i18n.Messages;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Settings › TMDB API key: says whether a key is kept, never showing it; a new key is typed or
 * pasted into a masked field; the kept key can be cleared. Says where to get a key, and TMDB's
 * attribution.
 */
final class PosterKeyDialog {

    private static final double WIDTH = 520;

    private PosterKeyDialog() {
    }

    static void show(Window owner, PosterModel model, Messages messages) {
        ButtonType save = new ButtonType(messages.text("posters.key.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType clear = new ButtonType(messages.text("posters.key.clear"), ButtonBar.ButtonData.LEFT);
        ButtonType cancel = new ButtonType(messages.text("posters.key.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert dialog = new Alert(Alert.AlertType.NONE, "", save, clear, cancel);
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("posters.key.title"));
        dialog.setHeaderText(messages.text(model.keyProperty().get() == null ? "posters.key.none"
                : "posters.key.kept"));
        PasswordField field = new PasswordField();
        field.setId("tmdbKeyField");
        field.setPromptText(messages.text("posters.key.prompt"));
        field.setAccessibleText(messages.text("posters.key.field"));
        Label label = new Label(messages.text("posters.key.field"));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        Label problem = new Label();
        problem.setId("tmdbKeyProblem");
        problem.getStyleClass().add("poster-notice");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        Label howTo = new Label(messages.text("posters.key.howTo"));
        howTo.setWrapText(true);
        Label attribution = new Label(messages.text("posters.attribution"));
        attribution.setId("tmdbAttribution");
        attribution.setWrapText(true);
        attribution.getStyleClass().add("text-muted");
        VBox content = new VBox(8, label, field, problem, howTo, attribution);
        content.setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(WIDTH);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveTmdbKey");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!ApiKey.isWellFormed(field.getText())) {
                problem.setText(messages.text(field.getText().isBlank() ? "posters.key.empty"
                        : "posters.key.malformed"));
                problem.setVisible(true);
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                field.requestFocus();
                event.consume();
            }
        });
        Button clearButton = (Button) dialog.getDialogPane().lookupButton(clear);
        clearButton.setId("clearTmdbKey");
        clearButton.setDisable(model.keyProperty().get() == null);
        dialog.getDialogPane().getStylesheets().add(PosterKeyDialog.class.getResource("Posters.css").toExternalForm());
        dialog.setOnShown(event -> Platform.runLater(field::requestFocus));
        dialog.showAndWait().ifPresent(button -> {
            if (button == save) {
                ApiKey.parse(field.getText()).ifPresent(model::setKey);
            } else if (button == clear) {
                model.clearKey();
            }
        });
    }
}
