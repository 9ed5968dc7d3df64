package io.github.movierecommender.ui;

import javafx.application.Application;
import javafx.stage.Stage;

public final class MovieRecommenderApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(MovieRecommenderApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Movie Recommender");
        stage.show();
    }
}
