package io.github.movierecommender.ui.welcome;

import io.github.movierecommender.ui.i18n.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Shows the GroupLens licence terms in short; Enter accepts them, Escape declines. */
public final class LicenceDialog implements LicenceConfirmation {

    private static final double WIDTH = 600;

    private final Window owner;
    private final Messages messages;

    public LicenceDialog(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public boolean accepted() {
        ButtonType accept = new ButtonType(messages.text("licence.accept"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("licence.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("licence.title"));
        dialog.setHeaderText(messages.text("licence.header"));
        Label terms = new Label(messages.text("licence.terms"));
        terms.setId("licenceTerms");
        terms.setWrapText(true);
        dialog.getDialogPane().setContent(terms);
        dialog.getDialogPane().setPrefWidth(WIDTH);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().getButtonTypes().setAll(accept, cancel);
        return dialog.showAndWait().filter(accept::equals).isPresent();
    }
}
