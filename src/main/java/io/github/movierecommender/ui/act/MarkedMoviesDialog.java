package io.github.movierecommender.ui.act;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.profile.MarkedMovie;
import io.github.movierecommender.profile.MovieListKind;
import io.github.movierecommender.ui.files.SaveFileChooser;
import io.github.movierecommender.ui.i18n.GenreNames;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.recommend.MovieRows;
import io.github.movierecommender.ui.table.Cells;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The own profile's hidden movies ("Show again" brings the picked one back into the lists) or its
 * watchlist ("Remove", and "Export as CSV…"), as a window beside the main one that follows every
 * change. Delete does the same as the first button.
 */
public final class MarkedMoviesDialog {

    private static final double WIDTH = 680;
    private static final double HEIGHT = 420;

    private final MovieActions actions;
    private final Messages messages;
    private final SaveFileChooser saveChooser;

    public MarkedMoviesDialog(MovieActions actions, Messages messages, SaveFileChooser saveChooser) {
        this.actions = actions;
        this.messages = messages;
        this.saveChooser = saveChooser;
    }

    /** Opens the list of that kind over {@code owner}. */
    public void show(Window owner, MovieListKind kind) {
        boolean hidden = kind == MovieListKind.HIDDEN;
        ObservableValue<List<MarkedMovie>> movies = hidden ? actions.profiles().hiddenProperty()
                : actions.profiles().watchlistProperty();
        TableView<MarkedMovie> table = table();
        table.setId(hidden ? "hiddenTable" : "watchlistTable");
        Label intro = new Label();
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Button primary = new Button(messages.text(hidden ? "act.showAgain" : "act.watchRemove"));
        primary.setId(hidden ? "showAgainButton" : "removeFromWatchlistButton");
        primary.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Runnable act = () -> {
            MarkedMovie picked = table.getSelectionModel().getSelectedItem();
            if (picked != null) {
                if (hidden) {
                    actions.unhide(picked.movieId());
                } else {
                    actions.removeFromWatchlist(picked.movieId());
                }
            }
        };
        primary.setOnAction(event -> act.run());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                act.run();
                event.consume();
            }
        });
        HBox buttons = new HBox(8, primary);
        if (!hidden) {
            Button export = new Button(messages.text("act.exportWatchlist"));
            export.setId("exportWatchlistButton");
            export.setOnAction(event -> exportWatchlist());
            buttons.getChildren().add(export);
        }
        VBox content = new VBox(8, intro, table, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPrefSize(WIDTH, HEIGHT);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle(messages.text(hidden ? "act.hiddenTitle" : "act.watchlistTitle"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.text("act.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        ChangeListener<List<MarkedMovie>> follow = (property, before, now) -> {
            MarkedMovie picked = table.getSelectionModel().getSelectedItem();
            table.getItems().setAll(now);
            if (picked != null) {
                table.getItems().stream().filter(movie -> movie.movieId() == picked.movieId()).findFirst()
                        .ifPresent(movie -> table.getSelectionModel().select(movie));
            }
            intro.setText(messages.format(hidden ? "act.hiddenIntro" : "act.watchlistIntro", actions.profileName(),
                    now.size()));
        };
        movies.addListener(follow);
        follow.changed(movies, null, movies.getValue());
        dialog.setOnHidden(event -> movies.removeListener(follow));
        dialog.show();
        table.requestFocus();
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    /** Asks where, then writes the own profile's watchlist as a CSV with titles. */
    public void exportWatchlist() {
        saveChooser.chooseSaveFile(messages.text("act.exportWatchlistTitle"),
                messages.format("act.watchlistFileName", actions.profileName()), messages.text("act.csvFiles"), "csv")
                .ifPresent(target -> actions.profiles().exportWatchlist(target));
    }

    private TableView<MarkedMovie> table() {
        TableView<MarkedMovie> table = new TableView<>();
        table.getStyleClass().add("dense");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.text("act.noMovies")));
        TableColumn<MarkedMovie, Integer> title = new TableColumn<>(messages.text("results.title"));
        Cells.show(title, MarkedMovie::movieId, this::title);
        title.setPrefWidth(250);
        TableColumn<MarkedMovie, Integer> year = new TableColumn<>(messages.text("results.year"));
        Cells.show(year, MarkedMovie::movieId, id -> {
            Movie movie = actions.movie(id);
            return movie == null || !movie.hasYear() ? "" : String.valueOf(movie.year());
        });
        year.setPrefWidth(60);
        TableColumn<MarkedMovie, Integer> genres = new TableColumn<>(messages.text("results.genres"));
        Cells.show(genres, MarkedMovie::movieId, id -> {
            Movie movie = actions.movie(id);
            return movie == null ? "" : new GenreNames(messages).list(MovieRows.genres(movie));
        });
        genres.setPrefWidth(160);
        TableColumn<MarkedMovie, Long> added = new TableColumn<>(messages.text("act.added"));
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(messages.locale());
        Cells.show(added, MarkedMovie::timestamp,
                seconds -> day.format(LocalDate.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC)));
        added.setPrefWidth(130);
        table.getColumns().setAll(List.of(title, year, genres, added));
        return table;
    }

    private String title(int movieId) {
        Movie movie = actions.movie(movieId);
        return movie == null ? messages.format("profile.movieNumber", movieId) : movie.displayTitle();
    }
}
