package io.github.movierecommender.ui.posters;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.BatchJobs;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.VBox;

/** The details' poster of the movie picked. */
final class DetailsPoster extends VBox {

    private static final double WIDTH = 100;

    private final PosterModel model;
    private final ObservableValue<Movie> movie;
    private final PosterFrame frame;
    private BatchJobs.Batch batch;

    DetailsPoster(PosterModel model, ObservableValue<Movie> movie, Messages messages) {
        this.model = model;
        this.movie = movie;
        this.frame = new PosterFrame(messages, WIDTH);
        frame.setId("detailsPoster");
        getStyleClass().add("details-poster");
        getChildren().setAll(frame);
        setMinWidth(USE_PREF_SIZE);
        movie.addListener((property, before, now) -> refresh());
        model.keyProperty().addListener((property, before, now) -> refresh());
        refresh();
    }

    private void refresh() {
        if (batch != null) {
            batch.cancel();
        }
        Movie shown = movie.getValue();
        frame.show(shown);
        if (shown != null) {
            batch = model.newBatch();
            model.request(batch, shown, frame::setImage);
        }
    }
}
