package io.github.movierecommender.ui.tour;

import io.github.movierecommender.ui.i18n.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * The tour's card: which step of how many, its title, its live text, what the outlined control
 * does, and Back, Next (Finish on the last step) and Close. Enter or Right goes on, Left goes
 * back, Escape closes, wherever the focus is in the card.
 */
public final class TourController {

    private final TourModel model;
    private final Messages messages;

    @FXML
    private Region card;
    @FXML
    private Label stepNumber;
    @FXML
    private ProgressIndicator working;
    @FXML
    private Label stepTitle;
    @FXML
    private Label pickedNote;
    @FXML
    private Label stepText;
    @FXML
    private Label stepWhere;
    @FXML
    private Button demoButton;
    @FXML
    private Button backButton;
    @FXML
    private Button nextButton;

    public TourController(TourModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        stepText.textProperty().bind(model.textProperty());
        pickedNote.textProperty().bind(model.noteProperty());
        pickedNote.visibleProperty().bind(model.noteProperty().isNotEmpty());
        pickedNote.managedProperty().bind(pickedNote.visibleProperty());
        working.visibleProperty().bind(model.computingProperty());
        demoButton.managedProperty().bind(demoButton.visibleProperty());
        model.stepProperty().addListener((property, before, now) -> show(now));
        card.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void show(TourStep step) {
        if (step == null) {
            return;
        }
        boolean waiting = step == TourStep.OPEN_DATASET;
        stepNumber.setText(waiting ? messages.text("tour.before")
                : messages.format("tour.stepOf", model.number(), model.chapters()));
        stepTitle.setText(messages.text(step.titleKey()));
        stepWhere.setText(messages.text(step.whereKey()));
        demoButton.setVisible(waiting);
        backButton.setDisable(waiting || model.number() == 1);
        nextButton.setDisable(waiting);
        nextButton.setText(messages.text(model.number() == model.chapters() ? "tour.finish" : "tour.next"));
        if (!nextButton.isDisabled()) {
            nextButton.requestFocus();
        }
    }

    private void keyPressed(KeyEvent event) {
        switch (event.getCode()) {
            case ENTER, RIGHT -> model.next();
            case LEFT -> model.back();
            case ESCAPE -> model.close();
            default -> {
                return;
            }
        }
        event.consume();
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void next() {
        model.next();
    }

    @FXML
    private void close() {
        model.close();
    }

    @FXML
    private void tryDemo() {
        model.tryDemo();
    }
}
