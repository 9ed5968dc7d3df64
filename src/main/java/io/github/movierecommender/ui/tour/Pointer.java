package io.github.movierecommender.ui.tour;

import java.util.List;

/**
 * Where a step points in the main window: the ids of the tabs to bring to front, outer tab first,
 * and the ids of the tabs or controls to outline, the first being the one the tour's card stays beside.
 */
record Pointer(List<String> tabs, List<String> outlined) {

    Pointer {
        tabs = List.copyOf(tabs);
        outlined = List.copyOf(outlined);
    }
}
