package io.github.movierecommender.ui.profile;

import io.github.movierecommender.ui.i18n.Messages;
import java.util.function.DoubleConsumer;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import org.controlsfx.control.Rating;

/**
 * Five stars to rate a movie in half stars, and a button that removes the rating. A click sets
 * the half star under the pointer; with the keyboard, the arrow keys move by half a star and
 * Delete or Backspace removes the rating. Every change the user makes goes to {@code rated}, in
 * stars (0 when removed); {@link #show} sets what is shown without telling.
 */
public final class StarRating extends HBox {

    private static final double MAX = 5;
    private static final double STEP = 0.5;

    private final Rating stars = new Rating((int) MAX);
    private final Button remove = new Button("✕");
    private final Messages messages;
    private final DoubleConsumer rated;
    private boolean showing;

    public StarRating(Messages messages, DoubleConsumer rated) {
        this.messages = messages;
        this.rated = rated;
        getStyleClass().add("star-rating");
        setAlignment(Pos.CENTER_LEFT);
        stars.setPartialRating(true);
        stars.setUpdateOnHover(false);
        stars.setFocusTraversable(true);
        stars.setAccessibleRole(AccessibleRole.SLIDER);
        stars.setRating(0);
        stars.ratingProperty().addListener((property, before, now) -> changed(now.doubleValue()));
        stars.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stars.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> stars.requestFocus());
        remove.getStyleClass().addAll("flat", "remove-rating");
        remove.setFocusTraversable(false);
        remove.setTooltip(new Tooltip(messages.text("profile.removeRating")));
        remove.setAccessibleText(messages.text("profile.removeRating"));
        remove.setOnAction(event -> userSets(0));
        getChildren().addAll(stars, remove);
        describe(0);
    }

    /** Shows {@code value} stars (0: not rated) without telling anyone. */
    public void show(double value) {
        showing = true;
        try {
            stars.setRating(value);
        } finally {
            showing = false;
        }
        describe(value);
    }

    public double value() {
        return stars.getRating();
    }

    /** The star control itself, which takes the keyboard focus. */
    public Rating stars() {
        return stars;
    }

    private void changed(double value) {
        if (showing) {
            return;
        }
        double half = halfStars(value);
        if (half != value) {
            show(half);
        }
        describe(half);
        rated.accept(half);
    }

    private void key(KeyEvent event) {
        double now = stars.getRating();
        switch (event.getCode()) {
            case RIGHT, UP -> userSets(Math.min(MAX, now + STEP));
            case LEFT, DOWN -> userSets(Math.max(STEP, now - STEP));
            case DELETE, BACK_SPACE -> userSets(0);
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void userSets(double value) {
        if (value != stars.getRating()) {
            stars.setRating(value);
        }
    }

    /** The half star under the pointer: 3.2 means the pointer is on the left half of the fourth star. */
    static double halfStars(double value) {
        if (value <= 0) {
            return 0;
        }
        double half = Math.ceil(value / STEP - 1e-9) * STEP;
        return Math.max(STEP, Math.min(MAX, half));
    }

    private void describe(double value) {
        String text = value == 0 ? messages.text("profile.notRated") : messages.format("profile.ratedStars", value);
        stars.setAccessibleText(text);
        remove.setVisible(value > 0);
    }
}
