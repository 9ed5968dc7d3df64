package io.github.movierecommender.ui;

import java.util.Map;
import java.util.function.Supplier;
import javafx.util.Callback;

/** Gives FXMLLoader each controller built with its dependencies. */
final class ControllerFactory implements Callback<Class<?>, Object> {

    private final Map<Class<?>, Supplier<?>> controllers;

    ControllerFactory(Map<Class<?>, Supplier<?>> controllers) {
        this.controllers = Map.copyOf(controllers);
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> controller = controllers.get(type);
        if (controller == null) {
            throw new IllegalArgumentException("No controller is set up for " + type.getName());
        }
        return controller.get();
    }
}
