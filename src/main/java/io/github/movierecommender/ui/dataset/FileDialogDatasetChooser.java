package io.github.movierecommender.ui.dataset;

import io.github.movierecommender.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Chooses with the system's file dialogs, starting where the user last found a dataset: in this
 * run, or else beside the last dataset opened.
 */
public final class FileDialogDatasetChooser implements DatasetChooser {

    private final Window owner;
    private final Messages messages;
    private final Supplier<Optional<Path>> lastDataset;
    private File lastFolder;

    /** {@code lastDataset} is the dataset opened last, in an earlier run too. */
    public FileDialogDatasetChooser(Window owner, Messages messages, Supplier<Optional<Path>> lastDataset) {
        this.owner = owner;
        this.messages = messages;
        this.lastDataset = lastDataset;
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
        if (lastFolder != null && lastFolder.isDirectory()) {
            return lastFolder;
        }
        return lastDataset.get().flatMap(FileDialogDatasetChooser::folderAround).map(Path::toFile).orElse(null);
    }

    /**
     * The folder that holds {@code dataset}: the folder around a release folder or zip, or around
     * the zip of a release inside one ("two.zip/ml-100k").
     */
    static Optional<Path> folderAround(Path dataset) {
        for (Path folder = dataset.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder)) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getAbsoluteFile().getParentFile();
        return Optional.of(chosen.toPath());
    }
}
