package io.github.movierecommender.ui.table;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Keeps the tables of content not shown, such as a tab not picked, from laying out rows: JavaFX
 * lays out the content of every tab, picked or not, so each new list would fill the cells of
 * every table. While hidden, a table takes no height, so it has no rows to fill; its items stay
 * up to date, and once shown it gets its height back and lays out the rows it shows.
 */
public final class HiddenTables {

    private HiddenTables() {
    }

    /** The tables in {@code content} lay out rows only while {@code shown} is true. */
    public static void restWhileHidden(Node content, ObservableValue<Boolean> shown) {
        for (Node node : content.lookupAll(".table-view")) {
            if (node instanceof TableView<?> table) {
                double minHeight = table.getMinHeight();
                double maxHeight = table.getMaxHeight();
                Runnable follow = () -> {
                    boolean show = Boolean.TRUE.equals(shown.getValue());
                    table.setMinHeight(show ? minHeight : 0);
                    table.setMaxHeight(show ? maxHeight : 0);
                };
                shown.addListener((property, before, now) -> follow.run());
                // Kept by the table, as a binding is held only weakly by what it is bound to.
                table.getProperties().put(HiddenTables.class, shown);
                follow.run();
            }
        }
    }
}
