package io.github.movierecommender.ui.inspector;

import io.github.movierecommender.recommend.WorkedPrediction;
import io.github.movierecommender.ui.i18n.Messages;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The details panel's "numbers behind it": the terms of the suggestion's score or prediction, then the result. */
public final class WorkedNumbersController {

    private final WorkedNumbers numbers;
    private final WorkedText written;

    @FXML
    private Node workedNumbers;
    @FXML
    private Label workedTerms;
    @FXML
    private Label workedResult;
    @FXML
    private Label workedFailure;

    public WorkedNumbersController(WorkedNumbers numbers, Messages messages) {
        this.numbers = numbers;
        this.written = new WorkedText(messages);
    }

    @FXML
    private void initialize() {
        workedNumbers.visibleProperty().bind(numbers.workedProperty().isNotNull()
                .or(numbers.failureProperty().isNotNull()));
        workedNumbers.managedProperty().bind(workedNumbers.visibleProperty());
        workedFailure.textProperty().bind(numbers.failureProperty());
        workedFailure.visibleProperty().bind(numbers.failureProperty().isNotNull());
        workedFailure.managedProperty().bind(workedFailure.visibleProperty());
        numbers.workedProperty().addListener((property, before, now) -> show(now));
        show(numbers.workedProperty().get());
    }

    private void show(WorkedPrediction worked) {
        WorkedText.Written text = worked == null ? new WorkedText.Written("", "") : written.prediction(worked);
        workedTerms.setText(text.terms());
        workedResult.setText(text.result());
    }
}
