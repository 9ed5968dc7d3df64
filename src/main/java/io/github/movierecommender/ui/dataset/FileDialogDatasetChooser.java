package io.github.movierecommender.ui.dataset;

import io.github.movierecommender.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Chooses with the system's file dialogs, starting where the user last found a dataset. */
public final class FileDialogDatasetChooser implements DatasetChooser {

    private final Window owner;
    private final Messages messages;
    private File lastFolder;

    public FileDialogDatasetChooser(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.text("chooser.folderTitle"));
        chooser.setInitialDirectory(startFolder());
        return remember(chooser.showDialog(owner));
    }

    @Override
    public Optional<Path> chooseZip() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("chooser.zipTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("chooser.zipFilter"), "*.zip"));
        chooser.setInitialDirectory(startFolder());
        return remember(chooser.showOpenDialog(owner));
    }

    private File startFolder() {
        return lastFolder != null && lastFolder.isDirectory() ? lastFolder : null;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getAbsoluteFile().getParentFile();
        return Optional.of(chosen.toPath());
    }
}
