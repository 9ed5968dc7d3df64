package io.github.movierecommender.ui.table;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Fills table columns from record accessors, written out by a formatter. */
public final class Cells {

    private Cells() {
    }

    /** The column sorts by {@code value} and shows {@code text} of it. */
    public static <S, T> void show(TableColumn<S, T> column, Function<S, T> value, Function<T, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(any -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
    }

    public static <S> void show(TableColumn<S, String> column, Function<S, String> value) {
        show(column, value, Function.identity());
    }
}
