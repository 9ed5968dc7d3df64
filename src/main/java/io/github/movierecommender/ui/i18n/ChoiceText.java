package io.github.movierecommender.ui.i18n;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows the items of a choice control by a text made from each; they are picked, never typed. */
public final class ChoiceText {

    private ChoiceText() {
    }

    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String typed) {
                throw new UnsupportedOperationException("the choices are not typed in");
            }
        };
    }
}
