package io.github.movierecommender.ui.recommend.filter;

import io.github.movierecommender.search.MovieChoice;
import io.github.movierecommender.ui.i18n.ChoiceText;
import io.github.movierecommender.ui.i18n.GenreNames;
import io.github.movierecommender.ui.i18n.Messages;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.Duration;

/**
 * The filter bar over the lists: a genre, the years from and to, a text in the title, and a
 * button that clears them. A genre applies at once; the typed fields apply once typing pauses, or
 * at Enter, so that the lists are not worked out again for every key.
 */
public final class ListFilterController {

    static final Duration TYPING_PAUSE = Duration.millis(350);
    private static final int YEAR_DIGITS = 4;

    private final ListFilterModel model;
    private final Messages messages;
    private final GenreNames genreNames;
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);

    @FXML
    private Label genreLabel;
    @FXML
    private ChoiceBox<String> genreChoice;
    @FXML
    private Label yearsLabel;
    @FXML
    private TextField fromYear;
    @FXML
    private TextField toYear;
    @FXML
    private Label titleLabel;
    @FXML
    private TextField titleText;
    @FXML
    private Button clearFilter;

    public ListFilterController(ListFilterModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.genreNames = new GenreNames(messages);
    }

    @FXML
    private void initialize() {
        genreLabel.setLabelFor(genreChoice);
        yearsLabel.setLabelFor(fromYear);
        titleLabel.setLabelFor(titleText);
        genreChoice.setConverter(ChoiceText.of(genre -> genre.isEmpty() ? messages.text("filter.anyGenre")
                : genreNames.of(genre)));
        showGenres();
        model.genres().addListener((ListChangeListener<String>) change -> showGenres());
        genreChoice.valueProperty().addListener((property, before, now) -> {
            if (now != null) {
                model.genreProperty().set(now);
            }
        });
        model.genreProperty().addListener((property, before, now) -> genreChoice.setValue(now));
        for (TextField year : List.of(fromYear, toYear)) {
            year.setTextFormatter(new TextFormatter<>(change -> change.getControlNewText().matches("\\d{0," + YEAR_DIGITS + "}")
                    ? change : null));
        }
        follow(fromYear, model.fromYearProperty());
        follow(toYear, model.toYearProperty());
        titleText.setText(model.titleProperty().get());
        model.titleProperty().addListener((property, before, now) -> {
            if (!now.equals(titleText.getText())) {
                titleText.setText(now);
            }
        });
        for (TextField field : List.of(fromYear, toYear, titleText)) {
            field.textProperty().addListener((property, before, now) -> typing.playFromStart());
            field.setOnAction(event -> applyTyped());
        }
        typing.setOnFinished(event -> applyTyped());
        clearFilter.disableProperty().bind(model.openProperty());
        clearFilter.setOnAction(event -> {
            typing.stop();
            model.clear();
        });
    }

    /** The dataset's genres in the app's language and alphabetical order, after "any genre". */
    private void showGenres() {
        Collator order = Collator.getInstance(messages.locale());
        List<String> genres = new ArrayList<>(model.genres());
        genres.sort(Comparator.comparing(genreNames::of, order));
        genres.add(0, ListFilterModel.ANY_GENRE);
        String chosen = model.genreProperty().get();
        if (!genres.contains(chosen)) {
            genres.add(chosen);
        }
        genreChoice.getItems().setAll(genres);
        genreChoice.setValue(chosen);
    }

    private static void follow(TextField field, IntegerProperty year) {
        field.setText(yearText(year.get()));
        year.addListener((property, before, now) -> {
            if (now.intValue() != yearOf(field.getText())) {
                field.setText(yearText(now.intValue()));
            }
        });
    }

    private void applyTyped() {
        typing.stop();
        model.fromYearProperty().set(yearOf(fromYear.getText()));
        model.toYearProperty().set(yearOf(toYear.getText()));
        model.titleProperty().set(titleText.getText());
    }

    private static String yearText(int year) {
        return year == MovieChoice.OPEN ? "" : String.valueOf(year);
    }

    private static int yearOf(String text) {
        return text.isEmpty() ? MovieChoice.OPEN : Integer.parseInt(text);
    }
}
