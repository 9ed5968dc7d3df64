package io.github.movierecommender.ui.overview;

import io.github.movierecommender.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Chooses with the system's save dialog, starting in the folder the last chart went to. */
public final class FileDialogChartFileChooser implements ChartFileChooser {

    private static final String PNG = ".png";

    private final Window owner;
    private final Messages messages;
    private File lastFolder;

    public FileDialogChartFileChooser(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> choosePng(String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("overview.saveTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("overview.pngFilter"), "*.png"));
        chooser.setInitialFileName(fileName);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getAbsoluteFile().getParentFile();
        boolean hasExtension = chosen.getName().toLowerCase(Locale.ROOT).endsWith(PNG);
        return Optional.of(hasExtension ? chosen.toPath() : chosen.toPath().resolveSibling(chosen.getName() + PNG));
    }
}
