package io.github.movierecommender.ui.posters;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.ui.i18n.Messages;
import java.util.function.ToIntFunction;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * What the other views show of the posters: the poster view of a list, the Posters toggle over
 * the Suggestions lists, the details' poster, and the TMDB API key item of the Settings menu.
 */
public final class PosterViews {

    private final PosterModel model;
    private final Messages messages;

    public PosterViews(PosterModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /**
     * The poster view of {@code table}'s rows, {@code movieIndex} giving each row's movie. It is
     * visible, instead of the table, while posters are chosen and the table has rows, and fetches
     * posters only then.
     */
    public <T> PosterGrid<T> grid(TableView<T> table, ToIntFunction<T> movieIndex) {
        return new PosterGrid<>(model, messages, table, movieIndex);
    }

    /** Puts the Posters toggle at the end of {@code row}, the bar over the lists. */
    public void addToggleTo(Pane row) {
        ToggleButton toggle = new ToggleButton(messages.text("posters.toggle"));
        toggle.setId("postersToggle");
        toggle.getStyleClass().add("posters-toggle");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setTooltip(new Tooltip(messages.text("posters.toggleTip")));
        toggle.selectedProperty().bindBidirectional(model.gridShownProperty());
        toggle.getStylesheets().add(PosterViews.class.getResource("Posters.css").toExternalForm());
        row.getChildren().add(toggle);
    }

    /**
     * Shows the poster of {@code movie} in {@code place}, and in {@code note} what keeps posters
     * from showing, while the lists show as tables (the poster view says it itself).
     */
    public void showPoster(Pane place, Label note, ObservableValue<Movie> movie) {
        place.getStylesheets().add(PosterViews.class.getResource("Posters.css").toExternalForm());
        place.getChildren().setAll(new DetailsPoster(model, movie, messages));
        note.getStyleClass().add("poster-notice");
        note.getStylesheets().add(PosterViews.class.getResource("Posters.css").toExternalForm());
        note.textProperty().bind(model.noticeProperty());
        note.visibleProperty().bind(model.noticeProperty().isNotNull().and(model.gridShownProperty().not()));
        note.managedProperty().bind(note.visibleProperty());
    }

    /** Adds "TMDB API key…" to {@code menu}, opening its dialog over the window {@code owner} is in. */
    public void addKeyItemTo(Menu menu, Node owner) {
        MenuItem item = new MenuItem(messages.text("posters.key.menu"));
        item.setId("tmdbKeyItem");
        item.setOnAction(event -> {
            Window window = owner.getScene().getWindow();
            PosterKeyDialog.show(window, model, messages);
        });
        menu.getItems().addAll(new SeparatorMenuItem(), item);
    }
}
