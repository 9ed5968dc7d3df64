package io.github.movierecommender.ui;

import io.github.movierecommender.ui.main.ViewLoader;
import io.github.movierecommender.ui.main.ViewLoader.View;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/** Loads the app's FXML views with its texts and controller factory, at start and for views built on first use. */
final class FxmlViews implements ViewLoader {

    private final ResourceBundle texts;
    private Callback<Class<?>, Object> controllers;

    FxmlViews(ResourceBundle texts) {
        this.texts = texts;
    }

    /** Set once, before the first view loads: the factory's controllers may themselves load views. */
    void useControllers(Callback<Class<?>, Object> factory) {
        this.controllers = factory;
    }

    @Override
    public Parent load(URL view) {
        return loadWithController(view).root();
    }

    @Override
    public <C> View<C> loadWithController(URL view) {
        FXMLLoader loader = new FXMLLoader(view, texts);
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            return new View<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the view " + view, e);
        }
    }
}
