package io.github.movierecommender.ui.posters;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.BatchJobs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * A list as a grid of posters, each with its title and year under it, showing the rows of the
 * list's table instead of it, while posters are chosen and there are rows, and sharing its
 * selection: picking a poster picks the row, and so the movie. The
 * arrow keys, Home, End, Page Up and Page Down move through the grid. Posters are fetched while
 * the grid shows, a batch per list shown, cancelled when the list changes or the grid goes.
 */
public final class PosterGrid<T> extends VBox {

    private static final double TILE_WIDTH = 112;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final double GAP = 10;

    private final PosterModel model;
    private final Messages messages;
    private final TableView<T> table;
    private final ToIntFunction<T> movieIndex;
    private final TilePane tiles = new TilePane(GAP, GAP);
    private final ScrollPane scroll = new ScrollPane(tiles);
    private final List<Tile> shown = new ArrayList<>();
    private BatchJobs.Batch batch;

    PosterGrid(PosterModel model, Messages messages, TableView<T> table, ToIntFunction<T> movieIndex) {
        this.model = model;
        this.messages = messages;
        this.table = table;
        this.movieIndex = movieIndex;
        getStyleClass().add("poster-grid");
        getStylesheets().add(PosterGrid.class.getResource("Posters.css").toExternalForm());
        Label note = new Label();
        note.getStyleClass().add("poster-notice");
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        note.setMinHeight(USE_PREF_SIZE);
        note.setId("posterGridNotice");
        note.textProperty().bind(model.noticeProperty());
        note.visibleProperty().bind(model.noticeProperty().isNotNull());
        note.managedProperty().bind(note.visibleProperty());
        tiles.getStyleClass().add("poster-tiles");
        tiles.setPrefTileWidth(TILE_WIDTH);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(true);
        scroll.setAccessibleRole(AccessibleRole.LIST_VIEW);
        scroll.setAccessibleText(messages.text("posters.gridDescription"));
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, this::move);
        setVgrow(scroll, Priority.ALWAYS);
        getChildren().setAll(note, scroll);
        InvalidationListener rebuild = any -> rebuild();
        InvalidationListener showSelected = any -> showSelected();
        table.itemsProperty().addListener((property, before, now) -> {
            if (before != null) {
                before.removeListener(rebuild);
            }
            now.addListener(rebuild);
            rebuild();
        });
        table.getItems().addListener(rebuild);
        table.getSelectionModel().selectedIndexProperty().addListener(showSelected);
        table.selectionModelProperty().addListener((property, before, now) -> {
            before.selectedIndexProperty().removeListener(showSelected);
            now.selectedIndexProperty().addListener(showSelected);
        });
        model.keyProperty().addListener(rebuild);
        model.gridShownProperty().addListener(rebuild);
        rebuild();
    }

    private void rebuild() {
        if (batch != null) {
            batch.cancel();
            batch = null;
        }
        shown.clear();
        List<T> items = table.getItems();
        setVisible(model.gridShownProperty().get() && !items.isEmpty());
        if (!isVisible()) {
            tiles.getChildren().clear();
            return;
        }
        batch = model.newBatch();
        for (int i = 0; i < items.size(); i++) {
            Tile tile = new Tile(i);
            shown.add(tile);
            model.movieAt(movieIndex.applyAsInt(items.get(i))).ifPresent(movie -> tile.show(movie, batch));
        }
        tiles.getChildren().setAll(shown);
        showSelected();
    }

    private void showSelected() {
        int picked = table.getSelectionModel().getSelectedIndex();
        for (Tile tile : shown) {
            tile.pseudoClassStateChanged(SELECTED, tile.index == picked);
        }
        if (picked >= 0 && picked < shown.size()) {
            scrollTo(shown.get(picked));
        }
    }

    private void scrollTo(Tile tile) {
        double contentHeight = tiles.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport || viewport <= 0) {
            return;
        }
        Bounds bounds = tile.getBoundsInParent();
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (bounds.getMinY() < top) {
            scroll.setVvalue(bounds.getMinY() / (contentHeight - viewport));
        } else if (bounds.getMaxY() > top + viewport) {
            scroll.setVvalue((bounds.getMaxY() - viewport) / (contentHeight - viewport));
        }
    }

    private void move(KeyEvent event) {
        if (shown.isEmpty()) {
            return;
        }
        int columns = columns();
        int rowsInSight = Math.max(1, (int) (scroll.getViewportBounds().getHeight()
                / (tiles.getTileHeight() + GAP)));
        int current = table.getSelectionModel().getSelectedIndex();
        int last = shown.size() - 1;
        Optional<Integer> next = switch (event.getCode()) {
            case RIGHT -> Optional.of(current < 0 ? 0 : current + 1);
            case LEFT -> Optional.of(current < 0 ? 0 : current - 1);
            case DOWN -> Optional.of(current < 0 ? 0 : current + columns);
            case UP -> Optional.of(current < 0 ? 0 : current - columns);
            case PAGE_DOWN -> Optional.of(current < 0 ? 0 : current + columns * rowsInSight);
            case PAGE_UP -> Optional.of(current < 0 ? 0 : current - columns * rowsInSight);
            case HOME -> Optional.of(0);
            case END -> Optional.of(last);
            default -> Optional.empty();
        };
        next.ifPresent(index -> {
            table.getSelectionModel().clearAndSelect(Math.max(0, Math.min(last, index)));
            event.consume();
        });
    }

    /** How many posters a row of the grid holds. */
    private int columns() {
        double firstRow = shown.get(0).getLayoutY();
        int columns = (int) shown.stream().filter(tile -> tile.getLayoutY() == firstRow).count();
        return Math.max(1, columns);
    }

    /** One poster and its caption. */
    private final class Tile extends VBox {
        private final int index;
        private final PosterFrame frame = new PosterFrame(messages, TILE_WIDTH);
        private final Label caption = new Label();

        Tile(int index) {
            this.index = index;
            getStyleClass().add("poster-tile");
            caption.getStyleClass().add("poster-caption");
            caption.setWrapText(true);
            caption.setMaxWidth(TILE_WIDTH);
            caption.setPrefWidth(TILE_WIDTH);
            caption.setMinHeight(USE_PREF_SIZE);
            getChildren().setAll(frame, caption);
            setAccessibleRole(AccessibleRole.LIST_ITEM);
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY) {
                    table.getSelectionModel().clearAndSelect(this.index);
                    scroll.requestFocus();
                }
            });
        }

        void show(Movie movie, BatchJobs.Batch requests) {
            frame.show(movie);
            caption.setText(PosterFrame.caption(movie, messages));
            setAccessibleText(caption.getText());
            model.request(requests, movie, frame::setImage);
        }
    }
}
