package io.github.movierecommender.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's save dialog over the window, starting in the folder last saved to; adds the extension when left off. */
public final class FxSaveFileChooser implements SaveFileChooser {

    private final Window owner;
    private File lastFolder;

    public FxSaveFileChooser(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String fileName, String filterName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*." + extension));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getAbsoluteFile().getParentFile();
        String ending = "." + extension;
        boolean hasEnding = chosen.getName().toLowerCase(Locale.ROOT).endsWith(ending);
        return Optional.of(hasEnding ? chosen.toPath() : chosen.toPath().resolveSibling(chosen.getName() + ending));
    }
}
