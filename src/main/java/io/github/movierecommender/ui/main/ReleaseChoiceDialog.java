package io.github.movierecommender.ui.main;

import io.github.movierecommender.ui.dataset.ReleaseChoice;
import io.github.movierecommender.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** Asks which of the releases in a folder or zip to open; nothing happens when the user cancels. */
final class ReleaseChoiceDialog {

    private ReleaseChoiceDialog() {
    }

    static void show(ReleaseChoice choice, Window owner, Messages messages, Consumer<Path> open) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(choice.names().get(0), choice.names());
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("release.title"));
        dialog.setHeaderText(messages.format("release.header", choice.source(), choice.names().size()));
        dialog.setContentText(messages.text("release.label"));
        dialog.setOnHidden(event -> {
            String chosen = dialog.getResult();
            if (chosen != null) {
                open.accept(choice.release(chosen));
            }
        });
        dialog.show();
    }
}
