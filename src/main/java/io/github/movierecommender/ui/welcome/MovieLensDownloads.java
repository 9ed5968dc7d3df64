package io.github.movierecommender.ui.welcome;

import io.github.movierecommender.download.MovieLensRelease;
import io.github.movierecommender.ui.i18n.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * File → Download MovieLens…: asks which of the releases GroupLens publishes to download, then
 * downloads it as the welcome view does (licence first, progress in the status bar) and opens it.
 */
public final class MovieLensDownloads {

    private final WelcomeModel welcome;
    private final Messages messages;

    public MovieLensDownloads(WelcomeModel welcome, Messages messages) {
        this.welcome = welcome;
        this.messages = messages;
    }

    public void chooseAndDownload(Window owner) {
        ListView<MovieLensRelease> releases = new ListView<>();
        releases.setId("releaseList");
        releases.getItems().setAll(MovieLensRelease.PUBLISHED);
        releases.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MovieLensRelease release, boolean empty) {
                super.updateItem(release, empty);
                setText(empty || release == null ? null
                        : messages.format("controls.download.entry", release.name(), release.megabytes()));
            }
        });
        releases.getSelectionModel().selectFirst();
        ButtonType download = new ButtonType(messages.text("controls.download.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("licence.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<MovieLensRelease> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("controls.download.title"));
        dialog.setHeaderText(messages.text("controls.download.header"));
        dialog.getDialogPane().setContent(releases);
        dialog.getDialogPane().getButtonTypes().setAll(download, cancel);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResultConverter(button -> button == download ? releases.getSelectionModel().getSelectedItem() : null);
        dialog.setOnShown(event -> releases.requestFocus());
        dialog.showAndWait().ifPresent(welcome::download);
    }
}
