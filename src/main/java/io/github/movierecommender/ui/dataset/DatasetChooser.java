package io.github.movierecommender.ui.dataset;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user where a dataset is; empty when they change their mind. */
public interface DatasetChooser {

    Optional<Path> chooseFolder();

    Optional<Path> chooseZip();
}
