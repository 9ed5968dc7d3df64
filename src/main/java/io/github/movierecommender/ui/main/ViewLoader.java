package io.github.movierecommender.ui.main;

import java.net.URL;
import javafx.scene.Parent;

/** Builds an FXML view and its controllers; a controller uses it for a part it builds only when first shown. */
@FunctionalInterface
public interface ViewLoader {

    Parent load(URL view);
}
