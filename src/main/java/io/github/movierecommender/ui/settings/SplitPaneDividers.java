package io.github.movierecommender.ui.settings;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;

/** Keeps the divider positions of every split pane with an id in a window, saved under that id. */
public final class SplitPaneDividers {

    private SplitPaneDividers() {
    }

    /** Puts back the saved positions of each split pane that has as many dividers as were saved. */
    public static void restore(Parent root, AppSettings settings) {
        for (SplitPane pane : named(root)) {
            double[] positions = settings.dividerPositions(pane.getId());
            if (positions.length > 0 && positions.length == pane.getDividers().size()) {
                pane.setDividerPositions(positions);
            }
        }
    }

    /** A pane showing one part for now, so without a divider, keeps what was saved before. */
    public static void save(Parent root, AppSettings settings) {
        for (SplitPane pane : named(root)) {
            if (!pane.getDividers().isEmpty()) {
                settings.setDividerPositions(pane.getId(), pane.getDividerPositions());
            }
        }
    }

    private static List<SplitPane> named(Parent root) {
        return root.lookupAll(".split-pane").stream().filter(SplitPane.class::isInstance).map(SplitPane.class::cast)
                .filter(pane -> pane.getId() != null && !pane.getId().isEmpty()).toList();
    }
}
