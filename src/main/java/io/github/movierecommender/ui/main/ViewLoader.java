package io.github.movierecommender.ui.main;

import java.net.URL;
import javafx.scene.Parent;

/** Builds an FXML view and its controllers; a controller uses it for a part it builds only when first shown. */
public interface ViewLoader {

    Parent load(URL view);

    /** Builds a view and hands back its controller too, for a part its builder drives. */
    <C> View<C> loadWithController(URL view);

    /** A built view and its controller. */
    record View<C>(Parent root, C controller) {
    }
}
