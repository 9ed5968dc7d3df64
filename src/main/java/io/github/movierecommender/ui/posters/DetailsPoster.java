package io.github.movierecommender.ui.posters;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.BatchJobs;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The details' poster of the movie picked, with what keeps posters from showing, if anything, under it. */
final class DetailsPoster extends VBox {

    static final double WIDTH = 100;
    private static final double NOTE_WIDTH = 140;

    private final PosterModel model;
    private final ObservableValue<Movie> movie;
    private final PosterFrame frame;
    private BatchJobs.Batch batch;

    DetailsPoster(PosterModel model, ObservableValue<Movie> movie, Messages messages) {
        this.model = model;
        this.movie = movie;
        this.frame = new PosterFrame(messages, WIDTH);
        frame.setId("detailsPoster");
        Label note = new Label();
        note.setId("posterNotice");
        note.getStyleClass().add("poster-notice");
        note.setWrapText(true);
        note.setMaxWidth(NOTE_WIDTH);
        note.textProperty().bind(model.noticeProperty());
        note.visibleProperty().bind(model.noticeProperty().isNotNull());
        note.managedProperty().bind(note.visibleProperty());
        getStyleClass().add("details-poster");
        getChildren().setAll(frame, note);
        setSpacing(4);
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
