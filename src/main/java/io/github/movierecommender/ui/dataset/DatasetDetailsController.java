package io.github.movierecommender.ui.dataset;

import io.github.movierecommender.ui.i18n.Messages;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

/** What the loaded dataset holds, in the summary of the left panel; unseen while none is loaded. */
public final class DatasetDetailsController {

    private final ReadOnlyObjectProperty<LoadedDataset> loaded;
    private final Messages messages;

    @FXML
    private Node details;
    @FXML
    private Label demoNote;
    @FXML
    private Label format;
    @FXML
    private Label source;
    @FXML
    private Label users;
    @FXML
    private Label movies;
    @FXML
    private Label ratings;
    @FXML
    private Label tags;
    @FXML
    private Label ratingRange;
    @FXML
    private Label firstRating;
    @FXML
    private Label lastRating;
    @FXML
    private Label skippedLines;
    @FXML
    private Label loadTime;
    @FXML
    private Node badLinesSection;
    @FXML
    private TextArea badLines;

    public DatasetDetailsController(ReadOnlyObjectProperty<LoadedDataset> loaded, Messages messages) {
        this.loaded = loaded;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        details.visibleProperty().bind(loaded.isNotNull());
        details.managedProperty().bind(details.visibleProperty());
        demoNote.managedProperty().bind(demoNote.visibleProperty());
        badLinesSection.managedProperty().bind(badLinesSection.visibleProperty());
        loaded.addListener((property, before, now) -> show(now));
        show(loaded.get());
    }

    private void show(LoadedDataset dataset) {
        if (dataset == null) {
            return;
        }
        SummaryText text = SummaryText.of(dataset, messages);
        demoNote.setVisible(dataset.demo());
        format.setText(text.format());
        source.setText(text.source());
        users.setText(text.users());
        movies.setText(text.movies());
        ratings.setText(text.ratings());
        tags.setText(text.tags());
        ratingRange.setText(text.ratingRange());
        firstRating.setText(text.firstRating());
        lastRating.setText(text.lastRating());
        skippedLines.setText(text.skippedLines());
        loadTime.setText(text.loadTime());
        badLines.setText(String.join("\n", text.firstBadLines()));
        badLinesSection.setVisible(!text.firstBadLines().isEmpty());
    }
}
