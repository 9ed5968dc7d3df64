package io.github.movierecommender.ui.table;

import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * A tooltip on a column's header, saying what its numbers are. A column has no tooltip of its
 * own and a graphic would hide its text, so the tooltip goes on the header the table's skin
 * makes for it (found by the column's id) once the skin is there.
 */
public final class HeaderTips {

    private HeaderTips() {
    }

    /** Puts {@code tip} on {@code column}'s header in {@code table}; the column gets {@code id}. */
    public static void install(TableView<?> table, TableColumn<?, ?> column, String id, Tooltip tip) {
        column.setId(id);
        if (!installed(table, id, tip)) {
            table.skinProperty().addListener((property, before, skin) -> {
                if (skin != null) {
                    table.applyCss();
                    table.layout();
                    installed(table, id, tip);
                }
            });
        }
    }

    private static boolean installed(TableView<?> table, String id, Tooltip tip) {
        Node header = table.lookup(".column-header#" + id);
        if (header == null) {
            return false;
        }
        Tooltip.install(header, tip);
        return true;
    }
}
