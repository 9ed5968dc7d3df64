package io.github.movierecommender.ui.files;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save a file; tests answer with a path instead of a dialog. */
public interface SaveFileChooser {

    /**
     * {@code fileName} is offered first; {@code filterName} describes files ending in
     * {@code .extension}. Empty when the user changes their mind.
     */
    Optional<Path> chooseSaveFile(String title, String fileName, String filterName, String extension);
}
