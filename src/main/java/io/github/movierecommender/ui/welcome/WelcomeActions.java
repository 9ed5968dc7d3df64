package io.github.movierecommender.ui.welcome;

import io.github.movierecommender.ui.dataset.DatasetChooser;
import io.github.movierecommender.ui.error.ErrorReport;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What the welcome view asks of the window around it: the licence question, opening a dataset
 * (a release folder or zip), the file dialogs for a dataset of the user's own, and showing a failure.
 */
public record WelcomeActions(LicenceConfirmation licence, Consumer<Path> openDataset, DatasetChooser chooser,
                             Consumer<ErrorReport> showError) {
}
