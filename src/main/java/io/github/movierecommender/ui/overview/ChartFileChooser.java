package io.github.movierecommender.ui.overview;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user where to save a chart; empty when they change their mind. */
public interface ChartFileChooser {

    /** A PNG file to write, suggesting {@code fileName}. */
    Optional<Path> choosePng(String fileName);
}
